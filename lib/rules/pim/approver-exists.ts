/**
 * Rule `approver-exists`: every person who can request a task that needs approval has someone else to approve
 * it. PIM never lets a requester approve their own request, so an approver role without members, or one whose
 * only member is the requester, locks the task.
 */
import { approverLabel } from '../../model/approvers';
import { approverPrincipals, declaredApprovers, requestingRoles } from '../support/approvers';
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** Someone other than the requester can approve every activation of a task that requires approval. */
export const approverExists: Rule = {
  id: 'approver-exists',
  level: 'error',
  suppressible: true,
  summary: 'every requester of a task that needs approval has an approver other than themselves',
  source: 'the task-based access model: "the requested cannot approve their own requests"',
  check(ctx) {
    const tasks = ctx.model.tasks.filter((t) => t.jit?.requireApproval);
    if (tasks.length === 0) return notApplicable('no task requires approval');
    const out: Violation[] = [];
    for (const t of tasks) {
      const approvers = declaredApprovers(ctx, t.name);
      const who = approverPrincipals(ctx, approvers);
      if (who.hasGroup) continue;
      const stuck: string[] = [];
      for (const role of requestingRoles(ctx, t)) {
        for (const m of role.members) {
          const others = [...who.keys].filter((k) => k !== m.key.toLowerCase());
          if (others.length === 0) stuck.push(`${m.label} in ${role.name}`);
        }
      }
      if (stuck.length === 0) continue;
      const names = approvers.map(approverLabel).join(', ');
      out.push({
        path: `${taskPath(t.name)}.jit.approvers`,
        message:
          who.keys.size === 0
            ? `nobody can approve activations of ${t.name}: its approvers (${names}) have no members, so ${stuck.join(', ')} can never activate it`
            : `nobody but the requester can approve activations of ${t.name} by ${stuck.join(', ')} (approvers: ${names}), and PIM does not let a requester approve their own request`,
        value: approvers.map(approverLabel),
        fix: `add an approver outside the requesting role to ${t.name} (e.g. a manager group: { kind: 'group', objectId: '<group object ID>' }), or add members to the approver role`,
      });
    }
    return out;
  },
};
