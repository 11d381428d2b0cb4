/**
 * `task-access drift <audit-export...> [--definition <file> | --model <file>] [--json]`: how often each task was
 * activated through PIM, and by whom, from exported Entra audit logs (Graph directoryAudits JSON, the diagnostic
 * `records` JSON, or the portal CSV), with recommendations (the task-based access model's audit and routine tasks,
 * docs/security.md) and activations of access granted outside the model. Exit 0 with a report, 1 for an invalid
 * definition, 2 for unreadable input.
 */
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { AuditExportError, parseAuditTime } from '../../audit-log/audit-event';
import { readAuditExports } from '../../audit-log/audit-export';
import { analyzeDrift, DEFAULT_STANDING_THRESHOLD, type DriftOptions } from '../../drift/drift';
import { driftMarkdown } from '../../drift/drift-markdown';
import type { ResolvedModel } from '../../model/resolved';
import { AccessQueryError } from '../../report/query-error';
import { addInputOptions, loadAccessModel, type AccessInputOptions } from '../access-input';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { EXIT, registerCommand } from '../program';

/** Options of `drift`. */
export interface DriftCommandOptions extends AccessInputOptions {
  /** Print the report as JSON. */
  readonly json?: boolean;
  /** Activations per week above which a task is routine. @default '2' */
  readonly standingThreshold?: string;
  /** Start of the period: a date (start of day, UTC) or an ISO date-time. @default - the export's earliest record */
  readonly from?: string;
  /** End of the period: a date (included, UTC) or an ISO date-time (excluded). @default - the export's latest record */
  readonly to?: string;
  /** JSON file `{ "<TASK>": <uses in the period> }` for standing tasks. @default - unknown */
  readonly usage?: string;
  /** JSON file `{ "<group name>": "<object id>" }`, to match activations that carry only the group's ID. */
  readonly groupIds?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period bound: a date is the start of that day (`from`) or of the next day (`to`, so the date is included). */
export function periodBound(value: string, edge: 'from' | 'to'): number {
  if (DATE.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    if (!Number.isNaN(start)) return edge === 'from' ? start : start + 86_400_000;
  }
  const t = parseAuditTime(value);
  if (Number.isNaN(t) || !/[zZ]$|[+-]\d{2}:?\d{2}$/.test(value)) {
    throw new AccessQueryError(
      `--${edge} "${value}" is not a date; use a UTC date or date-time, e.g. 2026-01-01 or 2026-01-01T00:00:00Z`,
    );
  }
  return t;
}

function readJsonFile(path: string, flag: string): unknown {
  if (!existsSync(path)) throw new AccessQueryError(`${flag} ${path}: file not found`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AccessQueryError(`${flag} ${path} is not valid JSON (${(e as Error).message})`);
  }
}

/** Reads `--usage`: non-negative integer uses per task of the model. */
export function readUsage(doc: unknown, file: string, model: ResolvedModel): Record<string, number> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new AccessQueryError(`--usage ${file}: expected an object { "TASK_...": <uses> }`);
  const tasks = new Set(model.tasks.map((t) => t.name));
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (!tasks.has(k)) throw new AccessQueryError(`--usage ${file}: "${k}" is not a task of the definition`);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw new AccessQueryError(
        `--usage ${file}: "${k}" must be a whole number of uses (0 or more), got ${JSON.stringify(v)}`,
      );
    out[k] = v;
  }
  return out;
}

/** Reads `--group-ids`: object IDs by group name. */
export function readGroupIds(doc: unknown, file: string): Record<string, string> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new AccessQueryError(`--group-ids ${file}: expected an object { "<group name>": "<object id>" }`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (typeof v !== 'string')
      throw new AccessQueryError(
        `--group-ids ${file}: the object ID of "${k}" must be a string, got ${JSON.stringify(v)}`,
      );
    out[k] = v;
  }
  return out;
}

/** Runs `drift` on export files (paths relative to the working directory); returns the exit code. */
export function runDrift(exports: readonly string[], options: DriftCommandOptions, io: CommandIo): number {
  return runCommand(io, (io) => {
    if (exports.length === 0) throw new AccessQueryError('give at least one audit log export (JSON or CSV)');
    const threshold =
      options.standingThreshold === undefined ? DEFAULT_STANDING_THRESHOLD : Number(options.standingThreshold);
    if (!Number.isFinite(threshold) || threshold < 0)
      throw new AccessQueryError(
        `--standing-threshold "${options.standingThreshold}" must be a number of activations per week (0 or more), e.g. 2`,
      );
    const from = options.from !== undefined ? periodBound(options.from, 'from') : undefined;
    const to = options.to !== undefined ? periodBound(options.to, 'to') : undefined;
    if (from !== undefined && to !== undefined && to <= from)
      throw new AccessQueryError(`--to ${options.to} is not after --from ${options.from}`);
    const model = loadAccessModel(options, io.cwd);
    const files = exports.map((f) => {
      const path = resolve(io.cwd, f);
      if (!existsSync(path)) throw new AccessQueryError(`audit export not found: ${f}`);
      return { name: f, text: readFileSync(path, 'utf8') };
    });
    let data;
    try {
      data = readAuditExports(files);
    } catch (e) {
      if (e instanceof AuditExportError) throw new AccessQueryError(e.message);
      throw e;
    }
    const driftOptions: DriftOptions = {
      standingThreshold: threshold,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(options.usage !== undefined
        ? { usage: readUsage(readJsonFile(resolve(io.cwd, options.usage), '--usage'), options.usage, model) }
        : {}),
      ...(options.groupIds !== undefined
        ? { groupIds: readGroupIds(readJsonFile(resolve(io.cwd, options.groupIds), '--group-ids'), options.groupIds) }
        : {}),
    };
    const report = analyzeDrift(model, data, driftOptions);
    if (options.json) printJson(io, report);
    else io.stdout(driftMarkdown(report));
    return EXIT.OK;
  });
}

registerCommand((program) => {
  addInputOptions(
    program
      .command('drift')
      .summary('PIM usage per task from exported audit logs, with recommendations')
      .description(
        'Reads PIM for Groups activations from exported Entra audit logs (Graph directoryAudits JSON, paged or not;\n' +
          'the diagnostic "records" JSON; or the portal CSV) and reports per task how often it was activated and by whom.\n' +
          'Recommends standing access for tasks activated more than --standing-threshold times a week, removing\n' +
          'eligibilities never used, making unused standing tasks eligible (with --usage), and flags activations of\n' +
          'access granted outside the model.',
      )
      .argument('<audit-export...>', 'exported audit logs: .json (Graph or portal download) or .csv (portal download)'),
  )
    .option('--json', 'print the report as JSON')
    .option(
      '--standing-threshold <n>',
      'activations per week above which a task is routine (default 2: routine work is done more than twice a week)',
      String(DEFAULT_STANDING_THRESHOLD),
    )
    .option('--from <date>', 'start of the period (UTC date or date-time); default: the earliest record')
    .option('--to <date>', 'end of the period (a date is included); default: the latest record')
    .option('--usage <file>', 'JSON { "TASK_...": <uses> } of standing tasks in the period, e.g. from resource logs')
    .option(
      '--group-ids <file>',
      'JSON { "<group name>": "<object id>" } to match activations that carry only the group ID',
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access drift audit-2026-q1.json --definition definition.ts\n' +
        '  task-access drift page1.json page2.json --model cdktf.out/access-model.json --from 2026-01-01 --to 2026-03-31 --json\n' +
        `\nExit codes: ${EXIT.OK} report written, ${EXIT.FAILED} invalid definition, ${EXIT.USAGE} unreadable or malformed input.`,
    )
    .action((exports: string[], options: DriftCommandOptions) => {
      process.exitCode = runDrift(exports, options, processIo());
    });
});
