/**
 * Runs one rule as a pure function over a small definition: resolve, apply the options' defaults, check.
 * No cdktf, no synthesis.
 */
import { resolveDefinition, type AccessModelDefinition, type ResolvedModel } from '../../lib/model';
import { createRuleContext, type RuleContext } from '../../lib/rules/context';
import { checkRuleOptions } from '../../lib/rules/options-check';
import type { RulePackOptions } from '../../lib/rules/options';
import { isNotApplicable, type Rule, type RuleOutcome, type Violation } from '../../lib/rules/rule';

/** The rule context of a definition (optionally with a hand-edited model, for states validation rejects). */
export function contextOf(
  definition: AccessModelDefinition,
  options: RulePackOptions = {},
  model?: ResolvedModel,
): RuleContext {
  const resolved = model ?? resolveDefinition(definition);
  return createRuleContext(resolved, checkRuleOptions(options, resolved).effective);
}

/** The outcome of one rule on a definition. */
export function outcomeOf(rule: Rule, definition: AccessModelDefinition, options: RulePackOptions = {}): RuleOutcome {
  return rule.check(contextOf(definition, options));
}

/** The violations of one rule on a definition; fails the test if the rule says it does not apply. */
export function violationsOf(
  rule: Rule,
  definition: AccessModelDefinition,
  options: RulePackOptions = {},
): readonly Violation[] {
  const outcome = outcomeOf(rule, definition, options);
  if (isNotApplicable(outcome)) throw new Error(`${rule.id} does not apply: ${outcome.notApplicable}`);
  return outcome;
}
