/**
 * Rules `non-human-eligible`, `standing-directory-role`, `role-assignable-nesting`: access the platform can't
 * give. Non-human identities can't activate PIM; groups can't be active members of a role-assignable group.
 */
import type { RoleDefinition, TaskDefinition } from '../definition';
import { inheritanceChains } from '../inheritance';
import { baselineName, roleName } from '../names';
import { resolveJitPolicy } from '../jit-policy';
import { heldTaskName } from '../time-bounds';
import { isWorkloadIdentity } from '../workload-identity';
import { rolePath, type ValidationContext } from './context';

/** Checks what roles reach through their standing and eligible tasks, inheritance included. */
export function checkAccess(ctx: ValidationContext): void {
  for (const r of ctx.definition.roles) {
    const name = roleName(r);
    if (ctx.roles.get(name) !== r) continue;
    const chains = inheritanceChains(name, ctx.roles);
    const standing = new Map<string, string[]>();
    const eligible = new Map<string, string[]>();
    for (const [from, chain] of chains) {
      const role = ctx.roles.get(from) as RoleDefinition;
      for (const t of (role.standing ?? []).map(heldTaskName)) if (!standing.has(t)) standing.set(t, chain);
      for (const t of (role.eligible ?? []).map(heldTaskName)) if (!eligible.has(t)) eligible.set(t, chain);
    }
    for (const t of standing.keys()) eligible.delete(t);

    if (eligible.size > 0) {
      (r.members ?? []).forEach((m, i) => {
        if (isWorkloadIdentity(m)) {
          const [task, chain] = [...eligible.entries()].sort()[0];
          ctx.report(
            `${rolePath(r)}.members[${i}]`,
            'non-human-eligible',
            `${m.kind === 'application' ? 'an application' : `a ${m.kind}`} can't activate PIM, but ${name} holds eligible tasks (e.g. ${task}${chain.length > 1 ? ` via ${chain.join(' -> ')}` : ''})`,
            m.kind === 'application' ? m.application : m.objectId,
            'give the workload identity its own role with standing, narrowly scoped tasks (e.g. ROLE_CI_PROD_DEPLOY -> TASK_PROD_DEPLOYMENT)',
          );
        }
      });
    }
    for (const [t, chain] of [...standing.entries()].sort()) {
      const task = ctx.tasks.get(t);
      if (!task) continue;
      for (const b of roleAssignableBaselines(ctx, task)) {
        const via = chain.length > 1 ? ` (inherited via ${chain.join(' -> ')})` : '';
        const holder = chain[chain.length - 1]; // the role that declares the standing task: the fix belongs there
        const path =
          chain.length > 1
            ? `${rolePath(r)}.inherits`
            : `${rolePath(r)}.standing[${(r.standing ?? []).findIndex((e) => heldTaskName(e) === t)}]`;
        if (b.directoryRole) {
          ctx.report(
            path,
            'standing-directory-role',
            `${name} holds ${t} standing${via}, and ${t} reaches ${b.name}, which holds Entra directory role "${b.directoryRole}": a role-assignable group can't have groups as active members`,
            t,
            `make ${t} eligible in ${holder} (reached just in time under the task's policy)`,
          );
        } else {
          ctx.report(
            path,
            'role-assignable-nesting',
            `${name} holds ${t} standing${via}, and ${t} reaches ${b.name}, which is role-assignable: Entra forbids groups as active members of a role-assignable group`,
            t,
            `make ${t} eligible in ${holder}, or drop roleAssignable from ${b.name}`,
          );
        }
      }
    }
  }
}

function roleAssignableBaselines(
  ctx: ValidationContext,
  task: TaskDefinition,
): { name: string; directoryRole?: string }[] {
  const out: { name: string; directoryRole?: string }[] = [];
  for (const n of task.baselines) {
    const b = ctx.baselines.get(n);
    if (!b || !ctx.isRoleAssignable(b)) continue;
    const dr = b.grants.find((g) => g.kind === 'directoryRole');
    out.push({ name: baselineName(b), directoryRole: dr?.kind === 'directoryRole' ? dr.role : undefined });
  }
  return out;
}

/**
 * Rule `role-assignable-policy-conflict`: a role-assignable baseline carries one PIM policy, taken from the
 * tasks that reach it, so those tasks must agree on it.
 */
export function checkRoleAssignablePolicies(ctx: ValidationContext): void {
  const byBaseline = new Map<string, { task: string; policy: string }[]>();
  for (const t of ctx.definition.tasks) {
    if (!t.jit) continue;
    for (const b of roleAssignableBaselines(ctx, t)) {
      const list = byBaseline.get(b.name) ?? [];
      list.push({
        task: `TASK_${t.environment}_${t.name}`,
        policy: JSON.stringify(resolveJitPolicy(t.jit, ctx.definition.settings)),
      });
      byBaseline.set(b.name, list);
    }
  }
  for (const [b, list] of [...byBaseline.entries()].sort()) {
    const sorted = list.sort((x, y) => (x.task < y.task ? -1 : 1));
    const other = sorted.find((x) => x.policy !== sorted[0].policy);
    if (other) {
      ctx.report(
        `baselines.${b}`,
        'role-assignable-policy-conflict',
        `role-assignable ${b} is reached by ${sorted[0].task} and ${other.task}, whose just-in-time policies differ; the baseline group can carry only one policy`,
        sorted.map((x) => x.task),
        'give those tasks the same jit policy, or split the baseline',
      );
    }
  }
}
