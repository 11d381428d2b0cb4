/**
 * The rule pack at synthesis: errors throw {@link RulePackError} (unless `failOnErrors: false`); the other
 * findings go to `onFindings` (default: stderr).
 */
import type { ResolvedModel } from '../model/resolved';
import { RulePackError } from './error';
import { formatFindings } from './format';
import type { RulePackOptions } from './options';
import { runRulePack, type RulePackResult } from './pack';

/** Prints findings to stderr. */
export function printFindings(_result: RulePackResult, text: string): void {
  process.stderr.write(`${text}\n`);
}

/**
 * Runs the pack for synthesis. Throws {@link RulePackError} listing every finding when an error remains (and
 * `failOnErrors` is not false); otherwise reports the findings (if any) through `options.onFindings` and returns
 * the result.
 */
export function enforceRulePack(model: ResolvedModel, options: RulePackOptions = {}): RulePackResult {
  const result = runRulePack(model, options);
  if (result.errors.length > 0 && options.failOnErrors !== false) throw new RulePackError(result);
  if (result.findings.length > 0) {
    const e = result.errors.length;
    const w = result.warnings.length;
    const counts = [
      ...(e ? [`${e} error${e === 1 ? '' : 's'} (failOnErrors: false)`] : []),
      ...(w ? [`${w} warning${w === 1 ? '' : 's'}`] : []),
    ].join(' and ');
    const text = `The access model has ${counts} from the rule pack:\n${formatFindings(result.findings)}`;
    (options.onFindings ?? printFindings)(result, text);
  }
  return result;
}
