/**
 * Rule `tenant-wide-privilege`: a task reaching tenant-wide privilege is held only just in time, and its
 * activation needs approval, whatever its environment. Tenant-wide privilege is a privileged Entra directory role
 * (Global Administrator can even elevate itself to User Access Administrator over every subscription:
 * https://learn.microsoft.com/en-us/azure/role-based-access-control/elevate-access-global-admin) or a privileged
 * Azure role at a management group no environment claims (see support/tenant-wide.ts). A DEV task holding either
 * is not DEV access: the rules that protect production don't look at it, so this one does.
 *
 * An error, not a warning: one activation without a second person, or one standing member, can take over the
 * tenant or every subscription. Standing Owner, User Access Administrator and Role Based Access Control
 * Administrator are left to `standing-azure-owner`, and approval of a writing task of a protected environment to
 * `protected-write-approval`, so one mistake is one finding.
 */
import { taskPath } from '../paths';
import { taskWrites } from '../../model/privilege';
import { notApplicable, type Rule, type Violation } from '../rule';
import { azureAccessAdmin } from '../azure/standing-azure-owner';
import { standingGrantViolations } from '../support/standing-grants';
import { tenantWideGrant } from '../support/tenant-wide';

/** Tenant-wide privilege only just in time, with approval. */
export const tenantWidePrivilege: Rule = {
  id: 'tenant-wide-privilege',
  level: 'error',
  suppressible: true,
  summary:
    'a task reaching tenant-wide privilege (a privileged Entra directory role, or a privileged Azure role at a management group no environment claims) is held only just in time, with approval, in any environment',
  source:
    'the task-based access model: sensitive tasks just in time, with approval; exceptions approved by senior members',
  check(ctx) {
    const reached = new Map<string, string[]>();
    for (const t of ctx.model.tasks) {
      const hits: string[] = [];
      for (const b of t.baselines) {
        for (const g of ctx.baselines.get(b)?.grants ?? []) {
          const why = tenantWideGrant(ctx, g);
          if (why !== undefined && !hits.includes(`${b} (${why})`)) hits.push(`${b} (${why})`);
        }
      }
      if (hits.length > 0) reached.set(t.name, hits);
    }
    if (reached.size === 0)
      return notApplicable(
        'no task reaches a privileged directory role or a privileged Azure role at a management group no environment claims',
      );
    const out: Violation[] = [];
    for (const [name, hits] of reached) {
      const task = ctx.tasks.get(name);
      if (!task?.jit || task.jit.requireApproval) continue;
      if (task.protected && taskWrites(ctx, name).writes) continue; // protected-write-approval reports it
      out.push({
        path: `${taskPath(name)}.jit`,
        message: `${name} reaches tenant-wide privilege (${hits.join('; ')}) but its activation needs no approval: tenant-wide access is never just ${task.environment} access`,
        value: { requireApproval: false },
        fix: `set jit.approvers of ${name} to senior approvers, or mark it highPrivilege (approved by exceptions.approvers)`,
      });
    }
    const standing = standingGrantViolations(
      ctx,
      (g) => (azureAccessAdmin(ctx, g) !== undefined ? undefined : tenantWideGrant(ctx, g)),
      (role, task, hits) => ({
        message: `${role} holds ${task} standing, and it reaches tenant-wide privilege: ${hits.join('; ')}`,
        value: task,
        fix: `make ${task} eligible in ${role} with a jit policy that requires approval`,
      }),
    );
    return [...out, ...standing];
  },
};
