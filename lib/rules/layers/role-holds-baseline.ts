/**
 * Rule `role-holds-baseline`: roles hold tasks, never baselines. Validation already rejects it (so synthesis never
 * reaches the pack with one); the rule keeps an id for reports and checks definitions given to the pack directly.
 */
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
    // The roles' own entries as declared (resolution keeps their paths, whatever they name).
    for (const [role, declared] of Object.entries(ctx.model.paths?.roles ?? {})) {
      for (const field of ['standing', 'eligible'] as const) {
        for (const [n, path] of Object.entries(declared[field])) {
          if (!n.startsWith('BASE_')) continue;
          out.push({
            path,
            message: `${role} holds baseline ${n} directly`,
            value: n,
            fix: `put ${n} in a task and give ${role} that task`,
          });
        }
      }
    }
    return out;
  },
};
