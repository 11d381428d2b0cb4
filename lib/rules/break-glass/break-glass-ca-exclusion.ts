/**
 * Rule `break-glass-ca-exclusion`: every break-glass account is excluded (as a user) from every Conditional Access
 * policy: the ones the model produces (`exceptions.conditionalAccess`; excluded by construction) and the ones given
 * in `rules.conditionalAccessPolicies` (the tenant's others). Without any, the rule does not apply.
 */
import type { BreakGlassAccount } from '../../model/definition';
import { notApplicable, type Rule, type Violation } from '../rule';

/** Break-glass accounts are excluded from every Conditional Access policy. */
export const breakGlassCaExclusion: Rule = {
  id: 'break-glass-ca-exclusion',
  level: 'error',
  suppressible: true,
  summary:
    "every break-glass account is excluded from every Conditional Access policy (the model's and rules.conditionalAccessPolicies)",
  source:
    'the task-based access model: "excluded from PIM, MFA, and Conditional Access"; Manage emergency access accounts (https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access)',
  check(ctx) {
    const policies = [
      ...(ctx.model.conditionalAccessPolicies ?? []).map((p) => ({
        name: p.name,
        excludedUsers: p.excludedUsers,
        path: 'exceptions.conditionalAccess',
      })),
      ...(ctx.options.conditionalAccessPolicies ?? []).map((p, i) => ({
        name: p.name,
        excludedUsers: p.excludedUsers ?? [],
        path: `rules.conditionalAccessPolicies[${i}]`,
      })),
    ];
    if (policies.length === 0)
      return notApplicable(
        'no Conditional Access policy: the model produces none and rules.conditionalAccessPolicies gives none',
      );
    if (ctx.model.breakGlass.length === 0) return notApplicable('no break-glass account is declared');
    const label = (b: BreakGlassAccount): string => b.displayName ?? b.objectId;
    const out: Violation[] = [];
    for (const p of policies) {
      const excluded = new Set(p.excludedUsers.map((u) => u.toLowerCase()));
      const missing = ctx.model.breakGlass.filter((b) => !excluded.has(b.objectId.toLowerCase()));
      if (missing.length === 0) continue;
      out.push({
        path: p.path,
        message: `Conditional Access policy "${p.name}" applies to break-glass account${missing.length === 1 ? '' : 's'} ${missing.map(label).join(', ')}: an outage of what it requires locks them out too`,
        value: missing.map((b) => b.objectId),
        fix: `exclude ${missing.map((b) => b.objectId).join(', ')} from the policy (conditions.users.excluded_users)`,
      });
    }
    return out;
  },
};
