/**
 * The layer diagram as a standalone SVG any browser opens: three columns (BASE_, TASK_, ROLE_), nodes in the
 * order of {@link layerGraph}, curved edges from the granting group to the receiving one: solid grey for active
 * membership, dashed orange for PIM eligibility. Deterministic: integer coordinates, no timestamps, no fonts to
 * download (monospace, so widths follow from name lengths). Every value, in text and attributes, goes through
 * {@link escapeXml}, so the document is well-formed XML whatever the names and descriptions hold.
 */
import type { ResolvedModel } from '../model/resolved';
import { escapeXml } from './escape/xml-text';
import { layerGraph, type LayerEdge, type LayerNode } from './layer-graph';

const CHAR = 7.3; // width of one 12px monospace character
const NODE_H = 36;
const GAP = 10;
const COL_GAP = 150;
const MARGIN = 20;
const TOP = 70;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

/** The SVG document of the layer diagram. */
export function renderSvg(model: ResolvedModel): string {
  const g = layerGraph(model);
  const columns: { title: string; nodes: readonly LayerNode[]; cls: string }[] = [
    { title: 'BASE_ baselines', nodes: g.bases, cls: 'base' },
    { title: 'TASK_ tasks', nodes: g.tasks, cls: 'task' },
    { title: 'ROLE_ roles', nodes: g.roles, cls: 'role' },
  ];
  const widths = columns.map(
    (c) =>
      Math.ceil(Math.max(c.title.length, ...c.nodes.map((n) => Math.max(n.id.length, n.detail.length * 0.85))) * CHAR) +
      20,
  );
  const tallest = Math.max(1, ...columns.map((c) => c.nodes.length));
  const columnHeight = (n: number): number => n * NODE_H + Math.max(0, n - 1) * GAP;
  const boxes = new Map<string, Box>();
  let x = MARGIN;
  columns.forEach((c, i) => {
    const offset = Math.round((columnHeight(tallest) - columnHeight(c.nodes.length)) / 2);
    c.nodes.forEach((n, j) => boxes.set(n.id, { x, y: TOP + offset + j * (NODE_H + GAP), w: widths[i] }));
    x += widths[i] + COL_GAP;
  });
  const width = x - COL_GAP + MARGIN;
  const legendY = TOP + columnHeight(tallest) + 30;
  const height = legendY + 50;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace">`,
    '  <title>Access model layers: BASE_ -&gt; TASK_ -&gt; ROLE_</title>',
    '  <defs>',
    '    <marker id="arrow-solid" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker>',
    '    <marker id="arrow-dashed" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#d9822b"/></marker>',
    '    <style>',
    '      .base rect { fill: #eef4fb; stroke: #4a78b5; }',
    '      .task rect { fill: #eefaf0; stroke: #3c8d50; }',
    '      .role rect { fill: #fbf3e8; stroke: #b5792a; }',
    '      .name { font-size: 12px; fill: #1b1b1b; }',
    '      .detail { font-size: 10px; fill: #555; }',
    '      .heading { font-size: 14px; font-weight: bold; fill: #1b1b1b; }',
    '      .solid { stroke: #555; stroke-width: 1.2; fill: none; }',
    '      .dashed { stroke: #d9822b; stroke-width: 1.4; fill: none; stroke-dasharray: 6 4; }',
    '    </style>',
    '  </defs>',
    `  <rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  x = MARGIN;
  columns.forEach((c, i) => {
    out.push(`  <text class="heading" x="${x}" y="${TOP - 24}">${escapeXml(c.title)} (${c.nodes.length})</text>`);
    x += widths[i] + COL_GAP;
  });
  const ports = edgePorts(g.edges, boxes);
  g.edges.forEach((e, i) => {
    const path = edgePath(e, boxes, ports[i]);
    if (path !== undefined) out.push(path);
  });
  for (const c of columns) {
    for (const n of c.nodes) {
      const b = boxes.get(n.id) as Box;
      out.push(
        `  <g class="${c.cls}" id="${escapeXml(n.id)}">`,
        `    <title>${escapeXml(n.description ? `${n.id}: ${n.description}` : n.id)}</title>`,
        `    <rect x="${b.x}" y="${b.y}" width="${b.w}" height="${NODE_H}" rx="5" ry="5"/>`,
        `    <text class="name" x="${b.x + 8}" y="${b.y + 15}">${escapeXml(n.id)}</text>`,
        `    <text class="detail" x="${b.x + 8}" y="${b.y + 29}">${escapeXml(n.detail)}</text>`,
        '  </g>',
      );
    }
  }
  out.push(
    `  <path class="solid" d="M ${MARGIN} ${legendY} L ${MARGIN + 50} ${legendY}" marker-end="url(#arrow-solid)"/>`,
    `  <text class="detail" x="${MARGIN + 60}" y="${legendY + 4}">active membership: task in baseline, standing role in task</text>`,
    `  <path class="dashed" d="M ${MARGIN} ${legendY + 22} L ${MARGIN + 50} ${legendY + 22}" marker-end="url(#arrow-dashed)"/>`,
    `  <text class="detail" x="${MARGIN + 60}" y="${legendY + 26}">PIM eligibility: just-in-time, activated under the task's policy</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}

/**
 * Where each edge leaves and enters its nodes: the edges of one side of a node are spread over its height, in the
 * order of the other end's position, so they don't all meet in one point.
 */
function edgePorts(edges: readonly LayerEdge[], boxes: ReadonlyMap<string, Box>): { y1: number; y2: number }[] {
  const centre = (id: string): number => (boxes.get(id)?.y ?? 0) + NODE_H / 2;
  const spread = (key: 'from' | 'to', other: 'from' | 'to'): Map<number, number> => {
    const byNode = new Map<string, number[]>();
    edges.forEach((e, i) => byNode.set(e[key], [...(byNode.get(e[key]) ?? []), i]));
    const ys = new Map<number, number>();
    for (const [id, idx] of byNode) {
      const top = boxes.get(id)?.y ?? 0;
      const sorted = [...idx].sort((a, b) => centre(edges[a][other]) - centre(edges[b][other]) || a - b);
      sorted.forEach((edgeIndex, k) =>
        ys.set(edgeIndex, top + 6 + Math.round(((k + 1) * (NODE_H - 12)) / (sorted.length + 1))),
      );
    }
    return ys;
  };
  const out = spread('from', 'to');
  const into = spread('to', 'from');
  return edges.map((_, i) => ({ y1: out.get(i) ?? 0, y2: into.get(i) ?? 0 }));
}

function edgePath(e: LayerEdge, boxes: ReadonlyMap<string, Box>, port: { y1: number; y2: number }): string | undefined {
  const from = boxes.get(e.from);
  const to = boxes.get(e.to);
  if (!from || !to) return undefined;
  const x1 = from.x + from.w;
  const x2 = to.x;
  const { y1, y2 } = port;
  const bend = Math.round((x2 - x1) / 2);
  const cls = e.kind === 'eligible' ? 'dashed' : 'solid';
  return `  <path class="${cls}" d="M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}" marker-end="url(#arrow-${cls})"><title>${escapeXml(`${e.from} -> ${e.to} (${e.kind})`)}</title></path>`;
}
