/**
 * Names that sanitize to the same Terraform address never merge into one resource: each keeps its own address
 * (a hash of its exact text), its own body and its own references; a collision that still happens is refused
 * with a problem naming both elements.
 */
import { Testing, TerraformStack } from 'cdktf';
import { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { address, addressPart, named } from '../../lib/constructs/addresses';
import { AccessModelError } from '../../lib/model/problem';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { IDS, minimal } from '../fixtures/minimal';
import { ref, synthOne } from './synth-helper';

const quiet = { expiryWarning: false as const, rules: { onFindings: () => undefined } };
const RG = `/subscriptions/${IDS.subscription}/resourceGroups/rg-vm`;

test('a part is kept when it is safe, and carries a hash of its exact text when sanitizing changed it', () => {
  expect(addressPart('TASK_PROD_VIEWER')).toBe('TASK_PROD_VIEWER');
  expect(addressPart('aks-prod')).toBe('aks-prod');
  expect(addressPart('VM Operator (DEV)')).toMatch(/^VM_Operator_DEV__[0-9a-f]{8}$/);
  expect(addressPart('VM Operator (DEV)')).not.toBe(addressPart('VM Operator [DEV]'));
  expect(addressPart('john.smith@contoso.com')).not.toBe(addressPart('john_smith@contoso.com'));
  expect(address('ROLE_X', 'member', 'john_smith')).toBe('ROLE_X__member__john_smith');
});

describe('custom roles "VM Operator (DEV)" (start) and "VM Operator [DEV]" (delete)', () => {
  const role = (name: string, action: string) => ({ name, actions: [action], assignableScopes: [RG] });
  const baseline = (action: string, customRole: string) => ({
    environment: 'DEV',
    service: 'VM',
    action,
    grants: [{ kind: 'azureCustomRole' as const, customRole, scope: RG }],
  });
  const definition: AccessModelDefinition = {
    ...minimal(),
    customRoles: [
      role('VM Operator (DEV)', 'Microsoft.Compute/virtualMachines/start/action'),
      role('VM Operator [DEV]', 'Microsoft.Compute/virtualMachines/delete'),
    ],
    baselines: [
      ...minimal().baselines,
      baseline('START', 'VM Operator (DEV)'),
      baseline('DELETE', 'VM Operator [DEV]'),
    ],
  };
  const tf = synthOne({ definition, ...quiet });
  const start = `CUSTOM_ROLE__${addressPart('VM Operator (DEV)')}`;
  const del = `CUSTOM_ROLE__${addressPart('VM Operator [DEV]')}`;

  test('are two role definitions, each with its own permissions', () => {
    expect(Object.keys(tf.resources('azurerm_role_definition')).sort()).toEqual([start, del].sort());
    expect(tf.resource('azurerm_role_definition', start)).toMatchObject({
      name: 'VM Operator (DEV)',
      permissions: [{ actions: ['Microsoft.Compute/virtualMachines/start/action'] }],
    });
    expect(tf.resource('azurerm_role_definition', del)).toMatchObject({
      name: 'VM Operator [DEV]',
      permissions: [{ actions: ['Microsoft.Compute/virtualMachines/delete'] }],
    });
  });

  test('each baseline is assigned its own role', () => {
    const assignments = Object.entries(tf.resources('azurerm_role_assignment'));
    const of = (b: string) =>
      assignments.filter(([n]) => n.startsWith(`${b}__`)).map(([, body]) => body.role_definition_id);
    const id = (role: string) =>
      `/subscriptions/${IDS.subscription}/providers/Microsoft.Authorization/roleDefinitions/${ref('azurerm_role_definition', role, 'role_definition_id')}`;
    expect(of('BASE_DEV_VM_START')).toEqual([id(start)]);
    expect(of('BASE_DEV_VM_DELETE')).toEqual([id(del)]);
  });
});

test('UPNs john.smith@ and john_smith@ in one role are two look-ups and two memberships', () => {
  const definition: AccessModelDefinition = {
    ...minimal(),
    roles: [
      {
        name: 'DEVELOPER',
        standing: ['TASK_DEV_VIEWER'],
        members: [
          { kind: 'user', userPrincipalName: 'john.smith@contoso.com' },
          { kind: 'user', userPrincipalName: 'john_smith@contoso.com' },
        ],
      },
    ],
  };
  const tf = synthOne({ definition, ...quiet });
  const users = tf.json.data?.azuread_user ?? {};
  expect(
    Object.values(users)
      .map((u) => u.user_principal_name)
      .sort(),
  ).toEqual(['john.smith@contoso.com', 'john_smith@contoso.com']);
  const members = Object.values(tf.resources('azuread_group_member')).filter(
    (m) => m.group_object_id === ref('azuread_group_without_members', 'ROLE_DEVELOPER'),
  );
  expect(members.map((m) => m.member_object_id).sort()).toEqual(
    Object.keys(users)
      .map((n) => `\${data.azuread_user.${n}.object_id}`)
      .sort(),
  );
});

test('two elements given one address are refused with a problem naming both, never merged', () => {
  const stack = new TerraformStack(Testing.app(), 'collide');
  const provider = new AzureadProvider(stack, 'azuread', {});
  named(new GroupWithoutMembers(stack, 'first', { displayName: 'A', securityEnabled: true, provider }), 'SAME');
  let error: unknown;
  try {
    named(new GroupWithoutMembers(stack, 'second', { displayName: 'B', securityEnabled: true, provider }), 'SAME');
  } catch (e) {
    error = e;
  }
  expect(AccessModelError.isAccessModelError(error)).toBe(true);
  expect((error as AccessModelError).problems).toEqual([
    {
      path: 'collide/second',
      rule: 'address-collision',
      message:
        'two elements of the definition would become one Terraform resource azuread_group_without_members.SAME: collide/first and collide/second',
      value: 'azuread_group_without_members.SAME',
      fix: 'rename one of them; names that differ only in characters Terraform addresses cannot hold must differ otherwise',
    },
  ]);
});
