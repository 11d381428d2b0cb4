import { Grants } from '../../../lib/model';
import { DEFAULT_RULE_LIMITS } from '../../../lib/rules/options';
import { azureRoleAssignmentLimit } from '../../../lib/rules/limits/azure-role-assignment-limit';
import { IDS, kvGetBaseline, minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const MG = '/providers/Microsoft.Management/managementGroups/mg-platform';
/** minimal() (2 assignments in the fixture subscription) plus 2 at a management group. */
const withManagementGroup = () => {
  const d = minimal();
  return {
    ...d,
    baselines: [
      ...d.baselines,
      kvGetBaseline('DEV', {
        action: 'READ',
        grants: [Grants.azureRole('Reader', MG), Grants.azureRole('Monitoring Reader', MG)],
      }),
    ],
  };
};

describe('azure-role-assignment-limit', () => {
  test('the defaults are 4,000 per subscription and 500 per management group (Azure RBAC limits); a few comply', () => {
    expect([
      DEFAULT_RULE_LIMITS.roleAssignmentsPerSubscription,
      DEFAULT_RULE_LIMITS.roleAssignmentsPerManagementGroup,
    ]).toEqual([4000, 500]);
    expect(violationsOf(azureRoleAssignmentLimit, withManagementGroup())).toEqual([]);
  });

  test('fails per subscription and per management group above the limits', () => {
    expect(
      violationsOf(azureRoleAssignmentLimit, withManagementGroup(), {
        limits: { roleAssignmentsPerSubscription: 1, roleAssignmentsPerManagementGroup: 1 },
      }),
    ).toEqual([
      {
        path: 'baselines',
        message: `the definition assigns 2 Azure roles in subscription ${IDS.subscription}, more than the 1 a subscription allows`,
        value: 2,
        fix: 'assign at a broader scope (a resource group rather than each resource), or split the workload across subscriptions',
      },
      {
        path: 'baselines',
        message:
          'the definition assigns 2 Azure roles at management group mg-platform, more than the 1 a management group allows',
        value: 2,
        fix: 'assign at subscriptions or resource groups below the management group',
      },
    ]);
  });
});
