/**
 * Rule `high-privilege-approval`: a high-privilege (exception) task is just in time and approved only by the
 * designated senior approvers: `rules.seniorApprovers`, else the definition's `exceptions.approvers` (which
 * resolution makes the task's only approvers).
 */
import { approverKey, approverLabel } from '../../model/approvers';
import { designatedApprovers } from '../support/designations';
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** High-privilege tasks are approved only by the designated senior group(s). */
export const highPrivilegeApproval: Rule = {
  id: 'high-privilege-approval',
  level: 'error',
  suppressible: true,
  summary: 'a high-privilege task is just in time and approved only by the designated senior approvers',
  source: 'the task-based access model: "only senior members of the team can approve"',
  check(ctx) {
    const tasks = ctx.model.tasks.filter((t) => t.highPrivilege);
    if (tasks.length === 0) return notApplicable('no task is highPrivilege');
    const senior = designatedApprovers(ctx);
    const out: Violation[] = [];
    for (const t of tasks) {
      const path = `${taskPath(t.name)}.jit.approvers`;
      if (!t.jit) {
        out.push({
          path: taskPath(t.name),
          message: `high-privilege ${t.name} has no just-in-time policy`,
          fix: `add jit: { maximumActivation: 'PT4H', requireTicket: true } to ${t.name} and hold it eligible only`,
        });
        continue;
      }
      const approvers = t.jit.approvers;
      if (!senior) {
        out.push({
          path,
          message: `high-privilege ${t.name} needs senior approval, but no senior approver is designated`,
          value: approvers.map(approverLabel),
          fix: "designate them in the definition, exceptions: { approvers: [{ kind: 'role', role: 'ROLE_<SENIOR>' }], notify: ['security@<domain>'] }, or in the rule options, rules: { seniorApprovers: ['ROLE_<SENIOR>'] }",
        });
        continue;
      }
      if (approvers.length === 0) {
        out.push({
          path,
          message: `high-privilege ${t.name} is activated without approval`,
          value: [],
          fix: `set jit.approvers of ${t.name} to the senior approvers (${senior.labels.join(', ')})`,
        });
        continue;
      }
      const others = approvers.filter((a) => !senior.keys.has(approverKey(a)));
      if (others.length > 0) {
        out.push({
          path,
          message: `high-privilege ${t.name} is approved by ${others.map(approverLabel).join(', ')}, who ${others.length === 1 ? 'is' : 'are'} not designated senior approvers (${senior.from}: ${senior.labels.join(', ')})`,
          value: others.map(approverLabel),
          fix: `approve ${t.name} only by ${senior.labels.join(', ')}, or add the approver to ${senior.from}`,
        });
      }
    }
    return out;
  },
};
