/**
 * Suppressions: each names one rule and one element path (or an ancestor of it) with a reason. Invalid ones
 * (unknown or unsuppressible rule, reason under 10 characters) don't apply; unused ones are errors.
 */
import { didYouMean } from '../model/suggest';
import { SUPPRESSION_INFO } from './all-rules';
import type { RuleSuppression } from './options';
import type { Finding, RuleInfo } from './rule';

/** Shortest reason accepted. */
export const MINIMUM_SUPPRESSION_REASON = 10;

/** A finding silenced by a suppression, with its reason. */
export interface SuppressedFinding extends Finding {
  /** The suppression's reason. */
  readonly reason: string;
  /** The suppression's path (the finding's own path or an ancestor). */
  readonly suppressedAt: string;
}

/** A suppression as given, with what it matched. */
export interface SuppressionUse extends RuleSuppression {
  /** Whether it is valid (a suppressible rule, a long enough reason). */
  readonly valid: boolean;
  /** Paths of the findings it silenced, sorted. */
  readonly matched: readonly string[];
}

/** True when a suppression path is the finding's path or an ancestor of it. */
export function pathCovers(suppressionPath: string, findingPath: string): boolean {
  return (
    findingPath === suppressionPath ||
    findingPath.startsWith(`${suppressionPath}.`) ||
    findingPath.startsWith(`${suppressionPath}[`)
  );
}

const problem = (path: string, message: string, value: unknown, fix: string): Finding => ({
  path,
  rule: SUPPRESSION_INFO.id,
  level: SUPPRESSION_INFO.level,
  message,
  value,
  fix,
});

/** Applies suppressions to findings: what remains, what was silenced, each suppression's use and the suppression problems. */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly RuleSuppression[],
  rules: readonly RuleInfo[],
): {
  /** Findings no suppression covers. */
  kept: Finding[];
  /** Findings silenced, each with the reason and path of its suppression. */
  suppressed: SuppressedFinding[];
  /** Each suppression, in the given order: whether it is valid and which findings it silenced. */
  uses: SuppressionUse[];
  /** Problems of the suppressions themselves: unknown or unsuppressible rule, short reason, no match. */
  problems: Finding[];
} {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const problems: Finding[] = [];
  const valid = suppressions.map((s, k) => {
    const rule = byId.get(s.rule);
    const at = `rules.suppressions[${k}]`;
    let ok = true;
    if (!rule) {
      ok = false;
      problems.push(
        problem(
          `${at}.rule`,
          `rule "${s.rule}" does not exist.${didYouMean(s.rule, byId.keys())}`,
          s.rule,
          'name a rule id from the rule table (docs/rules.md)',
        ),
      );
    } else if (!rule.suppressible) {
      ok = false;
      problems.push(
        problem(`${at}.rule`, `rule ${s.rule} can't be suppressed (${rule.summary})`, s.rule, `fix ${s.path} instead`),
      );
    }
    if (s.reason.trim().length < MINIMUM_SUPPRESSION_REASON) {
      ok = false;
      problems.push(
        problem(
          `${at}.reason`,
          `the reason for suppressing ${s.rule} at ${s.path} is shorter than ${MINIMUM_SUPPRESSION_REASON} characters`,
          s.reason,
          'say why the finding is acceptable, e.g. "CHG-1234: reviewed by the security team, expires Q3"',
        ),
      );
    }
    return ok;
  });
  const matched = suppressions.map(() => [] as string[]);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const k = suppressions.findIndex((s, i) => valid[i] && s.rule === f.rule && pathCovers(s.path, f.path));
    if (k < 0 || !byId.get(f.rule)?.suppressible) {
      kept.push(f);
      continue;
    }
    matched[k].push(f.path);
    suppressed.push({ ...f, reason: suppressions[k].reason, suppressedAt: suppressions[k].path });
  }
  suppressions.forEach((s, k) => {
    if (!valid[k] || matched[k].length > 0) return;
    const candidates = findings.filter((f) => f.rule === s.rule).map((f) => f.path);
    problems.push(
      problem(
        `rules.suppressions[${k}].path`,
        `the suppression of ${s.rule} at ${s.path} matches no finding.${didYouMean(s.path, candidates)}`,
        s.path,
        'remove it (the finding is gone), or correct the path to one the finding prints',
      ),
    );
  });
  const uses = suppressions.map((s, k) => ({
    rule: s.rule,
    path: s.path,
    reason: s.reason,
    valid: valid[k],
    matched: [...new Set(matched[k])].sort(),
  }));
  return { kept, suppressed, uses, problems };
}
