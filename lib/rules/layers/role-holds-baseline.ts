/**
 * Rule `role-holds-baseline`: roles hold tasks, never baselines. Validation already rejects it (so synthesis never
 * reaches the pack with one); the rule keeps an id for reports and checks definitions given to the pack directly.
 */
import { roleName } from '../../model/names';
import { heldTaskName } from '../../model/time-bounds';
import type { Rule, Violation } from '../rule';

/** Roles never hold baselines directly. */
export const roleHoldsBaseline: Rule = {
  id: 'role-holds-baseline',
  level: 'error',
  suppressible: false,
  summary: 'roles hold tasks only, never baselines',
  source:
    'seed 2.3 "roles are never assigned baseline permissions directly—access is always mediated through task groups"',
  check(ctx) {
    const out: Violation[] = [];
    for (const r of ctx.definition.roles) {
      for (const field of ['standing', 'eligible'] as const) {
        (r[field] ?? []).forEach((entry, i) => {
          const n = heldTaskName(entry);
          if (!String(n).startsWith('BASE_')) return;
          out.push({
            path: `roles.${roleName(r)}.${field}[${i}]`,
            message: `${roleName(r)} holds baseline ${n} directly`,
            value: n,
            fix: `put ${n} in a task and give ${roleName(r)} that task`,
          });
        });
      }
    }
    return out;
  },
};
