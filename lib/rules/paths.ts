/**
 * Definition paths for findings, in the form validation problems use: elements by name
 * (`roles.ROLE_DEVELOPER.standing[0]`), list entries by their index in the definition. The indexes come from the
 * model's `paths` (resolution keeps them); a model without them (read back from access-model.json) gets the path
 * of the list instead.
 */
import type { RuleContext } from './context';

/** `roles.<ROLE>`. */
export const rolePath = (role: string): string => `roles.${role}`;
/** `tasks.<TASK>`. */
export const taskPath = (task: string): string => `tasks.${task}`;
/** `baselines.<BASE>`. */
export const baselinePath = (baseline: string): string => `baselines.${baseline}`;

/** Path of the entry declaring `task` in `role`'s own `standing` or `eligible` list (`roles.R.standing[i]`). */
export function heldPath(ctx: RuleContext, role: string, field: 'standing' | 'eligible', task: string): string {
  return ctx.model.paths?.roles[role]?.[field][task] ?? `${rolePath(role)}.${field}`;
}

/** Path of a member of a role, by its key (object ID, UPN or `app:<name>`): `roles.R.members[i]`. */
export function memberPath(ctx: RuleContext, role: string, key: string): string {
  return ctx.model.paths?.roles[role]?.members[key] ?? `${rolePath(role)}.members`;
}
