/** The layer diagram: the graph, its Mermaid source and its SVG. */
import { resolveDefinition } from '../../lib/model/resolve';
import { layerGraph } from '../../lib/report/layer-graph';
import { renderMermaid } from '../../lib/report/mermaid';
import { escapeXml } from '../../lib/report/escape';
import { renderSvg } from '../../lib/report/svg';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { inspectorModel } from '../fixtures/inspector';

const model = inspectorModel();

describe('layerGraph', () => {
  const g = layerGraph(model);

  test('edges go BASE -> TASK (active), TASK -> ROLE (standing or eligible), BASE -> ROLE for role-assignable baselines', () => {
    expect(
      g.edges.filter((e) => e.to === 'ROLE_READER' || e.from === 'BASE_PROD_ENTRA_READER' || e.to === 'TASK_PROD_READ'),
    ).toEqual([
      { from: 'BASE_PROD_ENTRA_READER', to: 'ROLE_LEAD', kind: 'eligible' },
      { from: 'BASE_PROD_ENTRA_READER', to: 'ROLE_OPERATOR', kind: 'eligible' },
      { from: 'BASE_PROD_K8S_NS_B_LOGS', to: 'TASK_PROD_READ', kind: 'member' },
      { from: 'BASE_PROD_KV_SECRETS_GET', to: 'TASK_PROD_READ', kind: 'member' },
      { from: 'BASE_PROD_MG_READER', to: 'TASK_PROD_READ', kind: 'member' },
      { from: 'TASK_PROD_READ', to: 'ROLE_READER', kind: 'standing' },
    ]);
  });

  test('inheritance is drawn flattened: the heir has its own edges', () => {
    expect(
      g.edges.filter((e) => e.to === 'ROLE_LEAD' && e.from.startsWith('TASK_')).map((e) => `${e.from} ${e.kind}`),
    ).toEqual([
      'TASK_PROD_CLUSTER_ADMIN eligible',
      'TASK_PROD_DIRECTORY_READ eligible',
      'TASK_PROD_OPERATE standing',
      'TASK_PROD_READ eligible',
    ]);
  });

  test('columns: protected environments first, baselines and roles near their tasks; details say policy and members', () => {
    const ref = layerGraph(resolveDefinition(referenceOrganisation));
    expect(ref.tasks.map((t) => t.id)).toEqual([
      'TASK_PROD_DEPLOYMENT',
      'TASK_PROD_KEYVAULT_ADMIN',
      'TASK_PROD_VIEWER',
      'TASK_DEV_DEPLOYMENT',
      'TASK_DEV_KEYVAULT_ADMIN',
      'TASK_DEV_VIEWER',
    ]);
    expect(ref.roles.map((r) => r.id)).toEqual(['ROLE_CI_PROD_DEPLOY', 'ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER']);
    expect(g.tasks.find((t) => t.id === 'TASK_PROD_CLUSTER_ADMIN')?.detail).toBe(
      'JIT max PT1H, approval, high privilege',
    );
    expect(g.tasks.find((t) => t.id === 'TASK_PROD_OPERATE')?.detail).toBe('standing only');
    expect(g.roles.find((r) => r.id === 'ROLE_LEAD')?.detail).toBe('1 member, inherits ROLE_OPERATOR');
    expect(g.bases.find((b) => b.id === 'BASE_PROD_ENTRA_READER')?.detail).toBe('role-assignable');
  });
});

describe('renderMermaid', () => {
  const mermaid = renderMermaid(model);

  test('three subgraphs, solid arrows for active membership, dashed for eligibility', () => {
    expect(mermaid.startsWith('flowchart LR\n  subgraph baselines["BASE_ baselines"]\n    direction TB\n')).toBe(true);
    expect(mermaid).toContain('  subgraph tasks["TASK_ tasks"]\n');
    expect(mermaid).toContain('  subgraph roles["ROLE_ roles"]\n');
    expect(mermaid).toContain(
      '    TASK_PROD_CLUSTER_ADMIN["TASK_PROD_CLUSTER_ADMIN<br/><small>JIT max PT1H, approval, high privilege</small>"]\n',
    );
    expect(mermaid).toContain('  BASE_PROD_KV_SECRETS_GET --> TASK_PROD_READ\n');
    expect(mermaid).toContain('  TASK_PROD_READ --> ROLE_READER\n');
    expect(mermaid).toContain('  TASK_PROD_READ -. eligible .-> ROLE_OPERATOR\n');
    expect(mermaid).toContain(
      '  class ROLE_READER,ROLE_OPERATOR,ROLE_LEAD role\n'.replace(
        'ROLE_READER,ROLE_OPERATOR,ROLE_LEAD',
        layerGraph(model)
          .roles.map((r) => r.id)
          .join(','),
      ),
    );
  });
});

describe('renderSvg', () => {
  const svg = renderSvg(model);

  test('a standalone SVG with a node per group and a path per edge, solid or dashed', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const g = layerGraph(model);
    expect(svg.match(/<g class="(base|task|role)"/g)?.length).toBe(g.bases.length + g.tasks.length + g.roles.length);
    expect(svg.match(/<path class="dashed" d="M \d+ \d+ C/g)?.length).toBe(
      g.edges.filter((e) => e.kind === 'eligible').length,
    );
    expect(svg.match(/<path class="solid" d="M \d+ \d+ C/g)?.length).toBe(
      g.edges.filter((e) => e.kind !== 'eligible').length,
    );
    expect(svg).toContain('<title>TASK_PROD_READ -&gt; ROLE_READER (standing)</title>');
  });

  test('deterministic, integer coordinates only', () => {
    expect(renderSvg(inspectorModel())).toBe(svg);
    expect(svg).not.toMatch(/="[^"]*\d\.\d/);
  });

  test('escapeXml escapes markup characters', () => {
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });
});
