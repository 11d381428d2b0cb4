/**
 * Runs a cdktf app's synthesis for a command line: an error of the library (an invalid definition, rule pack
 * errors, a misused construct: lib/model/errors.ts) prints its message (no stack trace) and exits 1 before
 * anything is written, so there is never a partial `cdktf.out`; any other error keeps its stack. What it prints goes
 * through `terminalText` (docs/safety.md, "The terminal").
 */
import type { App } from 'cdktf';
import { isLibraryError } from '../model/errors';
import { terminalText } from '../report/escape/terminal-text';
import { synthesisSummary } from './synth-summary';

/**
 * Set on `globalThis` while `task-access` loads a module only to read its definition (a global symbol, so a second
 * copy of the library in the user's `node_modules` sees it too).
 */
const LOADING_DEFINITION = Symbol.for('cdktf-task-access.loading-definition');

/** Whether a command of `task-access` is loading a definition module right now (see {@link whileLoadingDefinition}). */
export function isLoadingDefinition(): boolean {
  return (globalThis as Record<symbol, unknown>)[LOADING_DEFINITION] === true;
}

/**
 * Runs `load` (which requires a definition module) so that the module can't synthesize: {@link runApp} in it does
 * nothing, neither building nor writing. Used by the command line; restores the previous state afterwards.
 */
export function whileLoadingDefinition<T>(load: () => T): T {
  const g = globalThis as Record<symbol, unknown>;
  const previous = g[LOADING_DEFINITION];
  g[LOADING_DEFINITION] = true;
  try {
    return load();
  } finally {
    if (previous === undefined) delete g[LOADING_DEFINITION];
    else g[LOADING_DEFINITION] = previous;
  }
}

/** Options of {@link runApp}. */
export interface RunAppOptions {
  /** Print what was written (stacks with their resource counts, the report files) after synthesis. @default true */
  readonly summary?: boolean;
}

/**
 * Builds the app with `build` and synthesizes it, then prints what it wrote; on an error of the library (an invalid
 * definition, rule pack errors, a misused construct) prints its message, without a stack trace, and exits 1. When `task-access` loads the module only for the definition it exports (`lint`,
 * `explain`, ... with `--definition main.ts`), it does nothing: no build, no `cdktf.out/`, no exit.
 */
export function runApp(build: () => App, options: RunAppOptions = {}): void {
  if (isLoadingDefinition()) return;
  let app: App;
  try {
    app = build();
    // Synthesis too: a library error raised while synthesizing (a user-added element the model refuses, say)
    // prints as its message like one raised while building.
    app.synth();
  } catch (e) {
    if (isLibraryError(e)) {
      process.stderr.write(terminalText(`${e.message}\n`));
      process.exit(1);
    }
    throw e;
  }
  if (options.summary ?? true) process.stdout.write(terminalText(synthesisSummary(app.outdir)));
}
