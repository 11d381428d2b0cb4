import { Grants, type AccessModelDefinition, type CustomAzureRoleDefinition } from '../../../lib/model';
import { customRoleWildcard } from '../../../lib/rules/azure/custom-role-wildcard';
import { IDS, kvGetBaseline, minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const RG = `/subscriptions/${IDS.subscription}/resourceGroups/rg-dev`;
const withCustomRole = (role: Partial<CustomAzureRoleDefinition>): AccessModelDefinition => {
  const d = minimal();
  return {
    ...d,
    customRoles: [
      { name: 'Ops', actions: ['Microsoft.Compute/virtualMachines/start/action'], assignableScopes: [RG], ...role },
    ],
    baselines: [
      ...d.baselines,
      kvGetBaseline('DEV', {
        service: 'VM',
        action: 'POWER',
        scope: undefined,
        grants: [Grants.azureCustomRole('Ops', RG)],
      }),
    ],
  };
};

describe('custom-role-wildcard', () => {
  test('a custom role listing its operations (provider wildcards included) complies', () => {
    expect(
      violationsOf(customRoleWildcard, withCustomRole({ actions: ['Microsoft.Compute/virtualMachines/*'] })),
    ).toEqual([]);
  });

  test('fails for "*" actions, noting the notActions, and for "*" data actions', () => {
    expect(
      violationsOf(
        customRoleWildcard,
        withCustomRole({ actions: ['*'], notActions: ['Microsoft.Authorization/*/write'], dataActions: ['*'] }),
      ),
    ).toEqual([
      {
        path: 'customRoles[0].actions',
        message: 'custom role "Ops" allows every action ("*") minus a few: it is as broad as Owner',
        value: ['*'],
        fix: 'list the operations the role needs, e.g. Microsoft.Compute/virtualMachines/start/action',
      },
      {
        path: 'customRoles[0].dataActions',
        message: 'custom role "Ops" allows every data action ("*"): it is as broad as Owner',
        value: ['*'],
        fix: 'list the operations the role needs, e.g. Microsoft.Compute/virtualMachines/start/action',
      },
    ]);
  });
});
