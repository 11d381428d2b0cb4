/**
 * `task-access diff <before> <after>`: the access meaning of a change, for plan review. Compares two synthesized
 * outputs (cdktf.out directories or access-model.json files) or definitions, and prints every access change,
 * classified by risk, highest first: Markdown for a pull-request comment, or JSON. `--fail-on` makes it a check.
 */
import { diffAccessModels } from '../../report/diff/access-diff';
import { renderDiffMarkdown } from '../../report/diff/diff-markdown';
import { ACCESS_RISKS, isAccessRisk, riskAtLeast, type AccessRisk } from '../../report/diff/risk';
import { AccessQueryError } from '../../report/query-error';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { readDiffInput } from '../diff-input';
import { EXIT, registerCommand } from '../program';

/** Options of `diff`. */
export interface DiffOptions {
  /** `md` (default) or `json`. */
  readonly format?: string;
  /** Same as `--format json`. */
  readonly json?: boolean;
  /** Exit 1 when a change at this risk or higher exists: `high`, `medium` or `low`. @default - never fail */
  readonly failOn?: string;
  /** The export holding the definition, for definition modules. */
  readonly export?: string;
  /** The longest maximum activation accepted (ISO 8601). @default 'PT4H' */
  readonly maximumActivation?: string;
}

/** The diff's output formats. */
export const DIFF_FORMATS = ['md', 'json'] as const;

/** `md` or `json` from `--format` and `--json`. Throws {@link AccessQueryError} on a bad or contradictory value. */
export function diffFormat(options: DiffOptions): 'md' | 'json' {
  const format = options.format?.trim().toLowerCase();
  if (format !== undefined && !(DIFF_FORMATS as readonly string[]).includes(format))
    throw new AccessQueryError(`diff: --format "${options.format}" is not a format; use md or json`);
  if (options.json && format === 'md') throw new AccessQueryError('diff: give --json or --format md, not both');
  return options.json || format === 'json' ? 'json' : 'md';
}

/** The `--fail-on` level. Throws {@link AccessQueryError} when it is not a risk. */
export function failOnLevel(value: string | undefined): AccessRisk | undefined {
  if (value === undefined) return undefined;
  const level = value.trim().toLowerCase();
  if (!isAccessRisk(level))
    throw new AccessQueryError(`diff: --fail-on "${value}" is not a risk; use ${ACCESS_RISKS.join(', ')}`);
  return level;
}

/** Runs `diff` (paths relative to the working directory) and returns the exit code. */
export function runDiff(before: string, after: string, options: DiffOptions, io: CommandIo): number {
  return runCommand(io, (io) => {
    const format = diffFormat(options);
    const failOn = failOnLevel(options.failOn);
    const b = readDiffInput(before, io.cwd, 'before', options.export);
    const a = readDiffInput(after, io.cwd, 'after', options.export);
    const diff = diffAccessModels(b.model, a.model, {
      ...(options.maximumActivation !== undefined ? { maximumActivation: options.maximumActivation } : {}),
    });
    if (format === 'json') printJson(io, diff);
    else io.stdout(renderDiffMarkdown(diff));
    const failed = failOn !== undefined && diff.changes.some((c) => riskAtLeast(c.risk, failOn));
    return failed ? EXIT.FAILED : EXIT.OK;
  });
}

registerCommand((program) => {
  program
    .command('diff')
    .summary('the access meaning of a change: who gains or loses what, by risk')
    .description(
      'Compares the access model before and after a change and prints every access change, highest risk first: ' +
        'per role and per principal, access gained and lost, standing or just in time; policy changes (maximum ' +
        'activation, approval, approvers, MFA, justification, ticket, notifications, eligibility expiry); time-bound ' +
        'expiry; grant changes of the baselines a task reaches; renames; break-glass accounts; federated credentials; ' +
        'the owners of every group (settings.groupOwners, the deploying identity). ' +
        'Each side is a cdktf.out directory (holding access-model.json), an access-model.json file, or a definition ' +
        '(.ts/.js module or .json). Descriptions, the owner of tasks and roles and the order of arrays are not access changes.',
    )
    .argument('<before>', 'the model before the change: cdktf.out directory, access-model.json, or definition')
    .argument('<after>', 'the model after the change: cdktf.out directory, access-model.json, or definition')
    .option('-f, --format <format>', 'md (Markdown for a pull-request comment, the default) or json')
    .option('--json', 'same as --format json')
    .option('--fail-on <risk>', `exit 1 when a change at this risk or higher exists: ${ACCESS_RISKS.join(', ')}`)
    .option(
      '--export <name>',
      'the export of definition modules holding the definition (default: definition, default, or the only one)',
    )
    .option(
      '--maximum-activation <duration>',
      "the longest maximum activation accepted, ISO 8601: raising one above it is high risk (the rule pack's default)",
      'PT4H',
    )
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access diff base/cdktf.out head/cdktf.out --format md --fail-on high\n' +
        '  task-access diff definition.ts my-change.ts --json\n' +
        `\nExit codes: ${EXIT.OK} no change at the --fail-on risk or higher (always without --fail-on), ` +
        `${EXIT.FAILED} such a change exists, or a definition is invalid, ${EXIT.USAGE} bad usage or unreadable input.`,
    )
    .action((before: string, after: string, options: DiffOptions) => {
      process.exitCode = runDiff(before, after, options, processIo());
    });
});
