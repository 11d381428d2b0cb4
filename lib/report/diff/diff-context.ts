/**
 * What every part of the diff reads: the two sides (the one before already under the new names of renamed
 * elements), the maximum activation limit, and who a change affects.
 */
import type { AccessWindow } from '../../model/time-bounds';
import type { AccessChange } from './access-change';
import { baselineHoldings, holdersOf, principalTask, type ModelView } from './model-view';
import type { Renames } from './renames';

/** The input of every change finder. */
export interface DiffContext {
  /** The model before the change, with renamed elements under their new names. */
  readonly before: ModelView;
  /** The model after the change. */
  readonly after: ModelView;
  /** What was renamed (old name to new name). */
  readonly renames: Renames;
  /** Longest maximum activation accepted, ISO 8601 (the rule pack's `maximumActivation`). */
  readonly limit: string;
  /** The same in minutes. */
  readonly limitMinutes: number;
}

const windowKey = (w?: AccessWindow): string => `${w?.from ?? ''}..${w?.until ?? ''}`;

/** Members (keys) of roles on either side, sorted. */
export function membersOf(ctx: DiffContext, roles: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const view of [ctx.before, ctx.after])
    for (const r of roles) for (const m of view.roles.get(r)?.members ?? []) keys.add(m.key);
  return [...keys].sort();
}

/** The principals among `keys` whose effective access to `task` (mode or window) differs between the sides. */
export function principalsChangedOn(ctx: DiffContext, keys: readonly string[], task: string): string[] {
  return keys.filter((k) => {
    const b = principalTask(ctx.before, k, task);
    const a = principalTask(ctx.after, k, task);
    return b?.mode !== a?.mode || windowKey(b?.window) !== windowKey(a?.window);
  });
}

/** Members of the roles holding a task on a side (`eligible`: only those holding it just in time). */
export function principalsHolding(view: ModelView, task: string, mode?: 'eligible'): string[] {
  const roles = holdersOf(view, task)
    .filter((h) => mode === undefined || h.mode === mode)
    .map((h) => h.role);
  return membersOfView(view, roles);
}

/** Members of the roles reaching a baseline on a side. */
export function principalsReaching(view: ModelView, baseline: string): string[] {
  return membersOfView(
    view,
    baselineHoldings(view, baseline).map((h) => h.role),
  );
}

function membersOfView(view: ModelView, roles: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const r of roles) for (const m of view.roles.get(r)?.members ?? []) keys.add(m.key);
  return [...keys].sort();
}

/** Roles reaching a baseline on a side, sorted. */
export function rolesReaching(view: ModelView, baseline: string): string[] {
  return [...new Set(baselineHoldings(view, baseline).map((h) => h.role))].sort();
}

/** Roles holding a task on a side, sorted. */
export function rolesHolding(view: ModelView, task: string): string[] {
  return [...new Set(holdersOf(view, task).map((h) => h.role))].sort();
}

/** A change with its role and principal lists deduplicated and sorted. */
export function change(c: AccessChange): AccessChange {
  return { ...c, roles: [...new Set(c.roles)].sort(), principals: [...new Set(c.principals)].sort() };
}
