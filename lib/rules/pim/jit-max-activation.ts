/** Rule `jit-max-activation`: every just-in-time task is activated for at most the limit (default 4 hours). */
import { durationMinutes } from '../../model/duration';
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** Every just-in-time task has a maximum activation within `rules.maximumActivation` (default PT4H). */
export const jitMaxActivation: Rule = {
  id: 'jit-max-activation',
  level: 'error',
  suppressible: true,
  summary: 'every just-in-time task has a maximum activation within the limit (default PT4H)',
  source: 'the task-based access model: "Time-Bound Access ... (e.g., 4 hours) ... mandated on all roles"',
  check(ctx) {
    const jit = ctx.model.tasks.filter((t) => t.jit);
    if (jit.length === 0) return notApplicable('no task has a just-in-time policy');
    const limit = ctx.options.maximumActivation;
    const out: Violation[] = [];
    for (const t of jit) {
      const value = t.jit?.maximumActivation as string;
      if ((durationMinutes(value) ?? 0) <= ctx.options.maximumActivationMinutes) continue;
      const own = ctx.model.paths?.tasks[t.name]?.maximumActivation !== undefined;
      out.push({
        path: `${taskPath(t.name)}.jit.maximumActivation`,
        message: `${t.name} can be activated for ${value}${own ? '' : ' (from settings.defaultMaximumActivation)'}, longer than the limit ${limit}`,
        value,
        fix: `set jit.maximumActivation of ${t.name} to ${limit} or less; if the work needs longer, split it or raise rules.maximumActivation for everyone`,
      });
    }
    return out;
  },
};
