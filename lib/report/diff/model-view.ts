/**
 * One side of a diff: a resolved model indexed by name, with who holds each task and which tasks reach each
 * baseline. The side after the change also carries the rule pack's context, so risk uses the rule pack's writes
 * classification (lib/rules/privilege.ts) instead of deriving its own.
 */
import type { AccessModelDefinition } from '../../model/definition';
import type {
  ResolvedBaseline,
  ResolvedModel,
  ResolvedPrincipal,
  ResolvedRole,
  ResolvedTask,
} from '../../model/resolved';
import type { AccessWindow } from '../../model/time-bounds';
import { createRuleContext, type RuleContext } from '../../rules/context';
import { checkRuleOptions } from '../../rules/options-check';
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
export interface ModelView {
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

/** The side after the change, with the rule pack's context for the writes classification. */
export interface AfterView extends ModelView {
  /** The rule context: `taskWrites`, `baselineWrites` and `grantWrites` read it. */
  readonly rules: RuleContext;
}

/** An empty definition: the rule context of a model read from access-model.json, which keeps no task flags. */
const NO_DEFINITION: AccessModelDefinition = { environments: [], baselines: [], tasks: [], roles: [] };

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

/**
 * Indexes the model after the change, with the rule context. Pass the definition when there is one: a task's
 * `writes` flag lives only there (access-model.json keeps the resolved model, without it).
 */
export function afterView(model: ResolvedModel, definition?: AccessModelDefinition): AfterView {
  const { effective } = checkRuleOptions({}, model);
  return { ...modelView(model), rules: createRuleContext(model, definition ?? NO_DEFINITION, effective) };
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
