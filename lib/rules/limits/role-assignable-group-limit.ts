/** Rule `role-assignable-group-limit`: the definition creates at most 500 role-assignable groups (the tenant limit). */
import type { Rule } from '../rule';

/** At most `limits.roleAssignableGroups` (500) role-assignable baselines. */
export const roleAssignableGroupLimit: Rule = {
  id: 'role-assignable-group-limit',
  level: 'error',
  suppressible: false,
  summary: 'at most 500 role-assignable groups (lower limits.roleAssignableGroups for the ones the tenant has already)',
  source:
    'Microsoft Entra service limits (https://learn.microsoft.com/entra/identity/users/directory-service-limits-restrictions) "A maximum of 500 role-assignable groups can be created in a single Microsoft Entra organization"',
  check(ctx) {
    const ra = ctx.model.baselines.filter((b) => b.roleAssignable);
    const limit = ctx.options.limits.roleAssignableGroups;
    if (ra.length <= limit) return [];
    return [
      {
        path: 'baselines',
        message: `${ra.length} baselines are role-assignable groups, more than the tenant allows (${limit})`,
        value: ra.length,
        fix: 'drop roleAssignable from baselines that grant no Entra directory role; only directory roles need it',
      },
    ];
  },
};
