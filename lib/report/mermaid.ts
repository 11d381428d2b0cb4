/**
 * The layer diagram as a Mermaid flowchart (GitHub renders ```mermaid blocks): three columns BASE_ -> TASK_ ->
 * ROLE_, solid arrows for active membership (standing), dashed arrows for PIM eligibility (just-in-time). Names
 * are node IDs only when they are identifiers ({@link mermaidIds}); every label goes through {@link mermaidLabel}.
 */
import type { ResolvedModel } from '../model/resolved';
import { mermaidIds, mermaidLabel } from './escape/mermaid-text';
import { layerGraph, type LayerNode } from './layer-graph';

const label = (n: LayerNode): string => `${mermaidLabel(n.id)}<br/><small>${mermaidLabel(n.detail)}</small>`;

/** The Mermaid source of the layer diagram (without the ``` fence). */
export function renderMermaid(model: ResolvedModel): string {
  const g = layerGraph(model);
  const id = mermaidIds();
  const lines = ['flowchart LR'];
  const column = (columnId: string, title: string, nodes: readonly LayerNode[]): void => {
    lines.push(`  subgraph ${columnId}["${title}"]`, '    direction TB');
    for (const n of nodes) lines.push(`    ${id(n.id)}["${label(n)}"]`);
    lines.push('  end');
  };
  column('baselines', 'BASE_ baselines', g.bases);
  column('tasks', 'TASK_ tasks', g.tasks);
  column('roles', 'ROLE_ roles', g.roles);
  for (const e of g.edges)
    lines.push(`  ${id(e.from)} ${e.kind === 'eligible' ? '-. eligible .->' : '-->'} ${id(e.to)}`);
  const cls = (name: string, nodes: readonly LayerNode[]): void => {
    if (nodes.length > 0) lines.push(`  class ${nodes.map((n) => id(n.id)).join(',')} ${name}`);
  };
  lines.push(
    '  classDef base fill:#eef4fb,stroke:#4a78b5,color:#1b2a3a',
    '  classDef task fill:#eefaf0,stroke:#3c8d50,color:#1b3a22',
    '  classDef role fill:#fbf3e8,stroke:#b5792a,color:#3a2a1b',
  );
  cls('base', g.bases);
  cls('task', g.tasks);
  cls('role', g.roles);
  return `${lines.join('\n')}\n`;
}
