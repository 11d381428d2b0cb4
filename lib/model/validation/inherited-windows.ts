/**
 * Rule `time-bound`, across inheritance: a role must not reach one task through entries that end differently (one
 * permanent, one time-bound, or two different windows), whether the entries are its own and inherited or come
 * through two parents. Resolution keeps one entry per task (the role's own first, then the nearest parent, and
 * standing over eligible), so the other would be dropped silently: a role inheriting a task permanently that also
 * declares it until a date would lose the access on that date, and a time-bound standing entry would hide a
 * permanent eligibility. Within one role the same pair is already rejected (`duplicate`, `time-bound`); this applies
 * the same rule to what a role inherits.
 *
 * Reported once, on the role where the two entries meet: entries that both come through one parent are that
 * parent's problem (and reported there).
 */
import type { HeldTask, RoleDefinition } from '../definition';
import { inheritanceChains } from '../inheritance';
import { roleName } from '../names';
import { heldTaskBounds, heldTaskName, timeBoundProblem } from '../time-bounds';
import { rolePath, type ValidationContext } from './context';

/** One way a role reaches a task. */
interface Reach {
  readonly field: 'standing' | 'eligible';
  /** The role whose definition holds the entry, and the chain from the checked role to it. */
  readonly chain: readonly string[];
  /** Index of the entry in the declaring role's list. */
  readonly index: number;
  readonly from?: string;
  readonly until?: string;
}

const windowKey = (r: Reach): string => `${r.from ?? ''}|${r.until ?? ''}`;
/** The branch an entry comes through: the role's own entries, or the direct parent it is inherited from. */
const branch = (r: Reach): string => (r.chain.length === 1 ? '' : (r.chain[1] as string));

/** `permanently`, `until 2027-01-31`, `from 2027-01-01 until 2027-01-31`. */
function whenText(r: Reach): string {
  if (r.from === undefined && r.until === undefined) return 'permanently';
  return [r.from !== undefined ? `from ${r.from}` : '', r.until !== undefined ? `until ${r.until}` : '']
    .filter(Boolean)
    .join(' ');
}

function describe(r: Reach): string {
  const where = r.chain.length === 1 ? 'of its own' : `inherited via ${r.chain.join(' -> ')}`;
  return `${whenText(r)} (${r.field}, ${where})`;
}

function reaches(ctx: ValidationContext, r: RoleDefinition): Map<string, Reach[]> | undefined {
  const chains = inheritanceChains(roleName(r), ctx.roles);
  if (chains.size === 1) return undefined;
  const byTask = new Map<string, Reach[]>();
  for (const [from, chain] of chains) {
    const def = ctx.roles.get(from);
    for (const field of ['standing', 'eligible'] as const) {
      (def?.[field] ?? []).forEach((e: HeldTask, index) => {
        const b = heldTaskBounds(e);
        // Dates PIM can't read are reported by the format check; comparing them would only add noise.
        if ([b.from, b.until].some((v) => v !== undefined && timeBoundProblem(v) !== undefined)) return;
        const task = heldTaskName(e) as string;
        const list = byTask.get(task) ?? [];
        list.push({
          field,
          chain,
          index,
          ...(b.from !== undefined ? { from: b.from } : {}),
          ...(b.until !== undefined ? { until: b.until } : {}),
        });
        byTask.set(task, list);
      });
    }
  }
  return byTask;
}

/** Checks every role for a task it reaches through two entries that end differently, across inheritance. */
export function checkInheritedWindows(ctx: ValidationContext): void {
  for (const r of ctx.roles.values()) {
    const byTask = reaches(ctx, r);
    if (!byTask) continue;
    for (const [task, list] of [...byTask.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const conflict = firstConflict(list);
      if (!conflict) continue;
      const [a, b] = conflict;
      const own = [a, b].find((x) => x.chain.length === 1);
      const other = own === a ? b : a;
      const name = roleName(r);
      ctx.report(
        own ? `${rolePath(r)}.${own.field}[${own.index}]` : `${rolePath(r)}.inherits`,
        'time-bound',
        `${name} reaches ${task} through two entries that end differently: ${describe(a)} and ${describe(b)}; ` +
          'a role holds a task one way, so one of them would be dropped without a word',
        task,
        own
          ? `drop this entry (${name} already holds ${task} ${whenText(other)} through ${other.chain[1]}), ` +
              `or stop inheriting ${other.chain[1]} and declare ${task} here the way ${name} should hold it`
          : `declare ${task} in ${name} itself the way it should hold it and stop inheriting one of ${a.chain[1]}, ${b.chain[1]}, ` +
              `or make the two entries end the same way`,
      );
    }
  }
}

/** The first two entries with different windows from different branches, own entries first. */
function firstConflict(list: readonly Reach[]): [Reach, Reach] | undefined {
  const ordered = [...list].sort(
    (x, y) =>
      x.chain.length - y.chain.length ||
      (x.chain.join('>') < y.chain.join('>') ? -1 : x.chain.join('>') > y.chain.join('>') ? 1 : 0) ||
      (x.field < y.field ? 1 : x.field > y.field ? -1 : 0) ||
      x.index - y.index,
  );
  for (let i = 0; i < ordered.length; i++)
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i] as Reach;
      const b = ordered[j] as Reach;
      if (branch(a) !== branch(b) && windowKey(a) !== windowKey(b)) return [a, b];
    }
  return undefined;
}
