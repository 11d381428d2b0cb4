/**
 * Rule `approver-independent`: the approvers of a task are not only members of a role that requests it. If they
 * are, the role approves itself (peers wave each other through) and nobody outside it oversees the activation.
 */
import type { Approver } from '../../model/definition';
import type { ResolvedRole } from '../../model/resolved';
import type { RuleContext } from '../context';
import { approverLabel } from '../../model/approvers';
import { declaredApprovers, requestingRoles } from '../support/approvers';
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

function insideRole(ctx: RuleContext, a: Approver, role: ResolvedRole): boolean {
  const keys = new Set(role.members.map((m) => m.key.toLowerCase()));
  if (a.kind === 'role') {
    if (a.role === role.name) return true;
    const members = ctx.roles.get(a.role)?.members ?? [];
    return members.length > 0 && members.every((m) => keys.has(m.key.toLowerCase()));
  }
  return a.kind === 'user' && keys.has(a.objectId.toLowerCase());
}

/** Approvers are not only the requesting role's own members (a role approver equal to the only eligible role is a finding). */
export const approverIndependent: Rule = {
  id: 'approver-independent',
  level: 'warning',
  suppressible: true,
  summary: "a task's approvers are not only members of a role that requests it",
  source: 'the task-based access model: "peer or manager approval, ensuring oversight"',
  check(ctx) {
    const tasks = ctx.model.tasks.filter((t) => t.jit?.requireApproval);
    if (tasks.length === 0) return notApplicable('no task requires approval');
    const out: Violation[] = [];
    for (const t of tasks) {
      const approvers = declaredApprovers(ctx, t.name);
      for (const role of requestingRoles(ctx, t)) {
        if (role.members.length === 0 || !approvers.every((a) => insideRole(ctx, a, role))) continue;
        out.push({
          path: `${taskPath(t.name)}.jit.approvers`,
          message: `every approver of ${t.name} (${approvers.map(approverLabel).join(', ')}) is a member of ${role.name}, which requests it: the role approves its own activations`,
          value: approvers.map(approverLabel),
          fix: `add an approver outside ${role.name} to ${t.name} (a manager or senior group), or approve by another role`,
        });
      }
    }
    return out;
  },
};
