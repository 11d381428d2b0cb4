/**
 * `task-access expiring [--within 14d] [--now <iso>] [--json]`: the time-bound grants (role -> task entries and
 * members with `until`) that have expired or end within the window. Exit 1 when any has expired (drop it from the
 * definition), so CI can gate on it; 0 otherwise.
 */
import {
  describeDaysLeft,
  describeTimeBoundGrant,
  expiringGrants,
  parseExpiryWindow,
  type ExpiringGrant,
} from '../../model/expiry';
import { boundInstant } from '../../model/time-bounds';
import { AccessQueryError } from '../../report/query-error';
import { addInputOptions, loadAccessModel, type AccessInputOptions } from '../access-input';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { EXIT, registerCommand } from '../program';

/** Options of `expiring`. */
export interface ExpiringOptions extends AccessInputOptions {
  /** How far ahead to look: `14d`, `36h`, `2w`, `P14D`. @default '14d' */
  readonly within?: string;
  /** The current time, ISO 8601 UTC (a date or a date-time ending in Z). @default - the clock */
  readonly now?: string;
  /** Print JSON instead of text. */
  readonly json?: boolean;
}

/** The JSON answer of `expiring`. */
export interface ExpiringAnswer {
  /** The time the grants were judged against, RFC 3339 UTC. */
  readonly now: string;
  /** The look-ahead as given. */
  readonly within: string;
  /** Expired and expiring grants, soonest end first. */
  readonly grants: readonly ExpiringGrant[];
}

/** `expiring` as text. */
export function formatExpiring(a: ExpiringAnswer): string {
  if (a.grants.length === 0) return `No time-bound grant has expired or ends within ${a.within} of ${a.now}.\n`;
  const expired = a.grants.filter((g) => g.status === 'expired').length;
  const lines = [
    `Time-bound grants that have expired or end within ${a.within} of ${a.now}: ${a.grants.length} (${expired} expired)`,
    ...a.grants.map(
      (g) =>
        `  ${g.status === 'expired' ? 'EXPIRED ' : 'expiring'}  ${g.until}  ${describeTimeBoundGrant(g)}: ${describeDaysLeft(g)}`,
    ),
  ];
  if (expired > 0)
    lines.push(
      '',
      'Remove the expired entries from the definition: PIM has already removed the access, and a schedule ending in the past would fail the next apply.',
    );
  return `${lines.join('\n')}\n`;
}

/** Runs `expiring` and returns the exit code: 1 when a grant has expired, 0 otherwise, 2 for bad input. */
export function runExpiring(options: ExpiringOptions, io: CommandIo): number {
  return runCommand(io, () => {
    const within = options.within ?? '14d';
    const withinMs = parseExpiryWindow(within);
    if (withinMs === undefined)
      throw new AccessQueryError(`--within "${within}" is not a duration; use e.g. 14d, 36h, 2w or P14D`);
    let now = new Date();
    if (options.now !== undefined) {
      const instant = boundInstant(options.now, 'start');
      if (instant === undefined)
        throw new AccessQueryError(
          `--now "${options.now}" is not an ISO 8601 UTC date or date-time; use e.g. 2026-07-01 or 2026-07-01T09:00:00Z`,
        );
      now = new Date(instant);
    }
    const grants = expiringGrants(loadAccessModel(options, io.cwd), { now, withinMs });
    const answer: ExpiringAnswer = { now: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), within, grants };
    if (options.json) printJson(io, answer);
    else io.stdout(formatExpiring(answer));
    return grants.some((g) => g.status === 'expired') ? EXIT.FAILED : EXIT.OK;
  });
}

registerCommand((program) => {
  addInputOptions(
    program
      .command('expiring')
      .summary('time-bound grants that have expired or expire soon')
      .description(
        'Lists the time-bound grants (role -> task entries and role members with until) that end within the window,\n' +
          'or have already ended, soonest first, with the role that declares each. Expired grants should be removed\n' +
          'from the definition: PIM has removed the access, and a schedule ending in the past fails the next apply.',
      ),
  )
    .option('--within <duration>', 'how far ahead to look: 14d, 36h, 2w or P14D', '14d')
    .option('--now <iso>', 'judge against this time instead of the clock (UTC date or date-time), e.g. 2026-07-01')
    .option('--json', 'print the answer as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access expiring --definition examples/vendor-and-agent/definition.ts --within 30d\n' +
        '  task-access expiring --model cdktf.out/access-model.json --now 2027-03-10 --json\n' +
        `\nExit codes: ${EXIT.OK} nothing expired, ${EXIT.FAILED} a grant has expired or the definition is invalid, ${EXIT.USAGE} bad input.`,
    )
    .action((options: ExpiringOptions) => {
      process.exitCode = runExpiring(options, processIo());
    });
});
