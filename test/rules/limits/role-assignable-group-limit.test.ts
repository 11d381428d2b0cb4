import { Grants } from '../../../lib/model';
import { DEFAULT_RULE_LIMITS } from '../../../lib/rules/options';
import { roleAssignableGroupLimit } from '../../../lib/rules/limits/role-assignable-group-limit';
import { kvGetBaseline, minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

/** minimal() with two role-assignable baselines (a directory role, and one asked for). */
const twoRoleAssignable = () => {
  const d = minimal();
  return {
    ...d,
    baselines: [
      ...d.baselines,
      { environment: 'PROD', service: 'ENTRA', action: 'READER', grants: [Grants.directoryRole('Global Reader')] },
      kvGetBaseline('DEV', { action: 'READ', roleAssignable: true }),
    ],
  };
};

describe('role-assignable-group-limit', () => {
  test('the default limit is the tenant limit of 500 (Microsoft Entra service limits); two groups comply', () => {
    expect(DEFAULT_RULE_LIMITS.roleAssignableGroups).toBe(500);
    expect(violationsOf(roleAssignableGroupLimit, twoRoleAssignable())).toEqual([]);
  });

  test('fails above the limit (lowered to 1 for the groups the tenant has already)', () => {
    expect(
      violationsOf(roleAssignableGroupLimit, twoRoleAssignable(), { limits: { roleAssignableGroups: 1 } }),
    ).toEqual([
      {
        path: 'baselines',
        message: '2 baselines are role-assignable groups, more than the tenant allows (1)',
        value: 2,
        fix: 'drop roleAssignable from baselines that grant no Entra directory role; only directory roles need it',
      },
    ]);
  });
});
