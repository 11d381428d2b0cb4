/** Rule `routine-task-eligible`: a task marked `access: 'routine'` is held standing, not through PIM. */
import { heldPath } from '../paths';
import { taskAccessClass } from '../../model/privilege';
import { notApplicable, type Rule, type Violation } from '../rule';

/** Routine tasks are standing. */
export const routineTaskEligible: Rule = {
  id: 'routine-task-eligible',
  level: 'warning',
  suppressible: true,
  summary: "a task marked access: 'routine' is held standing, not eligible",
  source:
    'the task-based access model: "Routine tasks (performed more than twice a week) received permanent assignments"',
  check(ctx) {
    const routine = ctx.model.tasks.filter((t) => taskAccessClass(ctx, t.name) === 'routine').map((t) => t.name);
    if (routine.length === 0) return notApplicable("no task is marked access: 'routine'");
    const out: Violation[] = [];
    for (const r of ctx.model.roles) {
      for (const e of r.eligible) {
        if (e.via.length !== 1 || !routine.includes(e.task)) continue;
        out.push({
          path: heldPath(ctx, r.name, 'eligible', e.task),
          message: `${r.name} holds routine ${e.task} as eligible: its members would activate it several times a week`,
          value: e.task,
          fix: `move ${e.task} from eligible to standing in ${r.name}, or mark the task access: 'sensitive'`,
        });
      }
    }
    return out;
  },
};
