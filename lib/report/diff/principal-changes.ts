/**
 * The diff per principal: for each person, group or workload a change affects, its effective tasks before and
 * after (the union over its roles, so a task kept through another role is no change) and the changes that affect it.
 */
import type { ResolvedPrincipal } from '../../model/resolved';
import { describeMode } from '../describe';
import type { AccessChange, PrincipalDiff, PrincipalTaskChange } from './access-change';
import { windowSuffix } from './change-text';
import type { DiffContext } from './diff-context';
import type { ModelView } from './model-view';
import { compareRisk, highest } from './risk';

function taskStates(view: ModelView, key: string): Map<string, string> {
  const p: ResolvedPrincipal | undefined = view.principals.get(key);
  return new Map((p?.tasks ?? []).map((t) => [t.task, `${describeMode(t.mode)}${windowSuffix(t.window)}`]));
}

function identity(ctx: DiffContext, key: string): { label: string; kind: string } {
  const p = ctx.after.principals.get(key) ?? ctx.before.principals.get(key);
  if (p) return { label: p.member.label, kind: p.member.kind };
  const lower = key.toLowerCase();
  const account = [...ctx.after.model.breakGlass, ...ctx.before.model.breakGlass].find(
    (a) => a.objectId.toLowerCase() === lower,
  );
  if (account) return { label: account.displayName ?? key, kind: 'break-glass' };
  const owners = [ctx.after.model.groupOwners, ctx.before.model.groupOwners];
  const owner = owners.some(
    (o) => o?.additional.includes(lower) || o?.deployingIdentityObjectId?.toLowerCase() === lower,
  );
  return { label: key, kind: owner ? 'group-owner' : 'unknown' };
}

/** The principals the changes affect, highest risk first, then by label and key. */
export function principalChanges(ctx: DiffContext, changes: readonly AccessChange[]): PrincipalDiff[] {
  const byKey = new Map<string, number[]>();
  changes.forEach((c, i) => {
    for (const k of c.principals) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const out: PrincipalDiff[] = [];
  for (const [key, indexes] of byKey) {
    const before = taskStates(ctx.before, key);
    const after = taskStates(ctx.after, key);
    const tasks: PrincipalTaskChange[] = [...new Set([...before.keys(), ...after.keys()])]
      .sort()
      .filter((t) => before.get(t) !== after.get(t))
      .map((t) => ({
        task: t,
        ...(before.has(t) ? { before: before.get(t) as string } : {}),
        ...(after.has(t) ? { after: after.get(t) as string } : {}),
      }));
    const { risk } = highest(...indexes.map((i) => ({ risk: changes[i].risk, reason: '' })));
    out.push({ key, ...identity(ctx, key), risk, tasks, changes: indexes });
  }
  return out.sort(
    (a, b) =>
      compareRisk(a.risk, b.risk) ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
