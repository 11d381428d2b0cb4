/**
 * Expiring access: the time-bound grants of a resolved model that end within a window of a given `now`, or have
 * already ended. Pure functions; the clock is always an argument, never read here.
 * An expired grant should be dropped from the definition: PIM removed the access on its own, and a schedule
 * whose end date is past can't be created again (the next apply would fail).
 *
 * Eligibilities that last a duration (eligibility-lapse.ts) are listed too, as a third kind: they lapse in Entra
 * while Terraform keeps them, so they are renewed by hand, not by the next apply.
 */
import { durationMinutes } from './duration';
import {
  eligibilityLapses,
  type DurationEligibility,
  type EligibilityLapse,
  type LapseStart,
} from './eligibility-lapse';
import type { ResolvedModel } from './resolved';
import { instantMs } from './time-bounds';
import { visibleText } from './value-preview';

/** A grant with an end date: a role holding a task for a time, or a member belonging to a role for a time. */
export interface TimeBoundGrant {
  /** `task`: the role holds `task` until `until`; `membership`: `member` belongs to `role` until `until`. */
  readonly kind: 'task' | 'membership';
  /** The role (group) the grant belongs to. */
  readonly role: string;
  /** For `task`: the task. */
  readonly task?: string;
  /** For `task`: held `standing` (an active assignment) or `eligible` (an eligibility). */
  readonly mode?: 'standing' | 'eligible';
  /** For `membership`: the member's key (object ID, UPN or `app:<name>`). */
  readonly member?: string;
  /** For `membership`: the member's display name. */
  readonly memberLabel?: string;
  /** The role whose definition declares the grant (differs from `role` for an inherited task). */
  readonly declaredIn: string;
  /** Start (RFC 3339 UTC), when set. */
  readonly from?: string;
  /** End (RFC 3339 UTC). */
  readonly until: string;
}

/** A time-bound grant judged against `now`. */
export interface ExpiringGrant extends TimeBoundGrant {
  /** `expired`: `until` is at or before `now`; `expiring`: it ends within the window. */
  readonly status: 'expired' | 'expiring';
  /** Whole days from `now` to `until`, rounded down; negative once expired. */
  readonly daysLeft: number;
}

/** An eligibility that lasts a duration, judged against `now`. */
export interface LapsingEligibility extends EligibilityLapse {
  /**
   * `lapsed`: `until` is at or before `now`; `lapsing`: it lapses within the window; `unknown`: its start is
   * unknown (no `from`, no last change), so is its lapse.
   */
  readonly status: 'lapsed' | 'lapsing' | 'unknown';
  /** Whole days from `now` to `until`, rounded down; negative once lapsed. Absent when unknown. */
  readonly daysLeft?: number;
}

/** What {@link expiringGrants} lists: a time-bound grant, or an eligibility that lasts a duration. */
export type ExpiryItem = ExpiringGrant | LapsingEligibility;

/** Options of {@link expiringGrants}. */
export interface ExpiryOptions {
  /** The current time. Pass it explicitly (tests use a fixed clock). */
  readonly now: Date;
  /** How far ahead to look, in milliseconds. @default 14 days */
  readonly withinMs?: number;
  /**
   * The definition's last change: the start the eligibilities that last a duration are counted from when their
   * entry has no `from`. @default - unknown: they are listed with status `unknown`
   */
  readonly lastChange?: LapseStart;
}

const DAY_MS = 86_400_000;
/** The default look-ahead: 14 days. */
export const DEFAULT_EXPIRY_WINDOW_MS = 14 * DAY_MS;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every grant of the model with an end date, sorted by end, then role, then task or member. */
export function timeBoundGrants(model: ResolvedModel): TimeBoundGrant[] {
  const out: TimeBoundGrant[] = [];
  for (const r of model.roles) {
    for (const [mode, list] of [
      ['standing', r.standing],
      ['eligible', r.eligible],
    ] as const) {
      for (const a of list) {
        if (a.window?.until === undefined) continue;
        out.push({
          kind: 'task',
          role: r.name,
          task: a.task,
          mode,
          declaredIn: a.via[a.via.length - 1] ?? r.name,
          ...(a.window.from ? { from: a.window.from } : {}),
          until: a.window.until,
        });
      }
    }
    for (const m of r.members) {
      if (m.window?.until === undefined) continue;
      out.push({
        kind: 'membership',
        role: r.name,
        member: m.key,
        memberLabel: m.label,
        declaredIn: r.name,
        ...(m.window.from ? { from: m.window.from } : {}),
        until: m.window.until,
      });
    }
  }
  return out.sort(
    (a, b) => cmp(a.until, b.until) || cmp(a.role, b.role) || cmp(a.task ?? a.member ?? '', b.task ?? b.member ?? ''),
  );
}

/** The name an item is sorted by after its end and role: the task, member or group. */
const itemKey = (g: ExpiryItem): string => (g.kind === 'duration' ? g.group : (g.task ?? g.member ?? ''));

/**
 * The grants that have expired at `now` or expire within the window after it, and the eligibilities that last a
 * duration and have lapsed or lapse within it, or whose lapse is unknown; sorted by end (unknown last), then role,
 * then task, member or group.
 */
export function expiringGrants(model: ResolvedModel, options: ExpiryOptions): ExpiryItem[] {
  const now = options.now.getTime();
  const horizon = now + (options.withinMs ?? DEFAULT_EXPIRY_WINDOW_MS);
  const grants: ExpiryItem[] = timeBoundGrants(model)
    .filter((g) => instantMs(g.until) <= horizon)
    .map((g) => {
      const left = instantMs(g.until) - now;
      return { ...g, status: left <= 0 ? 'expired' : 'expiring', daysLeft: Math.floor(left / DAY_MS) };
    });
  const lapses = eligibilityLapses(model, options.lastChange).flatMap((e): LapsingEligibility[] => {
    if (e.until === undefined) return [{ ...e, status: 'unknown' }];
    if (instantMs(e.until) > horizon) return [];
    const left = instantMs(e.until) - now;
    return [{ ...e, status: left <= 0 ? 'lapsed' : 'lapsing', daysLeft: Math.floor(left / DAY_MS) }];
  });
  const end = (g: ExpiryItem): string => g.until ?? '\uffff';
  return [...grants, ...lapses].sort(
    (a, b) => cmp(end(a), end(b)) || cmp(a.role, b.role) || cmp(itemKey(a), itemKey(b)),
  );
}

/** True for an item the definition must act on: an expired grant or a lapsed eligibility. */
export function isPastDue(g: ExpiryItem): boolean {
  return g.status === 'expired' || g.status === 'lapsed';
}

/**
 * Milliseconds of a look-ahead such as `14d`, `36h`, `2w`, or an ISO 8601 duration of days and hours (`P14D`,
 * `PT36H`); undefined when it is none of these.
 */
export function parseExpiryWindow(text: string): number | undefined {
  const short = /^(\d+)([hdw])$/.exec(text.trim());
  if (short) return Number(short[1]) * { h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS }[short[2] as 'h' | 'd' | 'w'];
  const minutes = durationMinutes(text.trim());
  return minutes === undefined ? undefined : minutes * 60_000;
}

/**
 * One line describing a grant: `ROLE_X standing TASK_Y`, `ROLE_X member alice (…)`, or for an eligibility that
 * lasts a duration `ROLE_X eligible TASK_Y` (`ROLE_X eligible BASE_Z (role-assignable baseline of TASK_Y)`).
 */
export function describeTimeBoundGrant(g: TimeBoundGrant | DurationEligibility): string {
  const what =
    g.kind === 'task'
      ? `${g.role} ${g.mode} ${g.task}`
      : g.kind === 'duration'
        ? `${g.role} eligible ${g.group}${g.group !== g.task ? ` (role-assignable baseline of ${g.task})` : ''}`
        : `${g.role} member ${g.memberLabel}${g.memberLabel !== g.member ? ` (${g.member})` : ''}`;
  const declared = g.declaredIn !== g.role ? ` (inherited from ${g.declaredIn})` : '';
  return `${what}${declared}`;
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
/** `today`, `in 3 days` or `2 days ago`, from whole days left (negative once past). */
const when = (daysLeft: number, past: boolean): string =>
  past ? (daysLeft >= -1 ? 'today' : `${days(-daysLeft - 1)} ago`) : daysLeft === 0 ? 'today' : `in ${days(daysLeft)}`;

/**
 * How long until (or since) the end, in words: `expires in 3 days`, `expires today`, `expired 2 days ago`; for an
 * eligibility that lasts a duration, when it lapses and what that is counted from: `lapses in 3 days: P90D from
 * its start …`, `lapses about 2027-03-25, in 5 days: P90D counted from the definition's last change … (commit …)`,
 * or `lapse date unknown: applied + P90D`.
 */
export function describeDaysLeft(g: ExpiryItem): string {
  if (g.kind !== 'duration') {
    const past = g.status === 'expired';
    return `${past ? 'expired' : 'expires'} ${when(g.daysLeft, past)}`;
  }
  if (g.status === 'unknown' || g.until === undefined || g.daysLeft === undefined)
    return `lapse date unknown: applied + ${g.duration}`;
  const past = g.status === 'lapsed';
  const verb = past ? 'lapsed' : 'lapses';
  if (g.countedFrom === 'from') return `${verb} ${when(g.daysLeft, past)}: ${g.duration} from its start ${g.from}`;
  const change = g.lastChange as LapseStart;
  const commit = change.commit !== undefined ? ` (commit ${change.commit.slice(0, 12)})` : '';
  return `${verb} about ${g.until.slice(0, 10)}, ${when(g.daysLeft, past)}: ${g.duration} counted from the definition's last change ${change.date}${commit}`;
}

/** The status column of a line: `EXPIRED `, `expiring`, `LAPSED  `, `lapsing ` or `duration` (lapse unknown). */
const STATUS_LABEL: Readonly<Record<ExpiryItem['status'], string>> = {
  expired: 'EXPIRED ',
  expiring: 'expiring',
  lapsed: 'LAPSED  ',
  lapsing: 'lapsing ',
  unknown: 'duration',
};

/**
 * One listed item: `  EXPIRED   2027-03-14T23:59:59Z  ROLE_X standing TASK_Y: expired 5 days ago`; with
 * `address`, an eligibility that lasts a duration gets a second line with its Terraform address. Each line is
 * shown with {@link visibleText}: a value's line break or control character is a marker on its line.
 */
export function formatExpiryLine(g: ExpiryItem, address?: (e: DurationEligibility) => string): string {
  const line = visibleText(
    `  ${STATUS_LABEL[g.status]}  ${(g.until ?? 'unknown').padEnd(20)}  ${describeTimeBoundGrant(g)}: ${describeDaysLeft(g)}`,
  );
  return g.kind === 'duration' && address ? `${line}\n${visibleText(`      resource ${address(g)}`)}` : line;
}

/** What to do about expired grants. */
export const EXPIRED_FIX =
  'Remove the expired entries from the definition: PIM has already removed the access, and a schedule ending in the past would fail the next apply.';

/** How to renew an eligibility that lasts a duration (docs/identities.md, "Expiry"). */
export const DURATION_RENEWAL =
  "Terraform keeps an eligibility that lapsed after its duration in its state and never re-creates it. Renew it before it lapses with terraform apply -replace='<resource>' in its stack, or by setting from on its entry to the day you apply; once it has lapsed, terraform state rm '<resource>', then apply.";

/**
 * The synthesis warning for expired and expiring grants and for lapsed and lapsing eligibilities, or undefined
 * when there are none. Expired ones come with the fix (drop them from the definition), eligibilities with how to
 * renew them, each with its Terraform address when `address` is given. Eligibilities whose lapse is unknown are
 * counted in one line rather than listed: synthesis doesn't know the definition's file unless told.
 */
export function formatExpiryWarning(
  items: readonly ExpiryItem[],
  now: Date,
  address?: (e: DurationEligibility) => string,
): string | undefined {
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const grants = items.filter((g): g is ExpiringGrant => g.kind !== 'duration');
  const durations = items.filter((g): g is LapsingEligibility => g.kind === 'duration');
  const dated = durations.filter((g) => g.status !== 'unknown');
  const undated = durations.filter((g) => g.status === 'unknown');
  const parts = [
    ...(grants.length > 0 ? [grantWarning(grants, at)] : []),
    ...(dated.length > 0 ? [lapseWarning(dated, at, address)] : []),
    ...(undated.length > 0 ? [undatedWarning(undated)] : []),
  ];
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** The warning for expired and expiring grants. */
function grantWarning(grants: readonly ExpiringGrant[], at: string): string {
  const expired = grants.filter((g) => g.status === 'expired').length;
  const lines = grants.map((g) => formatExpiryLine(g));
  const n = grants.length;
  const state =
    expired === n
      ? n === 1
        ? 'has expired'
        : 'have expired'
      : expired === 0
        ? n === 1
          ? 'expires soon'
          : 'expire soon'
        : `expire soon or have expired (${expired} expired)`;
  const head = `Warning: ${n} time-bound grant${n === 1 ? '' : 's'} ${state} (now ${at}):`;
  return [head, ...lines, ...(expired > 0 ? [EXPIRED_FIX] : [])].join('\n');
}

/** The warning for eligibilities that last a duration and have lapsed or lapse soon. */
function lapseWarning(
  items: readonly LapsingEligibility[],
  at: string,
  address: ((e: DurationEligibility) => string) | undefined,
): string {
  const n = items.length;
  const lapsed = items.filter((g) => g.status === 'lapsed').length;
  const state =
    lapsed === n
      ? n === 1
        ? 'has lapsed'
        : 'have lapsed'
      : lapsed === 0
        ? n === 1
          ? 'lapses soon'
          : 'lapse soon'
        : `lapse soon or have lapsed (${lapsed} lapsed)`;
  const head = `Warning: ${n} ${n === 1 ? 'eligibility' : 'eligibilities'} that last${n === 1 ? 's' : ''} a duration ${state} (now ${at}):`;
  return [head, ...items.map((g) => formatExpiryLine(g, address)), DURATION_RENEWAL].join('\n');
}

/** One line for the eligibilities whose lapse date is unknown. */
function undatedWarning(items: readonly LapsingEligibility[]): string {
  const n = items.length;
  const durations = [...new Set(items.map((g) => g.duration))].sort(
    (a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)),
  );
  return (
    `Warning: ${n} ${n === 1 ? 'eligibility lasts' : 'eligibilities last'} ${durations.join(' or ')} from when ${n === 1 ? 'it was' : 'they were'} applied, ` +
    `and Terraform won't re-create ${n === 1 ? 'it' : 'them'} once lapsed; the dates are unknown here: set expiryWarning.definitionFile ` +
    '(its last commit is counted as the start) or expiryWarning.lastChange, or run task-access expiring --definition <file>.'
  );
}
