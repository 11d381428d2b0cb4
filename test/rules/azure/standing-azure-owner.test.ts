import {
  Grants,
  type AccessModelDefinition,
  type CustomAzureRoleDefinition,
  type RoleDefinition,
} from '../../../lib/model';
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

/** minimal() plus TASK_DEV_ACCESS_ADMIN granting a custom role "Ops" (the given permissions) at rg-dev, standing. */
function customAccessAdmin(role: Partial<CustomAzureRoleDefinition>): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    customRoles: [{ name: 'Ops', actions: [], assignableScopes: [RG], ...role }],
    baselines: [
      ...d.baselines,
      { environment: 'DEV', service: 'RG', action: 'OPS', grants: [Grants.azureCustomRole('Ops', RG)] },
    ],
    tasks: [...d.tasks, { environment: 'DEV', name: 'OPS', baselines: ['BASE_DEV_RG_OPS'] }],
    roles: [developerRole({ standing: ['TASK_DEV_VIEWER', 'TASK_DEV_OPS'] })],
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

  test.each([
    [
      ['Microsoft.Authorization/*'],
      [],
      'Microsoft.Authorization/roleAssignments/write (through "Microsoft.Authorization/*")',
    ],
    [['*/write'], [], 'Microsoft.Authorization/roleAssignments/write (through "*/write")'],
    [['Microsoft.Authorization/roleAssignments/write'], [], 'Microsoft.Authorization/roleAssignments/write'],
    [
      ['*'],
      ['Microsoft.Authorization/roleAssignments/*'],
      'Microsoft.Authorization/roleDefinitions/write (through "*")',
    ],
  ])('fails for a standing custom role with actions %j minus %j', (actions, notActions, allows) => {
    expect(violationsOf(standingAzureOwner, customAccessAdmin({ actions, notActions }))).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.standing[1]',
        message: `ROLE_DEVELOPER holds TASK_DEV_OPS standing, and it can assign Azure roles: BASE_DEV_RG_OPS (custom role "Ops" at ${RG} allows ${allows})`,
        value: 'TASK_DEV_OPS',
        fix: "make TASK_DEV_OPS eligible in ROLE_DEVELOPER (and highPrivilege, with senior approval), or grant a role that can't assign roles",
      },
    ]);
  });

  test('a custom role whose NotActions take role writes back (as Contributor does) complies', () => {
    const d = customAccessAdmin({
      actions: ['*', 'Microsoft.Authorization/roleAssignments/read'],
      notActions: ['Microsoft.Authorization/*/Write', 'Microsoft.Authorization/*/Delete'],
    });
    expect(violationsOf(standingAzureOwner, d)).toEqual([]);
  });
});
