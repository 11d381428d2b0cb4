/**
 * Runs a cdktf app's synthesis for a command line: an invalid definition prints every problem (no stack
 * trace) and exits 1 before anything is written, so there is never a partial `cdktf.out`.
 */
import type { App } from 'cdktf';
import { AccessModelError } from '../model/problem';
import { RulePackError } from '../rules/error';

/**
 * Builds the app with `build` and synthesizes it; on an invalid definition (or rule pack errors) prints every
 * problem or finding and exits 1.
 */
export function runApp(build: () => App): void {
  let app: App;
  try {
    app = build();
  } catch (e) {
    if (AccessModelError.isAccessModelError(e) || RulePackError.isRulePackError(e)) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  app.synth();
}
