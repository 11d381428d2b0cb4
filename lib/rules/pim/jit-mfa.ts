/** Rule `jit-mfa`: activating a just-in-time task requires MFA or a Conditional Access authentication context. */
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** A just-in-time task's activation requires MFA or an authentication context. */
export const jitMfa: Rule = {
  id: 'jit-mfa',
  level: 'warning',
  suppressible: true,
  summary: 'activation requires MFA or a Conditional Access authentication context',
  source: 'the task-based access model: "MFA updated on request"',
  check(ctx) {
    const jit = ctx.model.tasks.filter((t) => t.jit);
    if (jit.length === 0) return notApplicable('no task has a just-in-time policy');
    const out: Violation[] = [];
    for (const t of jit) {
      if (t.jit?.requireMfa || t.jit?.authenticationContext !== undefined) continue;
      out.push({
        path: `${taskPath(t.name)}.jit.requireMfa`,
        message: `${t.name} can be activated without MFA or an authentication context`,
        value: false,
        fix: `remove requireMfa: false from ${t.name}.jit (MFA is the default), or set authenticationContext`,
      });
    }
    return out;
  },
};
