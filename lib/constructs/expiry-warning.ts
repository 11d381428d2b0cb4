/**
 * The warning printed at synthesis (stderr) for time-bound grants that have expired or expire soon, and for
 * eligibilities that last a duration and have lapsed or lapse soon (Terraform doesn't re-create those; see
 * lib/model/eligibility-lapse.ts). Output never depends on the clock: expired grants are still synthesized (the
 * Terraform stays deterministic); the warning asks to drop them from the definition, or to renew the eligibility.
 */
import { resolve } from 'path';
import { durationEligibilities, lapseStartInstant, type LapseStart } from '../model/eligibility-lapse';
import {
  DEFAULT_EXPIRY_WINDOW_MS,
  expiringGrants,
  formatExpiryWarning,
  parseExpiryWindow,
  type ExpiryItem,
} from '../model/expiry';
import type { ResolvedModel } from '../model/resolved';
import { gitLastChange, type LastChangeReader } from '../review/last-change';
import { eligibilityScheduleAddress } from './eligibility-schedule';
import { AccessUsageError } from '../model/errors';

/** Options of the expiry warning at synthesis. */
export interface ExpiryWarningOptions {
  /** The current time. @default - the clock at synthesis */
  readonly now?: Date;
  /** How far ahead to warn: `14d`, `36h`, `2w`, `P14D`. @default '14d' */
  readonly within?: string;
  /** Where the warning goes. @default - standard error */
  readonly write?: (text: string) => void;
  /**
   * The definition's file (relative to the working directory): its last git commit is counted as the start of the
   * eligibilities that last a duration and have no `from`, so their lapse dates can be checked.
   * @default - none: those eligibilities are counted in one line, undated
   */
  readonly definitionFile?: string;
  /**
   * The definition's last change, an ISO 8601 date or date-time (`2026-03-02`, `2026-03-02T10:15:00Z`), instead of
   * asking git. @default - from `definitionFile`
   */
  readonly lastChange?: string;
  /** Reads a file's last change. @default - `git log -1` of the file ({@link gitLastChange}) */
  readonly readLastChange?: LastChangeReader;
}

/** The start the duration eligibilities are counted from: `lastChange`, else the last commit of `definitionFile`. */
function lapseStart(model: ResolvedModel, options: ExpiryWarningOptions): LapseStart | undefined {
  if (options.lastChange !== undefined) {
    if (lapseStartInstant(options.lastChange) === undefined)
      throw new AccessUsageError(
        `expiryWarning.lastChange "${options.lastChange}" is not an ISO 8601 date or date-time; use e.g. "2026-03-02" or "2026-03-02T10:15:00Z".`,
      );
    return { date: options.lastChange };
  }
  if (options.definitionFile === undefined) return undefined;
  // git only when there is something to date.
  if (!durationEligibilities(model).some((e) => e.from === undefined)) return undefined;
  const change = (options.readLastChange ?? gitLastChange)(resolve(options.definitionFile));
  return change ? { date: change.date, ...(change.commit !== undefined ? { commit: change.commit } : {}) } : undefined;
}

/**
 * Writes the warning for expired and soon-expiring grants and lapsed and soon-lapsing eligibilities, if any, and
 * returns them. `false` turns it off.
 * @throws Error for a `within` that is not a duration, or a `lastChange` that is not a date.
 */
export function warnExpiringGrants(model: ResolvedModel, options: ExpiryWarningOptions | false = {}): ExpiryItem[] {
  if (options === false) return [];
  const withinMs = options.within === undefined ? DEFAULT_EXPIRY_WINDOW_MS : parseExpiryWindow(options.within);
  if (withinMs === undefined)
    throw new AccessUsageError(
      `expiryWarning.within "${options.within}" is not a duration; use e.g. "14d", "36h", "2w" or "P14D".`,
    );
  const now = options.now ?? new Date();
  const lastChange = lapseStart(model, options);
  const grants = expiringGrants(model, { now, withinMs, ...(lastChange ? { lastChange } : {}) });
  const text = formatExpiryWarning(grants, now, (e) => eligibilityScheduleAddress(e.role, e.group));
  if (text !== undefined) (options.write ?? ((t: string) => process.stderr.write(t)))(`${text}\n`);
  return grants;
}
