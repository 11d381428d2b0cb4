/**
 * Rule `standing-protected-write`: people don't hold standing a task that writes in a protected environment.
 * Roles whose members are all workload identities (pipelines) are exempt: the task-based access model
 * (docs/definition.md) gives them narrow standing tasks (ROLE_CI_PROD_DEPLOY holds TASK_PROD_DEPLOYMENT).
 */
import { heldPath } from '../paths';
import { isWorkloadRole, taskWrites } from '../../model/privilege';
import { notApplicable, type Rule, type Violation } from '../rule';

/** No standing write access to a protected environment for roles of people. */
export const standingProtectedWrite: Rule = {
  id: 'standing-protected-write',
  level: 'warning',
  suppressible: true,
  summary: 'a role of people does not hold standing a task that writes in a protected environment',
  source:
    'the task-based access model: "managing production secrets or updating critical infrastructure" (pipelines are exempt)',
  check(ctx) {
    const tasks = ctx.model.tasks.filter((t) => t.protected);
    if (tasks.length === 0) return notApplicable('no task in a protected environment');
    const writing = new Map(tasks.map((t) => [t.name, taskWrites(ctx, t.name)]));
    const out: Violation[] = [];
    for (const r of ctx.model.roles) {
      if (isWorkloadRole(r)) continue;
      for (const s of r.standing) {
        const w = writing.get(s.task);
        if (s.via.length !== 1 || !w?.writes) continue;
        out.push({
          path: heldPath(ctx, r.name, 'standing', s.task),
          message: `${r.name} holds ${s.task} standing, and it writes in protected environment ${ctx.tasks.get(s.task)?.environment} (${w.reason})`,
          value: s.task,
          fix: `make ${s.task} eligible in ${r.name} with a jit policy; a pipeline gets its own role of workload identities`,
        });
      }
    }
    return out;
  },
};
