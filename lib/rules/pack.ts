/**
 * The rule pack: runs every rule over a resolved model, turns a rule that throws into a finding, applies the
 * suppressions and returns every finding at once, errors first, in a stable order.
 */
import type { ResolvedModel } from '../model/resolved';
import { ALL_RULES, PACK_RULES, RULE_FAILURE_INFO } from './all-rules';
import { createRuleContext } from './context';
import { checkRuleOptions } from './options-check';
import type { RulePackOptions } from './options';
import { isNotApplicable, type Finding, type Rule, type RuleInfo } from './rule';
import { applySuppressions, type SuppressedFinding, type SuppressionUse } from './suppressions';

/** How one rule came out. */
export interface RuleStatus extends RuleInfo {
  /**
   * `compliant`: nothing found; `non-compliant`: findings remain; `suppressed`: every finding was suppressed;
   * `not-applicable`: nothing to check (see `reason`); `failed`: the rule threw (a `rule-failure` finding).
   */
  readonly status: 'compliant' | 'non-compliant' | 'suppressed' | 'not-applicable' | 'failed';
  /** Why it did not apply, or the error it threw. */
  readonly reason?: string;
  /** Findings not suppressed. */
  readonly findings: number;
  /** Findings suppressed. */
  readonly suppressed: number;
}

/** Everything a pack run found. */
export interface RulePackResult {
  /** Every finding not suppressed: errors first, then warnings, each by path, rule and message. */
  readonly findings: readonly Finding[];
  /** The error findings (they stop synthesis and fail `task-access lint`). */
  readonly errors: readonly Finding[];
  /** The warning findings. */
  readonly warnings: readonly Finding[];
  /** Findings silenced by a suppression, with its reason. */
  readonly suppressed: readonly SuppressedFinding[];
  /** Every suppression given, with its reason and what it matched. */
  readonly suppressions: readonly SuppressionUse[];
  /** Every rule with its outcome, in pack order. */
  readonly rules: readonly RuleStatus[];
}

const LEVEL_ORDER = { error: 0, warning: 1 } as const;

/** Stable order of findings: errors first, then by path, rule, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    cmp(a.path, b.path) ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message)
  );
}

/**
 * Runs the rules over a resolved model. Everything the rules read is in it: the definition paths findings point at
 * (`model.paths`) and the task flags.
 *
 * @param model - from `resolveDefinition(definition)`
 * @param options - limits, designations and suppressions; `{}` uses every default
 * @param rules - the rules to run @default ALL_RULES
 */
export function runRulePack(
  model: ResolvedModel,
  options: RulePackOptions = {},
  rules: readonly Rule[] = ALL_RULES,
): RulePackResult {
  const { findings: optionFindings, effective, wellFormed } = checkRuleOptions(options, model);
  const ctx = createRuleContext(model, effective);
  const raw: Finding[] = [...optionFindings];
  const outcomes = new Map<string, { status: 'ran' | 'not-applicable' | 'failed'; reason?: string }>();
  for (const rule of rules) {
    try {
      const outcome = rule.check(ctx);
      if (isNotApplicable(outcome)) {
        outcomes.set(rule.id, { status: 'not-applicable', reason: outcome.notApplicable });
        continue;
      }
      outcomes.set(rule.id, { status: 'ran' });
      for (const v of outcome) {
        raw.push({
          path: v.path,
          rule: rule.id,
          level: rule.level,
          message: v.message,
          ...(v.value !== undefined ? { value: v.value } : {}),
          fix: v.fix,
        });
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      outcomes.set(rule.id, { status: 'failed', reason });
      raw.push({
        path: `rules.${rule.id}`,
        rule: RULE_FAILURE_INFO.id,
        level: RULE_FAILURE_INFO.level,
        message: `rule ${rule.id} failed to run: ${reason}`,
        fix: `report it as a bug of the rule; to go on meanwhile, suppress rule-failure at rules.${rule.id} with a reason`,
      });
    }
  }
  const infos = [...rules, ...PACK_RULES];
  // Malformed options (reported as rule-options findings) are not trusted to suppress anything.
  const { kept, suppressed, uses, problems } = applySuppressions(
    raw,
    wellFormed ? (options.suppressions ?? []) : [],
    infos,
  );
  const findings = [...kept, ...problems].sort(compareFindings);
  const statuses: RuleStatus[] = rules.map((rule) => {
    const o = outcomes.get(rule.id);
    const own = findings.filter((f) => f.rule === rule.id).length;
    const sup = suppressed.filter((f) => f.rule === rule.id).length;
    const status =
      o?.status === 'failed'
        ? 'failed'
        : o?.status === 'not-applicable'
          ? 'not-applicable'
          : own > 0
            ? 'non-compliant'
            : sup > 0
              ? 'suppressed'
              : 'compliant';
    const { check: _check, ...info } = rule;
    void _check;
    return {
      ...info,
      status,
      ...(o?.reason !== undefined ? { reason: o.reason } : {}),
      findings: own,
      suppressed: sup,
    };
  });
  return {
    findings,
    errors: findings.filter((f) => f.level === 'error'),
    warnings: findings.filter((f) => f.level === 'warning'),
    suppressed: suppressed.sort(compareFindings),
    suppressions: uses,
    rules: statuses,
  };
}
