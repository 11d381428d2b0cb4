/**
 * Expiring access: the time-bound grants of a resolved model that end within a window of a given `now`, or have
 * already ended. Pure functions; the clock is always an argument, never read here.
 * An expired grant should be dropped from the definition: PIM removed the access on its own, and a schedule
 * whose end date is past can't be created again (the next apply would fail).
 */
import { durationMinutes } from './duration';
import type { ResolvedModel } from './resolved';
import { instantMs } from './time-bounds';

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

/** Options of {@link expiringGrants}. */
export interface ExpiryOptions {
  /** The current time. Pass it explicitly (tests use a fixed clock). */
  readonly now: Date;
  /** How far ahead to look, in milliseconds. @default 14 days */
  readonly withinMs?: number;
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

/** The grants that have expired at `now`, or expire within the window after it; sorted as {@link timeBoundGrants}. */
export function expiringGrants(model: ResolvedModel, options: ExpiryOptions): ExpiringGrant[] {
  const now = options.now.getTime();
  const horizon = now + (options.withinMs ?? DEFAULT_EXPIRY_WINDOW_MS);
  return timeBoundGrants(model)
    .filter((g) => instantMs(g.until) <= horizon)
    .map((g) => {
      const left = instantMs(g.until) - now;
      return { ...g, status: left <= 0 ? 'expired' : 'expiring', daysLeft: Math.floor(left / DAY_MS) };
    });
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

/** One line describing a grant: `ROLE_X standing TASK_Y`, or `ROLE_X member alice (…)`. */
export function describeTimeBoundGrant(g: TimeBoundGrant): string {
  const what =
    g.kind === 'task'
      ? `${g.role} ${g.mode} ${g.task}`
      : `${g.role} member ${g.memberLabel}${g.memberLabel !== g.member ? ` (${g.member})` : ''}`;
  const declared = g.declaredIn !== g.role ? ` (inherited from ${g.declaredIn})` : '';
  return `${what}${declared}`;
}

/** How long until (or since) the end, in words: `expires in 3 days`, `expires today`, `expired 2 days ago`. */
export function describeDaysLeft(g: ExpiringGrant): string {
  if (g.status === 'expired')
    return g.daysLeft >= -1 ? 'expired today' : `expired ${-g.daysLeft - 1} day${-g.daysLeft - 1 === 1 ? '' : 's'} ago`;
  return g.daysLeft === 0 ? 'expires today' : `expires in ${g.daysLeft} day${g.daysLeft === 1 ? '' : 's'}`;
}

/**
 * The synthesis warning for expired and expiring grants, or undefined when there are none. Expired ones come
 * with the fix: drop them from the definition.
 */
export function formatExpiryWarning(grants: readonly ExpiringGrant[], now: Date): string | undefined {
  if (grants.length === 0) return undefined;
  const expired = grants.filter((g) => g.status === 'expired').length;
  const lines = grants.map(
    (g) =>
      `  ${g.status === 'expired' ? 'EXPIRED ' : 'expiring'}  ${g.until}  ${describeTimeBoundGrant(g)}: ${describeDaysLeft(g)}`,
  );
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
  const head = `Warning: ${n} time-bound grant${n === 1 ? '' : 's'} ${state} (now ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}):`;
  const fix =
    expired > 0
      ? [
          'Remove the expired entries from the definition: PIM has already removed the access, and a schedule ending in the past would fail the next apply.',
        ]
      : [];
  return [head, ...lines, ...fix].join('\n');
}
