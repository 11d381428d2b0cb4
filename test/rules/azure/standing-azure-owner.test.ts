import { Grants, type AccessModelDefinition, type RoleDefinition } from '../../../lib/model';
import { standingAzureOwner } from '../../../lib/rules/azure/standing-azure-owner';
import { developerRole, IDS, minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const RG = `/subscriptions/${IDS.subscription}/resourceGroups/rg-dev`;

/** minimal() plus TASK_DEV_ACCESS_ADMIN granting `role` at rg-dev, held by `holder`. */
function accessAdmin(role: string, holder: RoleDefinition): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    baselines: [
      ...d.baselines,
      { environment: 'DEV', service: 'RG', action: 'OWNER', grants: [Grants.azureRole(role, RG)] },
    ],
    tasks: [
      ...d.tasks,
      {
        environment: 'DEV',
        name: 'ACCESS_ADMIN',
        baselines: ['BASE_DEV_RG_OWNER'],
        jit: { maximumActivation: 'PT1H' },
      },
    ],
    roles: [holder],
  };
}

describe('standing-azure-owner', () => {
  test('Owner held eligible complies', () => {
    expect(
      violationsOf(
        standingAzureOwner,
        accessAdmin('Owner', developerRole({ eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_ACCESS_ADMIN'] })),
      ),
    ).toEqual([]);
  });

  test.each(['Owner', 'User Access Administrator', 'Role Based Access Control Administrator'])(
    'fails for standing %s',
    (role) => {
      expect(
        violationsOf(standingAzureOwner, accessAdmin(role, developerRole({ standing: ['TASK_DEV_ACCESS_ADMIN'] }))),
      ).toEqual([
        {
          path: 'roles.ROLE_DEVELOPER.standing[0]',
          message: `ROLE_DEVELOPER holds TASK_DEV_ACCESS_ADMIN standing, and it can assign Azure roles: BASE_DEV_RG_OWNER ("${role}" at ${RG})`,
          value: 'TASK_DEV_ACCESS_ADMIN',
          fix: "make TASK_DEV_ACCESS_ADMIN eligible in ROLE_DEVELOPER (and highPrivilege, with senior approval), or grant a role that can't assign roles",
        },
      ]);
    },
  );
});
