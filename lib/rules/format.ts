/**
 * Findings and pack results as text for people: numbered, one finding per block, with value and fix. A value's line
 * break or control character is a `\u000A`-style marker on its line (`visibleText`, as in problems).
 */
import { formatProblem } from '../model/problem';
import { visibleText } from '../model/value-preview';
import type { RulePackResult } from './pack';
import type { Finding } from './rule';

/** One finding: `error  tasks.TASK_X.jit  [rule-id]`, then the message, value and fix on their own lines. */
export function formatFinding(f: Finding): string {
  return `${f.level}  ${formatProblem(f).slice(2)}`;
}

/** Numbered findings. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f, i) => `${i + 1}. ${formatFinding(f)}`).join('\n');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning, 1 suppressed". */
export function summarizeResult(r: RulePackResult): string {
  return `${plural(r.errors.length, 'error')}, ${plural(r.warnings.length, 'warning')}, ${r.suppressed.length} suppressed`;
}

/** The suppressions given, each with its reason and what it matched. */
export function formatSuppressions(r: RulePackResult): string {
  if (r.suppressions.length === 0) return '';
  const lines = r.suppressions.map((s) =>
    visibleText(
      `  - ${s.rule} at ${s.path}: "${s.reason}" (${s.valid ? `${plural(s.matched.length, 'finding')} suppressed` : 'invalid, not applied'})`,
    ),
  );
  return `Suppressions (${r.suppressions.length}):\n${lines.join('\n')}`;
}

/** A whole result: summary line, findings, suppressions, rules that did not apply. */
export function formatRulePackResult(r: RulePackResult): string {
  const counts = (status: string): number => r.rules.filter((x) => x.status === status).length;
  const head = `Rule pack: ${summarizeResult(r)}. ${plural(r.rules.length, 'rule')}: ${counts('compliant')} compliant, ${counts('non-compliant')} with findings, ${counts('suppressed')} suppressed, ${counts('not-applicable')} not applicable${counts('failed') ? `, ${counts('failed')} failed` : ''}.`;
  const na = r.rules.filter((x) => x.status === 'not-applicable').map((x) => visibleText(`  - ${x.id}: ${x.reason}`));
  return [
    head,
    r.findings.length ? formatFindings(r.findings) : '',
    formatSuppressions(r),
    na.length ? `Not applicable:\n${na.join('\n')}` : '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

/** What to tell someone who wants to suppress a finding. */
export const SUPPRESSION_HINT =
  "To accept a finding, suppress it with a reason (rules marked unsuppressible can't be): rules: { suppressions: [{ rule: '<rule id>', path: '<path>', reason: '<why, 10+ characters>' }] }";
