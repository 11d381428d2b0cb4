/**
 * Time-bound access: when a grant starts and ends. Dates are ISO 8601 in UTC, either a calendar date
 * (`2026-12-31`) or a date-time ending in `Z` (`2026-12-31T18:00:00Z`). A date alone means the start of that day
 * for `from` and the end of that day for `until` (the grant lasts through it). Normalized to the RFC 3339
 * form PIM and the azuread provider take: `2026-12-31T23:59:59Z`.
 */
import type { HeldTask, TimeBounds } from './definition';
import type { TaskName } from './names';

/** A normalized time window: RFC 3339 UTC instants (`YYYY-MM-DDTHH:MM:SSZ`); an absent side is open. */
export interface AccessWindow {
  /** When the grant starts. @default - open: from when it is applied */
  readonly from?: string;
  /** When the grant ends. @default - open: permanent */
  readonly until?: string;
}

/** The shortest assignment PIM accepts (groups-assign-member-owner.md: "less than five minutes"). */
export const MINIMUM_ASSIGNMENT_MINUTES = 5;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isCalendarDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Why a `from`/`until` value is not accepted, or undefined when it is.
 * @example timeBoundProblem('2026-02-30') // 'is not a calendar date'
 */
export function timeBoundProblem(value: string): string | undefined {
  const date = DATE.exec(value);
  if (date)
    return isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3])) ? undefined : 'is not a calendar date';
  const dt = DATE_TIME.exec(value);
  if (!dt) return 'is not an ISO 8601 date (2026-12-31) or UTC date-time (2026-12-31T18:00:00Z)';
  if (dt[7] === undefined || dt[7] !== 'Z')
    return 'is not in UTC: a date-time must end with Z (PIM stores UTC instants)';
  if (!isCalendarDate(Number(dt[1]), Number(dt[2]), Number(dt[3]))) return 'is not a calendar date';
  if (Number(dt[4]) > 23 || Number(dt[5]) > 59 || Number(dt[6] ?? 0) > 59)
    return 'is not a time of day (00:00:00 to 23:59:59)';
  return undefined;
}

/**
 * The RFC 3339 UTC instant of a valid `from` (`edge: 'start'`) or `until` (`edge: 'end'`) value, or undefined
 * when the value is not valid. A date alone is the start (`T00:00:00Z`) or the end (`T23:59:59Z`) of that day.
 */
export function boundInstant(value: string, edge: 'start' | 'end'): string | undefined {
  if (timeBoundProblem(value) !== undefined) return undefined;
  if (DATE.test(value)) return `${value}T${edge === 'start' ? '00:00:00' : '23:59:59'}Z`;
  const dt = DATE_TIME.exec(value) as RegExpExecArray;
  return `${dt[1]}-${dt[2]}-${dt[3]}T${dt[4]}:${dt[5]}:${pad(Number(dt[6] ?? 0))}Z`;
}

/** The normalized window of valid bounds; undefined when neither side is set (permanent access). */
export function accessWindow(bounds: TimeBounds): AccessWindow | undefined {
  const from = bounds.from !== undefined ? boundInstant(bounds.from, 'start') : undefined;
  const until = bounds.until !== undefined ? boundInstant(bounds.until, 'end') : undefined;
  if (from === undefined && until === undefined) return undefined;
  return { ...(from !== undefined ? { from } : {}), ...(until !== undefined ? { until } : {}) };
}

/** Milliseconds since the epoch of a normalized instant. */
export function instantMs(instant: string): number {
  return Date.parse(instant);
}

/** The task name of a role's `standing`/`eligible` entry, plain or time-bound. */
export function heldTaskName(entry: HeldTask): TaskName {
  return typeof entry === 'string' ? entry : entry.task;
}

/** The time bounds of a role's `standing`/`eligible` entry (none for a plain task name). */
export function heldTaskBounds(entry: HeldTask): TimeBounds {
  return typeof entry === 'string' ? {} : entry;
}

/** Days in a PIM expiry duration (`P15D` .. `P365D`), or undefined for `never`. */
export function expiryDays(expiry: string): number | undefined {
  const m = /^P(\d+)D$/.exec(expiry);
  return m ? Number(m[1]) : undefined;
}

const later = (a?: string, b?: string): string | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
const earlier = (a?: string, b?: string): string | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;
const windowOf = (from?: string, until?: string): AccessWindow | undefined =>
  from === undefined && until === undefined
    ? undefined
    : { ...(from !== undefined ? { from } : {}), ...(until !== undefined ? { until } : {}) };

/** Both windows at once: the later start and the earlier end (undefined = permanent on both sides). */
export function intersectWindows(a: AccessWindow | undefined, b: AccessWindow | undefined): AccessWindow | undefined {
  return windowOf(later(a?.from, b?.from), earlier(a?.until, b?.until));
}

/**
 * The envelope of several windows (any of them): undefined when any is permanent; otherwise the earliest start
 * (open when any is open) and the latest end (open when any is open).
 */
export function windowEnvelope(windows: readonly (AccessWindow | undefined)[]): AccessWindow | undefined {
  if (windows.length === 0 || windows.some((w) => w === undefined)) return undefined;
  const ws = windows as readonly AccessWindow[];
  const from = ws.every((w) => w.from !== undefined) ? ws.map((w) => w.from as string).sort()[0] : undefined;
  const until = ws.every((w) => w.until !== undefined)
    ? ws
        .map((w) => w.until as string)
        .sort()
        .reverse()[0]
    : undefined;
  return windowOf(from, until);
}
