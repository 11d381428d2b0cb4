/** Azure RBAC evaluation: wildcards, NotActions, the two planes, scope inheritance. */
import { findAzureBuiltInRole } from '../../lib/catalog/azure-roles';
import {
  azureOperationMatches,
  decidePlane,
  normalizeScope,
  permissionsAllow,
  scopeRelation,
  type AzurePermissionBlock,
} from '../../lib/report/azure-actions';
import { INSPECTOR } from '../fixtures/inspector';

const perms = (name: string): readonly AzurePermissionBlock[] => findAzureBuiltInRole(name)?.permissions ?? [];

describe('azureOperationMatches', () => {
  test.each([
    ['*', 'Microsoft.KeyVault/vaults/write', true],
    ['*/read', 'Microsoft.ContainerService/managedClusters/read', true],
    ['*/read', 'Microsoft.ContainerService/managedClusters/write', false],
    ['Microsoft.Compute/*', 'Microsoft.Compute/virtualMachines/start/action', true],
    ['Microsoft.Compute/*', 'Microsoft.Network/virtualNetworks/read', false],
    ['Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/vaults/secrets/read', true],
    ['Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/vaults/read', false],
    ['microsoft.web/sites/restart/Action', 'Microsoft.Web/sites/restart/action', true],
    ['Microsoft.Authorization/*/Write', 'Microsoft.Authorization/roleAssignments/write', true],
    [
      'Microsoft.KeyVault/vaults/secrets/getSecret/action',
      'Microsoft.KeyVault/vaults/secrets/getSecret/actions',
      false,
    ],
    ['Microsoft.Storage/storageAccounts/read', 'Microsoft.Storage/storageAccountsXread', false],
  ])('%s matches %s: %s', (pattern, op, expected) => {
    expect(azureOperationMatches(pattern, op)).toBe(expected);
  });
});

describe('permissionsAllow', () => {
  test('Contributor allows writes but its NotActions subtract role assignment writes; Owner allows them', () => {
    expect(permissionsAllow(perms('Contributor'), 'Microsoft.Compute/virtualMachines/write', 'control')).toEqual({
      pattern: '*',
      plane: 'control',
    });
    expect(
      permissionsAllow(perms('Contributor'), 'Microsoft.Authorization/roleAssignments/write', 'control'),
    ).toBeUndefined();
    expect(permissionsAllow(perms('Owner'), 'Microsoft.Authorization/roleAssignments/write', 'control')).toEqual({
      pattern: '*',
      plane: 'control',
    });
  });

  test('a control-plane * never grants a data action; data actions come from DataActions', () => {
    const setSecret = 'Microsoft.KeyVault/vaults/secrets/setSecret/action';
    expect(permissionsAllow(perms('Owner'), setSecret, 'data')).toBeUndefined();
    expect(permissionsAllow(perms('Key Vault Secrets Officer'), setSecret, 'data')).toEqual({
      pattern: 'Microsoft.KeyVault/vaults/secrets/*',
      plane: 'data',
    });
    expect(permissionsAllow(perms('Key Vault Secrets User'), setSecret, 'data')).toBeUndefined();
    expect(permissionsAllow(perms('Key Vault Secrets Officer'), setSecret, 'control')).toBeUndefined();
  });

  test('NotDataActions subtract, and a NotAction only subtracts within its own block', () => {
    const blocks: AzurePermissionBlock[] = [
      {
        actions: ['Microsoft.Compute/*'],
        notActions: ['Microsoft.Compute/virtualMachines/delete'],
        dataActions: ['Microsoft.Storage/*'],
        notDataActions: ['Microsoft.Storage/*/delete'],
      },
    ];
    expect(permissionsAllow(blocks, 'Microsoft.Compute/virtualMachines/delete', 'control')).toBeUndefined();
    expect(permissionsAllow(blocks, 'microsoft.compute/virtualmachines/DELETE', 'control')).toBeUndefined();
    expect(
      permissionsAllow(blocks, 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete', 'data'),
    ).toBeUndefined();
    expect(
      permissionsAllow(blocks, 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read', 'data')?.pattern,
    ).toBe('Microsoft.Storage/*');
    const second: AzurePermissionBlock = {
      actions: ['Microsoft.Compute/virtualMachines/delete'],
      notActions: [],
      dataActions: [],
      notDataActions: [],
    };
    expect(permissionsAllow([...blocks, second], 'Microsoft.Compute/virtualMachines/delete', 'control')?.pattern).toBe(
      'Microsoft.Compute/virtualMachines/delete',
    );
  });

  test('reports the ABAC condition of the block that allows', () => {
    const m = permissionsAllow(
      perms('Key Vault Data Access Administrator'),
      'Microsoft.Authorization/roleAssignments/write',
      'control',
    );
    expect(m?.pattern).toBe('Microsoft.Authorization/roleAssignments/write');
    expect(m?.condition).toContain("ActionMatches{'Microsoft.Authorization/roleAssignments/write'}");
  });
});

describe('scopeRelation', () => {
  test('an assignment at a resource group applies to a resource inside it, not the other way round', () => {
    expect(scopeRelation(INSPECTOR.resourceGroup, INSPECTOR.keyVault)).toBe('parent');
    expect(scopeRelation(INSPECTOR.keyVault, INSPECTOR.resourceGroup)).toBe('unrelated');
    expect(scopeRelation(INSPECTOR.subscription, INSPECTOR.keyVault)).toBe('parent');
  });

  test('compares case-insensitively, ignores a trailing slash, and only on a segment boundary', () => {
    expect(scopeRelation(INSPECTOR.keyVault.toUpperCase(), `${INSPECTOR.keyVault}/`)).toBe('same');
    expect(scopeRelation(INSPECTOR.resourceGroup, INSPECTOR.otherGroup)).toBe('unrelated');
    expect(normalizeScope('/Subscriptions/ABC/')).toBe('/subscriptions/abc');
  });

  test('an assignment at a management group applies below it only if the subscription is in it, which is unknown', () => {
    expect(scopeRelation(INSPECTOR.managementGroup, INSPECTOR.keyVault)).toBe('management-group');
    expect(scopeRelation(INSPECTOR.managementGroup, `${INSPECTOR.managementGroup}`)).toBe('same');
    expect(scopeRelation(INSPECTOR.subscription, INSPECTOR.managementGroup)).toBe('unrelated');
  });
});

describe('decidePlane', () => {
  test('data when the catalog lists the operation only as a data action, control when only as an action', () => {
    expect(decidePlane('Microsoft.KeyVault/vaults/secrets/setSecret/action')).toEqual({
      plane: 'data',
      source: 'catalog',
    });
    expect(decidePlane('microsoft.containerregistry/registries/push/write')).toEqual({
      plane: 'control',
      source: 'catalog',
    });
  });

  test('control by default for an operation the catalog does not list, and the given plane wins', () => {
    expect(decidePlane('Contoso.Widgets/widgets/spin/action')).toEqual({ plane: 'control', source: 'default' });
    expect(decidePlane('Microsoft.KeyVault/vaults/secrets/setSecret/action', 'control')).toEqual({
      plane: 'control',
      source: 'option',
    });
  });
});
