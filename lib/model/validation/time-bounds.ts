/**
 * Rule `time-bound`: `from`/`until` of time-bound members and role->task entries are ISO 8601 UTC dates PIM will
 * accept (a real date, start before end, at least five minutes), on principals PIM can assign (users, groups),
 * within the task's eligibility expiry, and never hidden by a standing entry of the same task.
 */
import type { HeldTask, RoleDefinition, TimeBounds } from '../definition';
import { roleName } from '../names';
import {
  boundInstant,
  expiryDays,
  heldTaskName,
  instantMs,
  MINIMUM_ASSIGNMENT_MINUTES,
  timeBoundProblem,
} from '../time-bounds';
import { rolePath, type ValidationContext } from './context';

const FORMAT_FIX =
  'write a date such as "2026-12-31" (through the end of that day, UTC) or a UTC date-time such as "2026-12-31T18:00:00Z"';

/** Checks the format and order of one `from`/`until` pair at `path`; true when both are usable. */
function checkBounds(ctx: ValidationContext, path: string, b: TimeBounds): boolean {
  let ok = true;
  for (const side of ['from', 'until'] as const) {
    const v = b[side];
    if (v === undefined) continue;
    const why = timeBoundProblem(v);
    if (why) {
      ok = false;
      ctx.report(`${path}.${side}`, 'time-bound', `${side} ${why}`, v, FORMAT_FIX);
    }
  }
  if (!ok || b.from === undefined || b.until === undefined) return ok;
  const from = boundInstant(b.from, 'start') as string;
  const until = boundInstant(b.until, 'end') as string;
  if (instantMs(until) - instantMs(from) < MINIMUM_ASSIGNMENT_MINUTES * 60_000) {
    const before = until <= from;
    ctx.report(
      `${path}.until`,
      'time-bound',
      before
        ? `until (${until}) is not after from (${from})`
        : `the window from ${from} to ${until} is shorter than the ${MINIMUM_ASSIGNMENT_MINUTES} minutes PIM accepts`,
      { from: b.from, until: b.until },
      before
        ? 'swap the two dates, or fix the one that is wrong'
        : `make the window at least ${MINIMUM_ASSIGNMENT_MINUTES} minutes long`,
    );
    return false;
  }
  return true;
}

const entryPath = (r: RoleDefinition, field: 'standing' | 'eligible', i: number): string =>
  `${rolePath(r)}.${field}[${i}]`;
const isTimeBound = (e: HeldTask): e is Exclude<HeldTask, string> =>
  typeof e !== 'string' && (e.from !== undefined || e.until !== undefined);

/** Checks every time-bound member and role->task entry. */
export function checkTimeBounds(ctx: ValidationContext): void {
  for (const r of ctx.definition.roles) {
    const name = roleName(r);
    (r.members ?? []).forEach((m, i) => {
      if (m.from === undefined && m.until === undefined) return;
      const path = `${rolePath(r)}.members[${i}]`;
      if (m.kind !== 'user' && m.kind !== 'group') {
        const task = (r.standing ?? []).map(heldTaskName)[0] ?? 'TASK_<ENV>_<NAME>';
        ctx.report(
          path,
          'time-bound',
          `a ${m.kind} can't be a time-bound member: PIM for Groups assigns users and groups only`,
          { from: m.from, until: m.until },
          `remove from/until here and make ${name}'s task time-bound instead, e.g. standing: [{ task: '${task}', until: '${m.until ?? m.from}' }]`,
        );
        return;
      }
      checkBounds(ctx, path, m);
    });
    for (const field of ['standing', 'eligible'] as const) {
      (r[field] ?? []).forEach((e, i) => {
        if (isTimeBound(e)) checkBounds(ctx, entryPath(r, field, i), e);
      });
    }
    checkEligibleExpiry(ctx, r);
    checkHiddenEligibility(ctx, r);
  }
}

/** An eligibility with an end date on a task whose policy limits eligibility must fit the limit from a known start. */
function checkEligibleExpiry(ctx: ValidationContext, r: RoleDefinition): void {
  (r.eligible ?? []).forEach((e, i) => {
    if (
      !isTimeBound(e) ||
      e.until === undefined ||
      timeBoundProblem(e.until) ||
      (e.from !== undefined && timeBoundProblem(e.from))
    )
      return;
    const expiry = ctx.tasks.get(e.task)?.jit?.eligibilityExpiry;
    const days = expiry ? expiryDays(expiry) : undefined;
    if (days === undefined) return;
    const path = `${entryPath(r, 'eligible', i)}.until`;
    if (e.from === undefined) {
      ctx.report(
        path,
        'time-bound',
        `${e.task}'s policy limits eligibility to ${expiry}, and without from the span to ${e.until} depends on when it is applied`,
        e.until,
        `add from (the start date) so the span can be checked against ${expiry}, or drop until: the eligibility then lasts ${expiry} from when it is applied`,
      );
      return;
    }
    const span = instantMs(boundInstant(e.until, 'end') as string) - instantMs(boundInstant(e.from, 'start') as string);
    if (span > days * 86_400_000) {
      ctx.report(
        path,
        'time-bound',
        `the eligibility from ${e.from} to ${e.until} is longer than ${e.task}'s policy allows (${expiry}); PIM would reject it`,
        { from: e.from, until: e.until },
        `end it within ${days} days of from, or raise jit.eligibilityExpiry of ${e.task}`,
      );
    }
  });
}

/** A task both time-bound standing and eligible: standing wins, so the eligibility would never exist. */
function checkHiddenEligibility(ctx: ValidationContext, r: RoleDefinition): void {
  const standing = new Map((r.standing ?? []).filter(isTimeBound).map((e) => [e.task as string, e]));
  (r.eligible ?? []).forEach((e, i) => {
    const s = standing.get(heldTaskName(e));
    if (!s) return;
    ctx.report(
      entryPath(r, 'eligible', i),
      'time-bound',
      `${s.task} is also standing${s.until ? ` until ${s.until}` : ` from ${s.from}`}; a task both standing and eligible counts as standing, so the eligibility is never created and nothing remains when the standing access lapses`,
      heldTaskName(e),
      `keep one of the two entries for ${s.task}`,
    );
  });
}
