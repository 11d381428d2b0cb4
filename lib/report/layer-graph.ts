/**
 * The graph of the three layers drawn by the diagrams (Mermaid and SVG): BASE_ -> TASK_ -> ROLE_ nodes in a
 * deterministic order, and edges that say how access flows: a task is an active member of a baseline; a role is
 * an active member (standing) or a PIM-eligible member (just-in-time) of a task; for a role-assignable baseline,
 * the role is an eligible member of the baseline itself. Inheritance is drawn flattened, as it is synthesized.
 */
import type { ResolvedModel } from '../model/resolved';

/** A layer of the model. */
export type Layer = 'base' | 'task' | 'role';

/** A node: one group. */
export interface LayerNode {
  /** The group's name, e.g. `TASK_PROD_VIEWER`. */
  readonly id: string;
  /** Its column. */
  readonly layer: Layer;
  /** Second line, e.g. `JIT max PT4H, approval` or `inherits ROLE_DEVELOPER`. */
  readonly detail: string;
  /** Free-text description, for tooltips. */
  readonly description?: string;
}

/**
 * An edge, from the group that grants to the group that receives: `member` (task in baseline, active),
 * `standing` (role in task, active), `eligible` (role in task or role-assignable baseline, PIM).
 */
export interface LayerEdge {
  /** The granting group (a baseline, or a task). */
  readonly from: string;
  /** The receiving group (a task, or a role). */
  readonly to: string;
  /** How access flows along it. */
  readonly kind: 'member' | 'standing' | 'eligible';
}

/** The layered graph, each column in drawing order. */
export interface LayerGraph {
  /** The BASE_ column, top to bottom. */
  readonly bases: readonly LayerNode[];
  /** The TASK_ column: protected environments first, then by name. */
  readonly tasks: readonly LayerNode[];
  /** The ROLE_ column, top to bottom. */
  readonly roles: readonly LayerNode[];
  /** Sorted by from, to. */
  readonly edges: readonly LayerEdge[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the layer graph of a resolved model. */
export function layerGraph(model: ResolvedModel): LayerGraph {
  const edges: LayerEdge[] = [];
  for (const t of model.tasks) for (const b of t.nestedBaselines) edges.push({ from: b, to: t.name, kind: 'member' });
  const taskByName = new Map(model.tasks.map((t) => [t.name, t]));
  for (const r of model.roles) {
    for (const a of r.standing) edges.push({ from: a.task, to: r.name, kind: 'standing' });
    for (const a of r.eligible) {
      edges.push({ from: a.task, to: r.name, kind: 'eligible' });
      for (const b of taskByName.get(a.task)?.roleAssignableBaselines ?? [])
        edges.push({ from: b, to: r.name, kind: 'eligible' });
    }
  }
  const unique = [...new Map(edges.map((e) => [`${e.from}>${e.to}>${e.kind}`, e])).values()].sort(
    (a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind),
  );

  const envOrder = new Map(model.environments.map((e, i) => [e.name, e.protected ? i : i + model.environments.length]));
  const taskOrder = [...model.tasks].sort(
    (a, b) => (envOrder.get(a.environment) ?? 0) - (envOrder.get(b.environment) ?? 0) || cmp(a.name, b.name),
  );
  const taskIndex = new Map(taskOrder.map((t, i) => [t.name, i]));
  const neighbours = { from: new Map<string, number[]>(), to: new Map<string, number[]>() };
  for (const e of unique) {
    const toTask = taskIndex.get(e.to);
    const fromTask = taskIndex.get(e.from);
    if (toTask !== undefined) neighbours.from.set(e.from, [...(neighbours.from.get(e.from) ?? []), toTask]);
    if (fromTask !== undefined) neighbours.to.set(e.to, [...(neighbours.to.get(e.to) ?? []), fromTask]);
  }
  const barycenter = (name: string, side: 'from' | 'to'): number => {
    const known = neighbours[side].get(name) ?? [];
    return known.length === 0 ? Number.POSITIVE_INFINITY : known.reduce((sum, k) => sum + k, 0) / known.length;
  };
  const byCenter = <T extends { name: string }>(items: readonly T[], side: 'from' | 'to'): T[] =>
    items
      .map((x) => ({ x, c: barycenter(x.name, side) }))
      .sort((a, b) => (a.c === b.c ? 0 : a.c < b.c ? -1 : 1) || cmp(a.x.name, b.x.name))
      .map((e) => e.x);

  const reached = new Set(unique.map((e) => e.from));
  const bases = byCenter(model.baselines, 'from').map((b): LayerNode => ({
    id: b.name,
    layer: 'base',
    detail:
      [b.roleAssignable ? 'role-assignable' : '', reached.has(b.name) ? '' : 'reached by no task']
        .filter(Boolean)
        .join(', ') || `${b.grants.length} grant${b.grants.length === 1 ? '' : 's'}`,
    ...(b.description !== undefined ? { description: b.description } : {}),
  }));
  const tasks = taskOrder.map((t): LayerNode => ({
    id: t.name,
    layer: 'task',
    detail: t.jit
      ? `JIT max ${t.jit.maximumActivation}${t.jit.requireApproval ? ', approval' : ''}${t.highPrivilege ? ', high privilege' : ''}`
      : 'standing only',
    ...(t.description !== undefined ? { description: t.description } : {}),
  }));
  const roles = byCenter(model.roles, 'to').map((r): LayerNode => ({
    id: r.name,
    layer: 'role',
    detail: `${r.members.length} member${r.members.length === 1 ? '' : 's'}${r.inherits.length > 0 ? `, inherits ${r.inherits.join(', ')}` : ''}`,
    ...(r.description !== undefined ? { description: r.description } : {}),
  }));
  return { bases, tasks, roles, edges: unique };
}
