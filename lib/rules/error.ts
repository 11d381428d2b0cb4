/** The error that stops synthesis when the rule pack finds errors. */
import { formatFindings, SUPPRESSION_HINT } from './format';
import type { RulePackResult } from './pack';
import type { Finding } from './rule';

/**
 * Thrown at synthesis when the rule pack finds errors, before any construct exists (nothing is written). Its
 * message lists every finding, errors first; `result` has them as data.
 */
export class RulePackError extends Error {
  /** Every finding not suppressed, errors first. */
  public readonly findings: readonly Finding[];
  /** The whole pack result. */
  public readonly result: RulePackResult;

  constructor(result: RulePackResult) {
    const e = result.errors.length;
    const w = result.warnings.length;
    super(
      `The access model breaks ${e} rule${e === 1 ? '' : 's'} of the rule pack${w ? ` (and has ${w} warning${w === 1 ? '' : 's'})` : ''}; nothing was synthesized.\n` +
        `${formatFindings(result.findings)}\n${SUPPRESSION_HINT}`,
    );
    this.name = 'RulePackError';
    this.findings = result.findings;
    this.result = result;
  }

  /** True for a RulePackError, also across copies of the library. */
  public static isRulePackError(e: unknown): e is RulePackError {
    return e instanceof Error && e.name === 'RulePackError' && Array.isArray((e as RulePackError).findings);
  }
}
