/** Rule `unused-task`: every task is held by a role; a task no role holds grants nothing and hides drift. */
import { taskPath } from '../paths';
import type { Rule } from '../rule';

/** Every task is held, standing or eligible, by at least one role (own or inherited). */
export const unusedTask: Rule = {
  id: 'unused-task',
  level: 'warning',
  suppressible: true,
  summary: 'every task is held, standing or eligible, by at least one role',
  source:
    'the task-based access model: access is mediated through tasks mapped to roles, reviewed quarterly: a task in no role is dead structure',
  check(ctx) {
    const held = new Set(ctx.model.roles.flatMap((r) => [...r.standing, ...r.eligible].map((a) => a.task)));
    return ctx.model.tasks
      .filter((t) => !held.has(t.name))
      .map((t) => ({
        path: taskPath(t.name),
        message: `${t.name} is held by no role: its group and memberships are created, but nobody can use them`,
        value: t.name,
        fix: `give ${t.name} to a role (standing or eligible), or remove it`,
      }));
  },
};
