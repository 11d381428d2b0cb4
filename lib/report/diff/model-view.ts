/**
 * One side of a diff: a resolved model indexed by name, with who holds each task and which tasks reach each
 * baseline. It is a {@link PrivilegeIndex}, so risk uses the model's writes classification (lib/model/privilege.ts),
 * the one the rule pack uses, instead of deriving its own; everything it reads is in the model, so a model read
 * back from access-model.json diffs the same as one resolved from a definition.
 */
import type { PrivilegeIndex } from '../../model/privilege';
import type {
  ResolvedBaseline,
  ResolvedModel,
  ResolvedPrincipal,
  ResolvedRole,
  ResolvedTask,
} from '../../model/resolved';
import type { AccessWindow } from '../../model/time-bounds';
import type { AccessMode } from '../access-matrix';

/** How a role holds a task: its mode, the inheritance chain and the window of time-bound access. */
export interface Holding {
  /** The role. */
  readonly role: string;
  /** The task. */
  readonly task: string;
  /** Standing or eligible. */
  readonly mode: AccessMode;
  /** Inheritance chain from the role to the role declaring the task. */
  readonly via: readonly string[];
  /** When time-bound. */
  readonly window?: AccessWindow;
}

/** A resolved model indexed for the diff. */
export interface ModelView extends PrivilegeIndex {
  /** The model. */
  readonly model: ResolvedModel;
  /** Roles by name. */
  readonly roles: ReadonlyMap<string, ResolvedRole>;
  /** Tasks by name. */
  readonly tasks: ReadonlyMap<string, ResolvedTask>;
  /** Baselines by name. */
  readonly baselines: ReadonlyMap<string, ResolvedBaseline>;
  /** Principals (role members) by key. */
  readonly principals: ReadonlyMap<string, ResolvedPrincipal>;
  /** Per role, its holdings by task. */
  readonly holdings: ReadonlyMap<string, ReadonlyMap<string, Holding>>;
  /** Per task, the roles holding it, sorted by role. */
  readonly holders: ReadonlyMap<string, readonly Holding[]>;
  /** Per baseline, the tasks reaching it, sorted. */
  readonly reachedBy: ReadonlyMap<string, readonly string[]>;
}

/** Indexes a model. */
export function modelView(model: ResolvedModel): ModelView {
  const holdings = new Map<string, Map<string, Holding>>();
  const holders = new Map<string, Holding[]>();
  for (const r of model.roles) {
    const own = new Map<string, Holding>();
    const add = (mode: AccessMode) => (a: ResolvedRole['standing'][number]) => {
      const h: Holding = { role: r.name, task: a.task, mode, via: a.via, ...(a.window ? { window: a.window } : {}) };
      own.set(a.task, h);
      const list = holders.get(a.task) ?? [];
      list.push(h);
      holders.set(a.task, list);
    };
    r.standing.forEach(add('standing'));
    r.eligible.forEach(add('eligible'));
    holdings.set(r.name, own);
  }
  for (const list of holders.values()) list.sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
  const reachedBy = new Map<string, string[]>();
  for (const t of [...model.tasks].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    for (const b of t.baselines) reachedBy.set(b, [...(reachedBy.get(b) ?? []), t.name]);
  }
  return {
    model,
    roles: new Map(model.roles.map((r) => [r.name, r])),
    tasks: new Map(model.tasks.map((t) => [t.name, t])),
    baselines: new Map(model.baselines.map((b) => [b.name, b])),
    principals: new Map(model.principals.map((p) => [p.key, p])),
    holdings,
    holders,
    reachedBy,
  };
}

/** The holders of a task on a side (none when no role holds it). */
export function holdersOf(view: ModelView, task: string): readonly Holding[] {
  return view.holders.get(task) ?? [];
}

/** The roles reaching a baseline through its tasks, with each holding. */
export function baselineHoldings(view: ModelView, baseline: string): readonly Holding[] {
  return (view.reachedBy.get(baseline) ?? []).flatMap((t) => holdersOf(view, t));
}

/** A principal's effective access to a task (mode and window), or undefined when it does not reach it. */
export function principalTask(
  view: ModelView,
  key: string,
  task: string,
): { readonly mode: AccessMode; readonly window?: AccessWindow } | undefined {
  return view.principals.get(key)?.tasks.find((t) => t.task === task);
}
