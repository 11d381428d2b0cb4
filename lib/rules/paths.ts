/**
 * Definition paths for findings, in the form validation problems use: elements by name
 * (`roles.ROLE_DEVELOPER.standing[0]`), list entries by their index in the definition.
 */
import { heldTaskName } from '../model/time-bounds';
import { memberKey } from '../model/workload-identity';
import type { RuleContext } from './context';

/** `roles.<ROLE>`. */
export const rolePath = (role: string): string => `roles.${role}`;
/** `tasks.<TASK>`. */
export const taskPath = (task: string): string => `tasks.${task}`;
/** `baselines.<BASE>`. */
export const baselinePath = (baseline: string): string => `baselines.${baseline}`;

/** Path of the entry declaring `task` in `role`'s own `standing` or `eligible` list (`roles.R.standing[i]`). */
export function heldPath(ctx: RuleContext, role: string, field: 'standing' | 'eligible', task: string): string {
  const i = (ctx.roleDefinitions.get(role)?.[field] ?? []).findIndex((h) => heldTaskName(h) === task);
  return i < 0 ? `${rolePath(role)}.${field}` : `${rolePath(role)}.${field}[${i}]`;
}

/** Path of a member of a role, by its key (object ID, UPN or `app:<name>`): `roles.R.members[i]`. */
export function memberPath(ctx: RuleContext, role: string, key: string): string {
  const members = ctx.roleDefinitions.get(role)?.members ?? [];
  const i = members.findIndex((m) => memberKey(m) === key);
  return i < 0 ? `${rolePath(role)}.members` : `${rolePath(role)}.members[${i}]`;
}

/** Path of a task's approver, by its index in the task definition: `tasks.T.jit.approvers[i]`. */
export function approverPath(task: string, index: number): string {
  return `${taskPath(task)}.jit.approvers[${index}]`;
}
