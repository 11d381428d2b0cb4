/**
 * How roles hold tasks: a task gained or lost, just-in-time to standing and back, and the window of time-bound
 * holdings. Compared on the flattened roles (inheritance resolved); a change a role only inherits is folded into
 * the change of the role declaring it, so one edit gives one change that lists every role it reaches.
 */
import { describeMode } from '../describe';
import type { AccessChange, AccessChangeKind } from './access-change';
import { holdingText, listText } from './change-text';
import { change, membersOf, principalsChangedOn, type DiffContext } from './diff-context';
import type { Holding } from './model-view';
import { highest, reductionRisk, taskGainRisk, type RiskAssessment } from './risk';
import { windowChanges } from './window-changes';

interface RawHolding {
  readonly role: string;
  readonly task: string;
  readonly kind: AccessChangeKind;
  readonly before?: string;
  readonly after?: string;
  /** The role declaring the holding the change is about (the end of its inheritance chain). */
  readonly declaring: string;
  readonly assessment: RiskAssessment;
}

const declaring = (h: Holding): string => h.via[h.via.length - 1] ?? h.role;

function rawChanges(ctx: DiffContext, role: string): RawHolding[] {
  const before = ctx.before.holdings.get(role) ?? new Map<string, Holding>();
  const after = ctx.after.holdings.get(role) ?? new Map<string, Holding>();
  const out: RawHolding[] = [];
  for (const task of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(task);
    const a = after.get(task);
    if (!b && a) {
      out.push({
        role,
        task,
        kind: 'task-gained',
        after: holdingText(ctx.after, task, a.mode, a.window),
        declaring: declaring(a),
        assessment: taskGainRisk(ctx.after, task, a.mode),
      });
    } else if (b && !a) {
      out.push({
        role,
        task,
        kind: 'task-lost',
        before: holdingText(ctx.before, task, b.mode, b.window),
        declaring: declaring(b),
        assessment: reductionRisk('access removed'),
      });
    } else if (b && a && b.mode !== a.mode) {
      const toStanding = a.mode === 'standing';
      const gain = taskGainRisk(ctx.after, task, 'standing');
      out.push({
        role,
        task,
        kind: toStanding ? 'eligible-to-standing' : 'standing-to-eligible',
        before: holdingText(ctx.before, task, b.mode, b.window),
        after: holdingText(ctx.after, task, a.mode, a.window),
        declaring: declaring(a),
        assessment: !toStanding
          ? reductionRisk('just in time instead of standing: activation under a policy')
          : gain.risk === 'high'
            ? gain
            : { risk: 'medium', reason: 'standing instead of just in time: no activation, approval or time limit' },
      });
    } else if (b && a) {
      for (const w of windowChanges(b.window, a.window)) {
        const widened: RiskAssessment =
          w.kind === 'expiry-removed'
            ? highest({ risk: 'medium', reason: 'access no longer expires' }, taskGainRisk(ctx.after, task, a.mode))
            : { risk: 'medium', reason: w.kind === 'start-earlier' ? 'access starts earlier' : 'access lasts longer' };
        out.push({
          role,
          task,
          kind: w.kind,
          before: w.before,
          after: w.after,
          declaring: declaring(a),
          assessment: w.widens ? widened : reductionRisk('access ends sooner or starts later'),
        });
      }
    }
  }
  return out;
}

function summary(kind: AccessChangeKind, roles: readonly string[], task: string, r: RawHolding): string {
  const who = roles.length === 1 ? roles[0] : `${roles[0]} (and ${listText(roles.slice(1))}, inheriting it)`;
  switch (kind) {
    case 'task-gained':
      return `${who} gains ${task} ${r.after?.startsWith('standing') ? 'standing' : 'just in time'}`;
    case 'task-lost':
      return `${who} loses ${task} (was ${describeMode(r.before?.startsWith('standing') ? 'standing' : 'eligible')})`;
    case 'eligible-to-standing':
      return `${who} holds ${task} standing instead of just in time`;
    case 'standing-to-eligible':
      return `${who} holds ${task} just in time instead of standing`;
    case 'expiry-removed':
      return `${who}: access to ${task} no longer expires (was until ${r.before})`;
    case 'expiry-extended':
      return `${who}: access to ${task} expires later (${r.before} to ${r.after})`;
    case 'expiry-added':
      return `${who}: access to ${task} now expires (until ${r.after})`;
    case 'expiry-shortened':
      return `${who}: access to ${task} expires sooner (${r.before} to ${r.after})`;
    case 'start-earlier':
      return `${who}: access to ${task} starts earlier (${r.before} to ${r.after})`;
    default:
      return `${who}: access to ${task} starts later (${r.before} to ${r.after})`;
  }
}

/** Changes in how roles present on both sides hold their tasks. */
export function holdingChanges(ctx: DiffContext): AccessChange[] {
  const roles = [...ctx.after.roles.keys()].filter((r) => ctx.before.roles.has(r)).sort();
  const raw = roles.flatMap((r) => rawChanges(ctx, r));
  const key = (r: RawHolding) => JSON.stringify([r.kind, r.task, r.before ?? null, r.after ?? null]);
  const roots = new Map<string, RawHolding>();
  for (const r of raw) if (r.declaring === r.role) roots.set(`${r.role}|${key(r)}`, r);
  const folded = new Map<RawHolding, string[]>();
  const alone: RawHolding[] = [];
  for (const r of raw) {
    const root = r.declaring !== r.role ? roots.get(`${r.declaring}|${key(r)}`) : undefined;
    if (root) folded.set(root, [...(folded.get(root) ?? []), r.role]);
    else alone.push(r);
  }
  return alone.map((r) => {
    const all = [r.role, ...(folded.get(r) ?? [])];
    return change({
      kind: r.kind,
      risk: r.assessment.risk,
      subjectType: 'role',
      subject: r.role,
      task: r.task,
      ...(r.before !== undefined ? { before: r.before } : {}),
      ...(r.after !== undefined ? { after: r.after } : {}),
      summary: summary(r.kind, all, r.task, r),
      reason: r.assessment.reason,
      roles: all,
      principals: principalsChangedOn(ctx, membersOf(ctx, all), r.task),
    });
  });
}
