/**
 * Rule `break-glass-isolated`: a break-glass account is no member of any role (so of no task or baseline), and
 * approves nothing (no task's `jit.approvers`, no `exceptions.approvers`): it is used only in an emergency.
 */
import { memberPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** Break-glass accounts are never members of a role (hence of a task) and never approvers. */
export const breakGlassIsolated: Rule = {
  id: 'break-glass-isolated',
  level: 'error',
  suppressible: false,
  summary: 'a break-glass account is no member of a role or task and no approver (of a task, or of exception tasks)',
  source:
    'the task-based access model: "designed exclusively for break-glass scenarios"; Manage emergency access accounts (https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access)',
  check(ctx) {
    if (ctx.model.breakGlass.length === 0) return notApplicable('no break-glass account is declared');
    const accounts = new Map(ctx.model.breakGlass.map((b) => [b.objectId.toLowerCase(), b.displayName ?? b.objectId]));
    const out: Violation[] = [];
    for (const r of ctx.model.roles) {
      for (const m of r.members) {
        const name = m.objectId ? accounts.get(m.objectId.toLowerCase()) : undefined;
        if (name === undefined) continue;
        out.push({
          path: memberPath(ctx, r.name, m.key),
          message: `break-glass account ${name} is a member of ${r.name}, so it holds that role's tasks`,
          value: m.objectId,
          fix: `remove it from ${r.name}: break-glass accounts hold only their permanent Global Administrator assignment`,
        });
      }
    }
    // Each approver as declared (a role name never matches an account's object ID).
    const paths = ctx.model.paths;
    for (const [name, task] of Object.entries(paths?.tasks ?? {})) {
      for (const a of task.approvers) {
        const account = accounts.get(a.id.toLowerCase());
        if (account === undefined) continue;
        out.push({
          path: a.path,
          message: `break-glass account ${account} approves activations of ${name}, so it would sign in routinely`,
          value: a.id,
          fix: `approve with a named person or a group of people instead`,
        });
      }
    }
    for (const a of paths?.exceptionApprovers ?? []) {
      const account = accounts.get(a.id.toLowerCase());
      if (account === undefined) continue;
      out.push({
        path: a.path,
        message: `break-glass account ${account} is an exception approver, so it can approve every activation of a highPrivilege task and would sign in routinely`,
        value: a.id,
        fix: `approve exception tasks with named senior people or a group of them instead`,
      });
    }
    return out;
  },
};
