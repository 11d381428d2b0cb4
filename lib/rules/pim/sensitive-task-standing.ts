/**
 * Rule `sensitive-task-standing`: a task marked `access: 'sensitive'` (or high-privilege) is not held standing by
 * a role of people. Roles whose members are all workload identities are exempt: they can't use PIM.
 */
import { heldPath } from '../paths';
import { isWorkloadRole, taskAccessClass } from '../../model/privilege';
import { notApplicable, type Rule, type Violation } from '../rule';

/** Sensitive tasks are eligible (just in time). */
export const sensitiveTaskStanding: Rule = {
  id: 'sensitive-task-standing',
  level: 'error',
  suppressible: true,
  summary: "a task marked access: 'sensitive' (or highPrivilege) is not held standing by a role of people",
  source: 'the task-based access model: "too sensitive for permanent access"',
  check(ctx) {
    const sensitive = ctx.model.tasks.filter((t) => taskAccessClass(ctx, t.name) === 'sensitive').map((t) => t.name);
    if (sensitive.length === 0) return notApplicable("no task is marked access: 'sensitive' or highPrivilege");
    const out: Violation[] = [];
    for (const r of ctx.model.roles) {
      if (isWorkloadRole(r)) continue;
      for (const s of r.standing) {
        if (s.via.length !== 1 || !sensitive.includes(s.task)) continue;
        out.push({
          path: heldPath(ctx, r.name, 'standing', s.task),
          message: `${r.name} holds sensitive ${s.task} standing: its members have it all the time instead of just in time`,
          value: s.task,
          fix: `move ${s.task} from standing to eligible in ${r.name} (the task needs a jit policy)`,
        });
      }
    }
    return out;
  },
};
