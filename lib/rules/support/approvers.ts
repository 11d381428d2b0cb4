/** Who can approve a task's activation, and who requests it: shared by the approver rules. */
import type { Approver } from '../../model/definition';
import type { ResolvedRole, ResolvedTask } from '../../model/resolved';
import type { RuleContext } from '../context';

/** The people behind a task's approvers. */
export interface ApproverPrincipals {
  /** Keys (object ID or UPN, lower case) of the users who approve: role approvers' members and user approvers. */
  readonly keys: ReadonlySet<string>;
  /** True when an Entra group approves: its members are unknown offline, so assumed to include someone else. */
  readonly hasGroup: boolean;
}

/**
 * The approvers of a task as its resolved policy has them: the task's own, or the organisation's exception
 * approvers for a high-privilege task (definition `exceptions`).
 */
export function declaredApprovers(ctx: RuleContext, task: string): readonly Approver[] {
  return ctx.tasks.get(task)?.jit?.approvers ?? [];
}

/** The people behind approvers. */
export function approverPrincipals(ctx: RuleContext, approvers: readonly Approver[]): ApproverPrincipals {
  const keys = new Set<string>();
  let hasGroup = false;
  for (const a of approvers) {
    if (a.kind === 'role') for (const m of ctx.roles.get(a.role)?.members ?? []) keys.add(m.key.toLowerCase());
    else if (a.kind === 'user') keys.add(a.objectId.toLowerCase());
    else hasGroup = true;
  }
  return { keys, hasGroup };
}

/** Roles by eligible task, built once per model: scanning every role for every task was quadratic. */
const requestersByModel = new WeakMap<object, ReadonlyMap<string, readonly ResolvedRole[]>>();

/** The roles that can request a task: those holding it eligible (own or inherited), sorted by name. */
export function requestingRoles(ctx: RuleContext, task: ResolvedTask): readonly ResolvedRole[] {
  let index = requestersByModel.get(ctx.model);
  if (!index) {
    const byTask = new Map<string, ResolvedRole[]>();
    for (const r of ctx.model.roles) {
      for (const e of r.eligible) {
        const list = byTask.get(e.task);
        if (list) list.push(r);
        else byTask.set(e.task, [r]);
      }
    }
    index = byTask;
    requestersByModel.set(ctx.model, index);
  }
  return index.get(task.name) ?? [];
}
