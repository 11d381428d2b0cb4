/**
 * Rule `non-human-eligible`: service principals and managed identities are never PIM-eligible (they can't
 * activate). Validation already rejects it; the rule keeps an id for reports and checks models given directly.
 */
import { isWorkloadIdentity } from '../../model/workload-identity';
import { memberPath } from '../paths';
import type { Rule, Violation } from '../rule';

/** Non-human identities are never in a role with eligible tasks. */
export const nonHumanEligible: Rule = {
  id: 'non-human-eligible',
  level: 'error',
  suppressible: false,
  summary:
    'workload identities (service principals, managed identities, applications) are never in a role with eligible tasks',
  source:
    'seed 2.5 (pipelines get scoped standing tasks); platform-facts 2 "treat non-human identities as not able to activate"',
  check(ctx) {
    const out: Violation[] = [];
    for (const r of ctx.model.roles) {
      if (r.eligible.length === 0) continue;
      for (const m of r.members) {
        if (!isWorkloadIdentity(m)) continue;
        out.push({
          path: memberPath(ctx, r.name, m.key),
          message: `${m.kind} ${m.label} is in ${r.name}, which holds eligible tasks (${r.eligible.map((e) => e.task).join(', ')}); it can't activate them`,
          value: m.key,
          fix: 'give the workload identity its own role with standing, narrowly scoped tasks (e.g. ROLE_CI_PROD_DEPLOY -> TASK_PROD_DEPLOYMENT)',
        });
      }
    }
    return out;
  },
};
