/**
 * One measurement of the benchmark, run in a fresh Node process (compiled JavaScript, no TypeScript loader) so
 * wall time and peak memory are the whole process's: `node child.js <mode> <input.json> [outdir] [props.json]`.
 *
 * - `library`: reads a definition, builds `TaskAccessStacks` (validation, resolution, rule pack, constructs)
 *   and runs `app.synth()` into `outdir`, as an application using the library does;
 * - `hand-written`: reads a {@link HandWrittenPlan} and synthesizes it with the minimal hand-written program;
 * - `phases`: times validation, resolution, the rule pack and the access report over a definition, each
 *   several times in this process (median), for the linearity check.
 *
 * Prints one JSON line on stdout: its own timings in milliseconds and `process.resourceUsage().maxRSS`.
 */
import { readFileSync } from 'fs';
import { performance } from 'perf_hooks';

/** What a child prints. */
export interface ChildReport {
  readonly mode: string;
  /** Milliseconds per step, measured inside the child. */
  readonly ms: Record<string, number>;
  /** Peak resident set size in MB, from `process.resourceUsage().maxRSS`. */
  readonly maxRssMb: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed<T>(ms: Record<string, number>, step: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  ms[step] = Math.round(performance.now() - t0);
  return out;
}

function main(): void {
  const [mode, input, outdir, propsFile] = process.argv.slice(2);
  const ms: Record<string, number> = {};
  ms.start = Math.round(performance.now());
  if (mode === 'library') {
    const { App } = timed(ms, 'loadCdktf', () => require('cdktf') as typeof import('cdktf'));
    const { TaskAccessStacks } = timed(
      ms,
      'loadLibrary',
      () => require('../lib/constructs/task-access-stacks') as typeof import('../lib/constructs/task-access-stacks'),
    );
    const definition = timed(ms, 'read', () => JSON.parse(readFileSync(input, 'utf8')));
    const props = propsFile ? JSON.parse(readFileSync(propsFile, 'utf8')) : {};
    const app = new App({ outdir });
    timed(ms, 'construct', () => new TaskAccessStacks(app, 'org', { ...props, definition }));
    timed(ms, 'synth', () => app.synth());
  } else if (mode === 'hand-written') {
    const { handWrittenApp } = timed(
      ms,
      'loadProgram',
      () => require('./hand-written') as typeof import('./hand-written'),
    );
    const plan = timed(ms, 'read', () => JSON.parse(readFileSync(input, 'utf8')));
    const app = timed(ms, 'construct', () => handWrittenApp(plan, outdir, 'org'));
    timed(ms, 'synth', () => app.synth());
  } else if (mode === 'phases') {
    const { validateDefinition } = require('../lib/model/validation') as typeof import('../lib/model/validation');
    const { resolveValidDefinition } = require('../lib/model/resolve') as typeof import('../lib/model/resolve');
    const { runRulePack } = require('../lib/rules/pack') as typeof import('../lib/rules/pack');
    const { renderReportFiles } = require('../lib/report/report-files') as typeof import('../lib/report/report-files');
    const { SYNTHETIC_RULE_OPTIONS } = require('./generate') as typeof import('./generate');
    const definition = JSON.parse(readFileSync(input, 'utf8'));
    const runs = Number(propsFile ?? 3);
    const samples: Record<string, number[]> = { validation: [], resolution: [], rulePack: [], report: [] };
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const problems = validateDefinition(definition);
      const t1 = performance.now();
      const model = resolveValidDefinition(definition);
      const t2 = performance.now();
      const pack = runRulePack(model, SYNTHETIC_RULE_OPTIONS);
      const t3 = performance.now();
      renderReportFiles(model);
      const t4 = performance.now();
      if (problems.length > 0 || pack.errors.length > 0)
        throw new Error(`the definition is not clean: ${problems.length} problems, ${pack.errors.length} rule errors`);
      samples.validation.push(t1 - t0);
      samples.resolution.push(t2 - t1);
      samples.rulePack.push(t3 - t2);
      samples.report.push(t4 - t3);
    }
    for (const [k, v] of Object.entries(samples)) ms[k] = Math.round(median(v));
  } else {
    throw new Error(`unknown mode "${mode}": library, hand-written or phases`);
  }
  ms.total = Math.round(performance.now());
  const report: ChildReport = { mode, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
