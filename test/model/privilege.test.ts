/** What the rules derive: read vs write of grants, baselines and tasks; workload roles. */
import { resolveDefinition } from '../../lib/model';
import { azureActionWrites, baselineWrites, grantWrites } from '../../lib/model/privilege';
import { referenceOrganisation } from '../../examples/reference-org/definition';

const model = resolveDefinition(referenceOrganisation);
const baseline = (name: string) => model.baselines.find((b) => b.name === name)!;

describe('azureActionWrites', () => {
  test.each([
    ['*/read', false],
    ['Microsoft.ContainerRegistry/registries/pull/read', false],
    ['Microsoft.KeyVault/vaults/secrets/getSecret/action', false],
    ['Microsoft.OperationalInsights/workspaces/search/action', false],
    ['Microsoft.ContainerService/managedClusters/listClusterUserCredential/action', false],
    ['Microsoft.Support/*', false],
    ['Microsoft.Insights/alertRules/*', false],
    ['Microsoft.ContainerRegistry/registries/push/write', true],
    ['Microsoft.ContainerService/managedClusters/listClusterAdminCredential/action', true],
    ['Microsoft.Storage/storageAccounts/listKeys/action', true],
    ['Microsoft.KeyVault/vaults/secrets/*', true],
    ['*', true],
  ])('%s writes: %s', (action, writes) => {
    expect(azureActionWrites(action)).toBe(writes);
  });
});

describe('baselines of the reference organisation', () => {
  test("the reference organisation's viewer baselines only read (reader roles' support and classic alert actions are ancillary)", () => {
    for (const n of [
      'BASE_PROD_ACR_IMAGE_LIST',
      'BASE_PROD_K8S_CLUSTER_VIEWER',
      'BASE_PROD_K8S_NS_A_VIEWER',
      'BASE_PROD_MONITOR_LOG_VIEWER',
      'BASE_PROD_APPINSIGHTS_VIEWER',
      'BASE_PROD_KV_SECRETS_GET',
      'BASE_PROD_KV_SECRETS_READLIST',
      'BASE_PROD_VPN_ACCESS',
    ]) {
      expect([n, baselineWrites(baseline(n), model)]).toEqual([n, undefined]);
    }
  });

  test('push, deploy and admin baselines write, by action part', () => {
    expect(baselineWrites(baseline('BASE_PROD_ACR_IMAGE_PUSH'), model)).toBe(
      'BASE_PROD_ACR_IMAGE_PUSH: action part PUSH',
    );
    expect(baselineWrites(baseline('BASE_PROD_K8S_NS_A_DEPLOY'), model)).toBe(
      'BASE_PROD_K8S_NS_A_DEPLOY: action part DEPLOY',
    );
  });

  test('grants are classified on their own: AcrPush, the edit ClusterRole, a directory role other than a reader', () => {
    expect(grantWrites(baseline('BASE_PROD_ACR_IMAGE_PUSH').grants[0], model)).toBe(
      'Azure role "AcrPush" allows Microsoft.ContainerRegistry/registries/push/write',
    );
    expect(grantWrites(baseline('BASE_PROD_K8S_NS_A_DEPLOY').grants[1], model)).toBe(
      'Kubernetes ClusterRole "edit" allows "create"',
    );
    expect(grantWrites({ kind: 'directoryRole', roleName: 'Global Reader', templateId: 'x' }, model)).toBeUndefined();
    expect(grantWrites({ kind: 'directoryRole', roleName: 'User Administrator', templateId: 'x' }, model)).toBe(
      'Entra directory role "User Administrator"',
    );
  });
});
