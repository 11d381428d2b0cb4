/**
 * The layer graph, interactive: cytoscape.js draws the groups in three columns (BASE_ -> TASK_ -> ROLE_, the
 * order of lib/report/layer-graph.ts, the same as the SVG diagram) on a canvas, with pan and zoom. At thousands of
 * groups the whole graph is drawn without labels until zoomed in; focusing on one element shows it with everything
 * it reaches and everything reaching it, laid out again in three columns. Labels are drawn on the canvas: text,
 * never markup.
 */
import cytoscape from 'cytoscape';
import { layerGraph, type LayerGraph, type LayerNode } from '../report/layer-graph';
import { markControls } from '../report/escape/control-chars';
import type { ResolvedModel } from '../model/resolved';

/** The graph view: created once, on first open. */
export interface GraphView {
  /** Shows one group with its neighbours; returns how many groups are shown, undefined for no such group. */
  focus(name: string): number | undefined;
  /** Shows every group. */
  showAll(): void;
  /** Fits the view to what is shown. */
  fit(): void;
  /** Milliseconds from the start of {@link createGraph} to the first frame drawn. */
  readonly firstRender: Promise<number>;
}

const COLUMN_X: Record<LayerNode['layer'], number> = { base: 0, task: 420, role: 840 };
const ROW_HEIGHT = 44;

function positions(columns: readonly (readonly LayerNode[])[]): Map<string, { x: number; y: number }> {
  const at = new Map<string, { x: number; y: number }>();
  for (const column of columns) {
    const top = -((column.length - 1) * ROW_HEIGHT) / 2;
    column.forEach((n, i) => at.set(n.id, { x: COLUMN_X[n.layer], y: top + i * ROW_HEIGHT }));
  }
  return at;
}

/** Creates the graph in `container`; `onSelect` gets the name of a group chosen on the canvas. */
export function createGraph(
  container: HTMLElement,
  model: ResolvedModel,
  onSelect: (name: string) => void,
  graph: LayerGraph = layerGraph(model),
): GraphView {
  const start = performance.now();
  const all = positions([graph.bases, graph.tasks, graph.roles]);
  const large = all.size > 300;
  const nodes = [...graph.bases, ...graph.tasks, ...graph.roles].map((n) => ({
    group: 'nodes' as const,
    data: { id: n.id, label: markControls(n.id), layer: n.layer },
    position: { ...(all.get(n.id) as { x: number; y: number }) },
    classes: n.layer,
  }));
  const edges = graph.edges.map((e, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: e.from, target: e.to },
    classes: e.kind,
  }));
  let resolveFirst: (ms: number) => void = () => undefined;
  const firstRender = new Promise<number>((resolve) => (resolveFirst = resolve));
  const cy = cytoscape({
    container,
    elements: [...nodes, ...edges],
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          shape: 'round-rectangle',
          width: 300,
          height: 30,
          label: 'data(label)',
          'font-size': 13,
          'font-family': 'system-ui, sans-serif',
          'text-valign': 'center',
          'text-halign': 'center',
          'min-zoomed-font-size': large ? 8 : 0,
          'border-width': 1.5,
        },
      },
      { selector: 'node.base', style: { 'background-color': '#eef4fb', 'border-color': '#4a78b5', color: '#1b2a3a' } },
      { selector: 'node.task', style: { 'background-color': '#eefaf0', 'border-color': '#3c8d50', color: '#1b3a22' } },
      { selector: 'node.role', style: { 'background-color': '#fbf3e8', 'border-color': '#b5792a', color: '#3a2a1b' } },
      { selector: 'node.focused', style: { 'border-width': 4, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'curve-style': large ? 'haystack' : 'bezier',
          'line-color': '#8a8a8a',
          'target-arrow-shape': large ? 'none' : 'triangle',
          'target-arrow-color': '#8a8a8a',
        },
      },
      {
        selector: 'edge.eligible',
        style: { 'line-style': 'dashed', 'line-color': '#c77a12', 'target-arrow-color': '#c77a12' },
      },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.one('render', () => resolveFirst(performance.now() - start));
  cy.on('tap', 'node', (evt) => onSelect(evt.target.id() as string));

  const restore = (): void => {
    cy.batch(() => {
      cy.elements().removeClass('hidden focused');
      cy.nodes().forEach((n) => {
        n.position({ ...(all.get(n.id()) as { x: number; y: number }) });
      });
    });
  };
  const byLayer = (ids: Set<string>): LayerNode[][] =>
    [graph.bases, graph.tasks, graph.roles].map((column) => column.filter((n) => ids.has(n.id)));

  return {
    firstRender,
    focus(name: string): number | undefined {
      const node = cy.getElementById(name);
      if (node.empty()) return undefined;
      const keep = node.union(node.predecessors()).union(node.successors());
      const ids = new Set(keep.nodes().map((n) => n.id()));
      const at = positions(byLayer(ids));
      cy.batch(() => {
        cy.elements().addClass('hidden').removeClass('focused');
        keep.removeClass('hidden');
        node.addClass('focused');
        keep.nodes().forEach((n) => {
          n.position({ ...(at.get(n.id()) as { x: number; y: number }) });
        });
      });
      cy.fit(keep, 30);
      return ids.size;
    },
    showAll(): void {
      restore();
      cy.fit(undefined, 30);
    },
    fit(): void {
      cy.fit(cy.elements(':visible'), 30);
    },
  };
}
