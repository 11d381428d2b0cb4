/**
 * `task-access expiring [--within 14d] [--now <iso>] [--last-change <iso>] [--no-git] [--json]`: the time-bound
 * grants (role -> task entries and members with `until`) that have expired or end within the window, and the
 * eligibilities that last a duration (a task's `jit.eligibilityExpiry`, no `until`) and have lapsed or lapse within
 * it: Terraform keeps those in its state after they lapse and never re-creates them (lib/model/eligibility-lapse.ts).
 * Their lapse date counts from the entry's `from`, else from the definition's last change (`git log` of the
 * definition file, as `review` does, or `--last-change`); with neither they are listed with an unknown date.
 * Exit 1 when a grant has expired or an eligibility has lapsed, so CI can gate on it; 0 otherwise.
 */
import { resolve } from 'path';
import { eligibilityScheduleAddress } from '../../constructs/eligibility-schedule';
import {
  durationEligibilities,
  lapseStartInstant,
  normalizeLapseStart,
  type LapseStart,
} from '../../model/eligibility-lapse';
import {
  DURATION_RENEWAL,
  EXPIRED_FIX,
  expiringGrants,
  formatExpiryLine,
  isPastDue,
  parseExpiryWindow,
  type ExpiringGrant,
  type LapsingEligibility,
} from '../../model/expiry';
import { boundInstant } from '../../model/time-bounds';
import { gitLastChange, type LastChangeReader } from '../../review/last-change';
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
  /**
   * The definition's last change, ISO 8601 (a date, or a date-time in UTC or with an offset): the start of the
   * eligibilities that last a duration and have no `from`. @default - `git log` of the definition file
   */
  readonly lastChange?: string;
  /** `false` (`--no-git`): don't ask git for the definition's last change. @default true */
  readonly git?: boolean;
  /** Print JSON instead of text. */
  readonly json?: boolean;
}

/** A lapsing eligibility in the answer, with the Terraform address to renew it by. */
export interface AddressedLapse extends LapsingEligibility {
  /** `azuread_privileged_access_group_eligibility_schedule.<ROLE>__eligible__<group>`. */
  readonly address: string;
}

/** The JSON answer of `expiring`. */
export interface ExpiringAnswer {
  /** The time the grants were judged against, RFC 3339 UTC. */
  readonly now: string;
  /** The look-ahead as given. */
  readonly within: string;
  /** The definition's last change the durations were counted from (date in RFC 3339 UTC), when known. */
  readonly lastChange?: LapseStart;
  /**
   * Expired and expiring grants, and lapsed, lapsing and undated eligibilities that last a duration (`kind:
   * 'duration'`, with their `address`): soonest end first, undated last.
   */
  readonly grants: readonly (ExpiringGrant | AddressedLapse)[];
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `expiring` as text. */
export function formatExpiring(a: ExpiringAnswer): string {
  const grants = a.grants.filter((g): g is ExpiringGrant => g.kind !== 'duration');
  const durations = a.grants.filter((g): g is AddressedLapse => g.kind === 'duration');
  const expired = grants.filter((g) => g.status === 'expired').length;
  const lines =
    grants.length === 0
      ? [`No time-bound grant has expired or ends within ${a.within} of ${a.now}.`]
      : [
          `Time-bound grants that have expired or end within ${a.within} of ${a.now}: ${grants.length} (${expired} expired)`,
          ...grants.map((g) => formatExpiryLine(g)),
        ];
  if (durations.length > 0) {
    const lapsed = durations.filter((g) => g.status === 'lapsed').length;
    const undated = durations.filter((g) => g.status === 'unknown').length;
    lines.push(
      `Eligibilities that last a duration and have lapsed or lapse within ${a.within}: ${durations.length} (${lapsed} lapsed${undated > 0 ? `, ${plural(undated, 'date', 'dates')} unknown` : ''})`,
      ...durations.map((g) => formatExpiryLine(g, (e) => (e as AddressedLapse).address)),
    );
  }
  const fixes = [...(expired > 0 ? [EXPIRED_FIX] : []), ...(durations.length > 0 ? [DURATION_RENEWAL] : [])];
  if (fixes.length > 0) lines.push('', ...fixes);
  return `${lines.join('\n')}\n`;
}

/** The definition's last change: `--last-change`, else git's for `--definition` (unless `--no-git`). */
function lastChangeOf(
  options: ExpiringOptions,
  path: string | undefined,
  readLastChange: LastChangeReader,
): LapseStart | undefined {
  if (options.lastChange !== undefined) return { date: options.lastChange };
  if (path === undefined || options.git === false) return undefined;
  const change = readLastChange(path);
  return change ? { date: change.date, ...(change.commit !== undefined ? { commit: change.commit } : {}) } : undefined;
}

/**
 * Runs `expiring` and returns the exit code: 1 when a grant has expired or an eligibility has lapsed, 0 otherwise,
 * 2 for bad input. `readLastChange` reads the definition file's last change (git by default; injected in tests),
 * and is asked only when an eligibility lasts a duration from an unknown start.
 */
export function runExpiring(
  options: ExpiringOptions,
  io: CommandIo,
  readLastChange: LastChangeReader = gitLastChange,
): number {
  return runCommand(io, (io) => {
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
    if (options.lastChange !== undefined && lapseStartInstant(options.lastChange) === undefined)
      throw new AccessQueryError(
        `--last-change "${options.lastChange}" is not an ISO 8601 date or date-time; use e.g. 2026-03-02 or 2026-03-02T10:15:00+01:00`,
      );
    const model = loadAccessModel(options, io.cwd);
    const path =
      options.definition !== undefined && options.model === undefined ? resolve(io.cwd, options.definition) : undefined;
    const undated = durationEligibilities(model).some((e) => e.from === undefined);
    const lastChange = undated ? lastChangeOf(options, path, readLastChange) : undefined;
    const items = expiringGrants(model, { now, withinMs, ...(lastChange ? { lastChange } : {}) });
    const grants = items.map((g) =>
      g.kind === 'duration' ? { ...g, address: eligibilityScheduleAddress(g.role, g.group) } : g,
    );
    const counted = lastChange !== undefined ? normalizeLapseStart(lastChange) : undefined;
    const answer: ExpiringAnswer = {
      now: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      within,
      ...(counted !== undefined ? { lastChange: counted } : {}),
      grants,
    };
    if (options.json) printJson(io, answer);
    else io.stdout(formatExpiring(answer));
    return items.some(isPastDue) ? EXIT.FAILED : EXIT.OK;
  });
}

registerCommand((program) => {
  addInputOptions(
    program
      .command('expiring')
      .summary('time-bound grants that have expired or expire soon, and eligibilities that lapse')
      .description(
        'Lists the time-bound grants (role -> task entries and role members with until) that end within the window,\n' +
          'or have already ended, soonest first, with the role that declares each. Expired grants should be removed\n' +
          'from the definition: PIM has removed the access, and a schedule ending in the past fails the next apply.\n' +
          "Also lists the eligibilities that last a duration (a task's jit.eligibilityExpiry, no until) and lapse\n" +
          'within the window: Terraform keeps them after they lapse and never re-creates them. Their date counts from\n' +
          "the entry's from, else from the definition's last change (git log of the definition file, or --last-change),\n" +
          'and is unknown without either. Each comes with the address to renew it by (docs/identities.md, "Expiry").',
      ),
  )
    .option('--within <duration>', 'how far ahead to look: 14d, 36h, 2w or P14D', '14d')
    .option('--now <iso>', 'judge against this time instead of the clock (UTC date or date-time), e.g. 2026-07-01')
    .option(
      '--last-change <iso>',
      "the definition's last change, e.g. 2026-03-02 (default: git log of the --definition file)",
    )
    .option('--no-git', "don't read the definition's last change from git")
    .option('--json', 'print the answer as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access expiring --definition definition.ts --within 30d\n' +
        '  task-access expiring --model cdktf.out/access-model.json --now 2027-03-10 --last-change 2026-03-02 --json\n' +
        `\nExit codes: ${EXIT.OK} nothing expired or lapsed, ${EXIT.FAILED} a grant has expired, an eligibility has lapsed, or the definition is invalid, ${EXIT.USAGE} bad input.`,
    )
    .action((options: ExpiringOptions) => {
      process.exitCode = runExpiring(options, processIo());
    });
});
