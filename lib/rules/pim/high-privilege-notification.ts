/**
 * Rule `high-privilege-notification`: every activation of a high-privilege (exception) task notifies the
 * security team: `rules.securityNotifications`, else the definition's `exceptions.notify` (which resolution adds to
 * the task's notifications).
 */
import { designatedNotifications } from '../support/designations';
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** High-privilege tasks notify the security team on every activation. */
export const highPrivilegeNotification: Rule = {
  id: 'high-privilege-notification',
  level: 'error',
  suppressible: true,
  summary: 'every activation of a high-privilege task notifies the security team',
  source: 'the task-based access model: "All activations should trigger alerts so that security teams are aware"',
  check(ctx) {
    const tasks = ctx.model.tasks.filter((t) => t.highPrivilege);
    if (tasks.length === 0) return notApplicable('no task is highPrivilege');
    const team = designatedNotifications(ctx);
    const out: Violation[] = [];
    for (const t of tasks) {
      const notified = t.jit?.notifyOnActivation ?? [];
      const path = `${taskPath(t.name)}.jit.notifyOnActivation`;
      if (!team) {
        out.push({
          path,
          message: `high-privilege ${t.name} must alert the security team on activation, but no security team address is designated`,
          value: notified,
          fix: "designate it in the definition, exceptions: { approvers: [...], notify: ['security@<domain>'] }, or in the rule options, rules: { securityNotifications: ['security@<domain>'] }",
        });
        continue;
      }
      const have = new Set(notified.map((a) => a.toLowerCase()));
      const missing = team.addresses.filter((a) => !have.has(a.toLowerCase()));
      if (missing.length > 0) {
        out.push({
          path,
          message: `activations of high-privilege ${t.name} do not notify ${missing.join(', ')} (${team.from})`,
          value: notified,
          fix: `add ${missing.map((a) => `'${a}'`).join(', ')} to ${t.name}.jit.notifyOnActivation${t.jit ? '' : ' (the task needs a jit policy first)'}`,
        });
      }
    }
    return out;
  },
};
