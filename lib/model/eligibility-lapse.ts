/**
 * Eligibilities that last a duration. An eligible role -> task entry without `until`, on a task whose policy sets
 * `jit.eligibilityExpiry` (`P15D`..`P365D`), is synthesized with `duration` (eligibility-schedule.ts,
 * immutable-schedule.ts `scheduleTiming`), as is the role's eligibility for each role-assignable baseline the task
 * reaches. PIM ends such an eligibility that long after it starts (the `afterDuration` expiration pattern,
 * https://learn.microsoft.com/graph/api/resources/expirationpattern; expired assignments stay visible for 30 days,
 * https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-renew-extend), and
 * Terraform never notices: azuread 3.7.0 reads the schedule, and when it is gone fills the state from the latest
 * schedule request of that schedule ("Schedule requests are never deleted"), marking the resource gone only when
 * neither is found (internal/services/identitygovernance/privileged_access_group_eligiblity_schedule_resource.go,
 * Read, at v3.7.0). The request holds the configured `duration`, so the plan stays empty and no apply re-creates
 * the eligibility.
 *
 * Offline its start is known only when the entry has `from`; otherwise the best known start is the definition's
 * last change (the last commit of the definition file), and the lapse date counted from it is an estimate.
 * Pure functions; the clock and the last change are arguments.
 */
import { boundInstant, expiryDays, instantMs, type AccessWindow } from './time-bounds';
import type { ResolvedModel, ResolvedTask } from './resolved';
import { roleAssignableEligibilities } from './role-assignable';

/** An eligibility synthesized with a `duration` instead of an end date: it lapses that long after it starts. */
export interface DurationEligibility {
  /** Discriminant: the eligibility lasts a duration. */
  readonly kind: 'duration';
  /** The role (group) that is eligible. */
  readonly role: string;
  /** The group the role is eligible for: the task, or a role-assignable baseline the task reaches. */
  readonly group: string;
  /** The task whose `jit.eligibilityExpiry` sets the duration: `group` itself, unless `group` is a baseline. */
  readonly task: string;
  /** The role whose definition declares the eligible entry (differs from `role` for an inherited task). */
  readonly declaredIn: string;
  /** How long it lasts from its start, ISO 8601: the task's `jit.eligibilityExpiry`, e.g. `P365D`. */
  readonly duration: string;
  /** Its start (RFC 3339 UTC), when the entry has `from`: the lapse date is then exact. */
  readonly from?: string;
}

/** The start a duration is counted from when the entry has no `from`: the definition's last change. */
export interface LapseStart {
  /** When the definition last changed: an ISO 8601 date, or a date-time in UTC or with an offset (git's `%cI`). */
  readonly date: string;
  /** The commit of that change, when it comes from git. */
  readonly commit?: string;
}

/** A {@link DurationEligibility} with the date it lapses, as far as it is known offline. */
export interface EligibilityLapse extends DurationEligibility {
  /**
   * What `until` is counted from: `from` (the entry's start: exact), `last-change` (the definition's last
   * change: an estimate, since the eligibility may have been applied later, or created by an earlier change and
   * left alone since), or `unknown` (no start known: `until` is absent).
   */
  readonly countedFrom: 'from' | 'last-change' | 'unknown';
  /** The definition's last change the duration is counted from (its date in RFC 3339 UTC), for `last-change`. */
  readonly lastChange?: LapseStart;
  /** When it lapses, RFC 3339 UTC: its start plus its duration. Absent when the start is unknown. */
  readonly until?: string;
}

const DAY_MS = 86_400_000;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 UTC instant without fractions, from milliseconds. */
const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The RFC 3339 UTC instant of a last-change date: a date (its start), a UTC date-time, or a date-time with an
 * offset such as git's `2026-03-02T10:15:00+01:00`; undefined for anything else.
 */
export function lapseStartInstant(date: string): string | undefined {
  const plain = boundInstant(date, 'start');
  if (plain !== undefined) return plain;
  if (!OFFSET_DATE_TIME.test(date)) return undefined;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? undefined : rfc3339(ms);
}

/** A last change with its date as an RFC 3339 UTC instant; undefined when the date is not one {@link lapseStartInstant} reads. */
export function normalizeLapseStart(start: LapseStart): LapseStart | undefined {
  const date = lapseStartInstant(start.date);
  return date === undefined ? undefined : { date, ...(start.commit !== undefined ? { commit: start.commit } : {}) };
}

/** The eligibility of `role` for `group` under `task`'s policy, when it is synthesized with a duration. */
function durationOf(
  role: string,
  group: string,
  task: ResolvedTask,
  declaredIn: string,
  window: AccessWindow | undefined,
): DurationEligibility | undefined {
  const duration = task.jit?.eligibilityExpiry;
  if (duration === undefined || duration === 'never' || window?.until !== undefined) return undefined;
  return {
    kind: 'duration',
    role,
    group,
    task: task.name,
    declaredIn,
    duration,
    ...(window?.from !== undefined ? { from: window.from } : {}),
  };
}

/**
 * Every eligibility the model synthesizes with a duration, sorted by role, then group: one per eligible entry
 * without `until` on a task with an `eligibilityExpiry`, and one per role-assignable baseline such a task reaches
 * (one eligibility per role and baseline, under the first of the role's eligible tasks reaching it, as
 * role-access.ts builds it; permanent or time-bound when any of those entries is).
 */
export function durationEligibilities(model: ResolvedModel): DurationEligibility[] {
  const tasks = new Map(model.tasks.map((t) => [t.name, t]));
  const out: DurationEligibility[] = [];
  const ra = roleAssignableEligibilities(model);
  for (const r of model.roles) {
    for (const a of r.eligible) {
      const task = tasks.get(a.task);
      if (!task?.jit) continue;
      const own = durationOf(r.name, a.task, task, a.via[a.via.length - 1] ?? r.name, a.window);
      if (own) out.push(own);
    }
    for (const e of ra.get(r.name) ?? []) {
      const task = tasks.get(e.access.task) as ResolvedTask;
      const declaredIn = e.access.via[e.access.via.length - 1] ?? r.name;
      const d = durationOf(r.name, e.baseline, task, declaredIn, e.window);
      if (d) out.push(d);
    }
  }
  return out.sort((a, b) => cmp(a.role, b.role) || cmp(a.group, b.group));
}

/**
 * When each duration eligibility lapses: exact from its `from`, else counted from `lastChange` (the
 * definition's last change), else unknown. Sorted as {@link durationEligibilities}.
 */
export function eligibilityLapses(model: ResolvedModel, lastChange?: LapseStart): EligibilityLapse[] {
  const start = lastChange !== undefined ? normalizeLapseStart(lastChange) : undefined;
  return durationEligibilities(model).map((e) => {
    const days = expiryDays(e.duration) as number;
    if (e.from !== undefined) return { ...e, countedFrom: 'from', until: rfc3339(instantMs(e.from) + days * DAY_MS) };
    if (start !== undefined)
      return {
        ...e,
        countedFrom: 'last-change',
        lastChange: start,
        until: rfc3339(instantMs(start.date) + days * DAY_MS),
      };
    return { ...e, countedFrom: 'unknown' };
  });
}
