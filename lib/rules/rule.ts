/**
 * What a rule is: a pure function over the resolved model (which keeps the definition paths it reports at) that returns
 * the elements breaking it, or says it does not apply. The pack ({@link runRulePack}) attaches the id, level
 * and suppressions. Modelled on cdk-nag: one rule per file, named after its id.
 */
import type { Problem } from '../model/problem';
import type { RuleContext } from './context';

/** Level of a finding: an `error` stops synthesis and fails `task-access lint`; a `warning` is printed. */
export type RuleLevel = 'error' | 'warning';

/** One element breaking a rule: where (a definition path), what, the offending value and the fix. */
export interface Violation {
  /** Path through the definition by names, as validation problems use, e.g. `tasks.TASK_PROD_DEPLOYMENT.jit`. */
  readonly path: string;
  /** What is wrong, in the user's terms, naming the element. */
  readonly message: string;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** How to fix it. */
  readonly fix: string;
}

/** A rule that has nothing to check in this model, and why (e.g. no Conditional Access policy is given). */
export interface NotApplicable {
  /** Why the rule does not apply, e.g. `no Conditional Access policy is given`. */
  readonly notApplicable: string;
}

/** What a rule returns: its violations (none = compliant), or {@link NotApplicable}. */
export type RuleOutcome = readonly Violation[] | NotApplicable;

/** Builds a {@link NotApplicable} outcome with its reason. */
export function notApplicable(reason: string): NotApplicable {
  return { notApplicable: reason };
}

/** True when an outcome is {@link NotApplicable}. */
export function isNotApplicable(outcome: RuleOutcome): outcome is NotApplicable {
  return !Array.isArray(outcome) && typeof (outcome as NotApplicable).notApplicable === 'string';
}

/** What the pack and the documentation know about a rule. */
export interface RuleInfo {
  /** Stable kebab-case id, the rule's file name, e.g. `jit-max-activation`. */
  readonly id: string;
  /** Level of its findings. */
  readonly level: RuleLevel;
  /** Whether a suppression (with a reason) may silence its findings. */
  readonly suppressible: boolean;
  /** What it checks, one sentence. */
  readonly summary: string;
  /** Why it exists: the task-based access model (quoted) or Microsoft's documentation (with its URL) it comes from. */
  readonly source: string;
}

/** A rule: its description and a pure check. */
export interface Rule extends RuleInfo {
  /** Checks the model. Must not throw (if it does, the pack reports a `rule-failure` finding instead). */
  check(ctx: RuleContext): RuleOutcome;
}

/** A violation reported by the pack, with its rule id and level. Same fields as a validation {@link Problem}. */
export interface Finding extends Problem {
  /** Level of the rule that found it. */
  readonly level: RuleLevel;
}
