/**
 * What every rule receives: the resolved model, the definition it came from (for paths and the flags that
 * resolution leaves out), the options with defaults, and indexes by name.
 */
import type { AccessModelDefinition, RoleDefinition, TaskDefinition } from '../model/definition';
import { roleName, taskName } from '../model/names';
import type { ResolvedBaseline, ResolvedModel, ResolvedRole, ResolvedTask } from '../model/resolved';
import type { EffectiveRuleOptions } from './options';

/** The input of a rule. Read-only. */
export interface RuleContext {
  /** The resolved model (from `resolveDefinition(definition)`). */
  readonly model: ResolvedModel;
  /** The definition it was resolved from: paths by list index, and the task flags (`access`, `writes`). */
  readonly definition: AccessModelDefinition;
  /** The rule options with every default applied. */
  readonly options: EffectiveRuleOptions;
  /** Resolved baselines by name. */
  readonly baselines: ReadonlyMap<string, ResolvedBaseline>;
  /** Resolved tasks by name. */
  readonly tasks: ReadonlyMap<string, ResolvedTask>;
  /** Resolved roles by name. */
  readonly roles: ReadonlyMap<string, ResolvedRole>;
  /** Task definitions by full name (first one wins on duplicates, which validation rejects). */
  readonly taskDefinitions: ReadonlyMap<string, TaskDefinition>;
  /** Role definitions by full name. */
  readonly roleDefinitions: ReadonlyMap<string, RoleDefinition>;
}

function firstByName<T>(items: readonly T[], nameOf: (t: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) if (!m.has(nameOf(it))) m.set(nameOf(it), it);
  return m;
}

/** Builds the context of one pack run. */
export function createRuleContext(
  model: ResolvedModel,
  definition: AccessModelDefinition,
  options: EffectiveRuleOptions,
): RuleContext {
  return {
    model,
    definition,
    options,
    baselines: new Map(model.baselines.map((b) => [b.name, b])),
    tasks: new Map(model.tasks.map((t) => [t.name, t])),
    roles: new Map(model.roles.map((r) => [r.name, r])),
    taskDefinitions: firstByName(definition.tasks, taskName),
    roleDefinitions: firstByName(definition.roles, roleName),
  };
}
