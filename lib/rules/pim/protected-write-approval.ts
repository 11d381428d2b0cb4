/**
 * Rule `protected-write-approval`: a just-in-time task that writes in a protected environment requires
 * approval, a justification and a ticket on activation.
 */
import { taskWrites } from '../../model/privilege';
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** Production (protected environment) tasks that write or administer require approval, justification and a ticket. */
export const protectedWriteApproval: Rule = {
  id: 'protected-write-approval',
  level: 'error',
  suppressible: true,
  summary: 'a just-in-time task that writes in a protected environment requires approval, justification and a ticket',
  source:
    'the task-based access model: "providing a justification (e.g., a change request ID)", "peer or manager approval"',
  check(ctx) {
    const tasks = ctx.model.tasks.filter((t) => t.protected && t.jit);
    if (tasks.length === 0) return notApplicable('no just-in-time task in a protected environment');
    const out: Violation[] = [];
    for (const t of tasks) {
      const w = taskWrites(ctx, t.name);
      if (!w.writes) continue;
      const jit = t.jit;
      const missing = [
        ...(jit?.requireApproval ? [] : ['approval (approvers)']),
        ...(jit?.requireJustification ? [] : ['a justification (requireJustification)']),
        ...(jit?.requireTicket ? [] : ['a ticket (requireTicket)']),
      ];
      if (missing.length === 0) continue;
      out.push({
        path: `${taskPath(t.name)}.jit`,
        message: `${t.name} writes in protected environment ${t.environment} (${w.reason}) but its activation does not require ${missing.join(', ')}`,
        value: {
          requireApproval: jit?.requireApproval,
          requireJustification: jit?.requireJustification,
          requireTicket: jit?.requireTicket,
        },
        fix: `in ${t.name}.jit set ${[...(jit?.requireApproval ? [] : ['approvers: [...]']), ...(jit?.requireJustification ? [] : ['requireJustification: true']), ...(jit?.requireTicket ? [] : ['requireTicket: true'])].join(', ')}; if the task only reads, set writes: false on it`,
      });
    }
    return out;
  },
};
