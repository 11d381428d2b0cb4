/**
 * What every rule receives: the resolved model (with the definition paths resolution keeps in it), the options
 * with defaults, and indexes by name. Rules read only the model.
 */
import type { ResolvedBaseline, ResolvedModel, ResolvedRole, ResolvedTask } from '../model/resolved';
import type { EffectiveRuleOptions } from './options';

/** The input of a rule. Read-only. */
export interface RuleContext {
  /** The resolved model (from `resolveDefinition(definition)`); its `paths` say where each element is declared. */
  readonly model: ResolvedModel;
  /** The rule options with every default applied. */
  readonly options: EffectiveRuleOptions;
  /** Resolved baselines by name. */
  readonly baselines: ReadonlyMap<string, ResolvedBaseline>;
  /** Resolved tasks by name. */
  readonly tasks: ReadonlyMap<string, ResolvedTask>;
  /** Resolved roles by name. */
  readonly roles: ReadonlyMap<string, ResolvedRole>;
}

/** Builds the context of one pack run. */
export function createRuleContext(model: ResolvedModel, options: EffectiveRuleOptions): RuleContext {
  return {
    model,
    options,
    baselines: new Map(model.baselines.map((b) => [b.name, b])),
    tasks: new Map(model.tasks.map((t) => [t.name, t])),
    roles: new Map(model.roles.map((r) => [r.name, r])),
  };
}
