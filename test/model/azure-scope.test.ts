/** Rule `azure-scope`: one case-insensitive scope grammar, and nothing Azure would resolve differently. */
import { Grants, parseAzureScope, validateDefinition, type BaselineDefinition } from '../../lib/model';
import { IDS, minimal, withBaselines } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const sub = `/subscriptions/${IDS.subscription}`;
const rg = `${sub}/resourceGroups/rg-prod`;
const kv = `${rg}/providers/Microsoft.KeyVault/vaults/kv-prod`;
const base = (scope: string): BaselineDefinition => ({
  environment: 'PROD',
  service: 'X',
  action: 'A',
  grants: [Grants.azureRole('Reader', scope)],
});

describe('parseAzureScope', () => {
  test.each([
    [
      '/providers/Microsoft.Management/managementGroups/mg-platform',
      { kind: 'managementGroup', managementGroup: 'mg-platform' },
    ],
    [
      '/PROVIDERS/microsoft.management/MANAGEMENTGROUPS/mg(1).x',
      { kind: 'managementGroup', managementGroup: 'mg(1).x' },
    ],
    [sub, { kind: 'subscription', subscriptionId: IDS.subscription }],
    [
      `/Subscriptions/${IDS.subscription.toUpperCase()}`,
      { kind: 'subscription', subscriptionId: IDS.subscription.toUpperCase() },
    ],
    [
      `/SUBSCRIPTIONS/${IDS.subscription}/ResourceGroups/RG-Prod`,
      { kind: 'resourceGroup', subscriptionId: IDS.subscription, resourceGroup: 'RG-Prod' },
    ],
    [
      kv,
      {
        kind: 'resource',
        subscriptionId: IDS.subscription,
        resourceGroup: 'rg-prod',
        resourceType: 'Microsoft.KeyVault/vaults',
        resourceName: 'kv-prod',
      },
    ],
    [`${kv}/secrets/db-password`, { resourceType: 'Microsoft.KeyVault/vaults/secrets', resourceName: 'db-password' }],
    [
      `${rg}/providers/Microsoft.Storage/storageAccounts/st1/blobServices/default/containers/$web`,
      { resourceType: 'Microsoft.Storage/storageAccounts/blobServices/containers', resourceName: '$web' },
    ],
    [
      `${kv}/providers/Microsoft.Insights/diagnosticSettings/to-law`,
      { resourceType: 'Microsoft.Insights/diagnosticSettings', resourceName: 'to-law' },
    ],
  ])('accepts %s', (scope, parts) => {
    const r = parseAzureScope(scope);
    expect(r).toEqual({ ok: true, scope: expect.objectContaining(parts) });
  });

  test.each([
    ['', 'it is empty'],
    ['/', 'the root scope "/" is not accepted'],
    ['rg-prod', 'it does not start with "/"'],
    ['kv-prod.vault.azure.net', 'it does not start with "/"'],
    ['/subscriptions/abc', 'the subscription ID "abc" is not a UUID'],
    ['/subscriptions', '"/subscriptions" is not followed by a subscription ID'],
    [`${sub}/`, 'it ends with "/"'],
    [`${rg}/`, 'it ends with "/"'],
    [`${sub}//resourceGroups/rg-prod`, 'it has an empty segment ("//")'],
    [`${kv}/../../../../subscriptions/${IDS.subscription}`, 'it has a ".." segment'],
    [`${sub}/resourceGroups/rg-prod/./providers/Microsoft.KeyVault/vaults/kv`, 'it has a "." segment'],
    [`${sub}/resourceGroups/..`, 'it has a ".." segment'],
    [`${sub}/resourceGroups/rg.`, 'the resource group name "rg." ends with "."'],
    [`${rg}/providers/Microsoft.KeyVault/vaults/kv.`, 'the resource name "kv." is not'],
    [`${sub}/resourceGroups/rg%2F..%2Fother`, 'it contains "%"'],
    [`${sub}/resourceGroups/rg-prod\\..\\x`, 'it contains "\\"'],
    [`${kv}?api-version=1`, 'it contains "?" or "#"'],
    [`${kv}#x`, 'it contains "?" or "#"'],
    [`${rg} `, 'it contains a space'],
    [`${rg}\n`, 'it contains a line break (U+000A)'],
    [`${rg}\u202e`, 'it contains the non-ASCII character "\u202e" (U+202E)'],
    [`${rg}\u0000`, 'it contains the whitespace or control character U+0000'],
    [`${sub}/resourceGroups/rg-pr\u043ed`, 'it contains the non-ASCII character "\u043e" (U+043E)'],
    [`${rg}/providers/Microsoft.KeyVault/vaults/\${file("/etc/passwd")}`, 'the resource name "${file("'],
    [`${rg}/providers/Microsoft.KeyVault/vaults`, 'the resource type "vaults" is not followed by a resource name'],
    [`${rg}/providers/Microsoft.KeyVault`, 'a resource ID names a namespace, a resource type and a resource'],
    [`${rg}/providers/keyvault/vaults/kv`, '"keyvault" is not a resource provider namespace'],
    [`${rg}/vaults/kv`, 'a resource group is followed by /providers/<namespace>/<type>/<name>'],
    [`${sub}/kv`, 'a subscription is followed by /resourceGroups/<name>'],
    ['/providers/Microsoft.Management/managementGroups', 'a scope starting with /providers is a management group'],
    ['/providers/Microsoft.Management/managementGroups/mg/subscriptions/x', 'a scope starting with /providers'],
    ['/tenants/x', 'a scope starts with /subscriptions/<uuid> or /providers/Microsoft.Management'],
    [`${sub}/resourceGroups/${'r'.repeat(91)}`, 'is not 1-90 letters, digits'],
  ])('refuses %j: %s', (scope, reason) => {
    const r = parseAzureScope(scope);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toContain(reason);
  });
});

describe('azure-scope in a definition', () => {
  test('accepts /Subscriptions/<id> as it accepts /Subscriptions/<id>/resourceGroups/x: one case-insensitive grammar', () => {
    expect(validateDefinition(withBaselines(base(`/Subscriptions/${IDS.subscription}`)))).toEqual([]);
    expect(validateDefinition(withBaselines(base(`/Subscriptions/${IDS.subscription}/resourceGroups/x`)))).toEqual([]);
  });

  test('fails a scope climbing out of a Key Vault with ".." segments, naming the reason and the fix', () => {
    const scope = `/subscriptions/${IDS.subscription}/resourceGroups/rg-dev/providers/Microsoft.KeyVault/vaults/kv-dev/../../../../subscriptions/00000002-0000-4000-8000-000000000002`;
    expect(validateDefinition(withBaselines(base(scope)))).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].scope',
        rule: 'azure-scope',
        value: scope,
        message: [
          'the scope is not an Azure resource ID of a management group, subscription, resource group or resource',
          'it has a ".." segment, which a URL resolver removes or uses to climb to the parent',
          'Azure would act on another scope than the one written',
        ],
        fix: [
          'copy the resource ID as Azure shows it',
          'no "." or ".." segment',
          '/subscriptions/<uuid>/resourceGroups/<rg>',
        ],
      }),
    ]);
  });

  test('fails a custom role assignable scope with an empty segment', () => {
    const scope = `${sub}//resourceGroups/rg-prod`;
    const d = {
      ...minimal(),
      customRoles: [{ name: 'VM Power', actions: ['Microsoft.Compute/*/read'], assignableScopes: [scope] }],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'customRoles[0].assignableScopes[0]',
        rule: 'azure-scope',
        value: scope,
        message: ['not an Azure management group, subscription, resource group or resource ID', 'empty segment ("//")'],
        fix: ['no "." or ".." segment, "//"', '/subscriptions/<uuid>'],
      }),
    ]);
  });
});
