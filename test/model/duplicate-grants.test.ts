/** Rule `duplicate-grant`: a baseline grants each thing once, so synthesis never meets the same resource twice. */
import { Grants, validateDefinition, type BaselineDefinition, type Grant, type KubernetesRule } from '../../lib/model';
import { IDS, keyVault, withBaselines } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const B = 'baselines.BASE_PROD_X_A';
const base = (...grants: Grant[]): BaselineDefinition => ({ environment: 'PROD', service: 'X', action: 'A', grants });
const pods: KubernetesRule[] = [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }];
const logs: KubernetesRule[] = [{ apiGroups: [''], resources: ['pods/log'], verbs: ['get'] }];

describe('duplicate-grant', () => {
  test('fails the same Azure role at the same scope listed twice, naming both grants', () => {
    const g = Grants.azureRole('Key Vault Secrets User', keyVault());
    expect(validateDefinition(withBaselines(base(g, g)))).toEqual([
      problem({
        path: `${B}.grants[1]`,
        rule: 'duplicate-grant',
        value: g,
        message: [
          'Azure role "Key Vault Secrets User" at this scope is granted twice',
          `also by ${B}.grants[0]`,
          'synthesis would create the same resource twice',
        ],
        fix: `remove this grant (${B}.grants[0] already grants it)`,
      }),
    ]);
  });

  test('fails the same role at a scope differing only by letter case (Azure answers 409 to the second)', () => {
    const lower = Grants.azureRole('Reader', `/subscriptions/${IDS.subscription}/resourceGroups/rg-prod`);
    const upper = Grants.azureRole('Reader', `/Subscriptions/${IDS.subscription}/resourceGroups/RG-PROD`);
    expect(validateDefinition(withBaselines(base(lower, upper)))).toEqual([
      problem({
        path: `${B}.grants[1]`,
        rule: 'duplicate-grant',
        value: upper,
        message: [
          'Azure role "Reader" at this scope is granted twice',
          `also by ${B}.grants[0], at "${lower.scope}", which differs only by letter case`,
          'Azure compares scopes case-insensitively',
          '409 Conflict (RoleAssignmentExists)',
        ],
        fix: `remove this grant (${B}.grants[0] already grants it)`,
      }),
    ]);
  });

  test('accepts the same role at two scopes, and two roles at one scope', () => {
    const d = withBaselines(
      base(
        Grants.azureRole('Reader', keyVault('PROD')),
        Grants.azureRole('Reader', `/subscriptions/${IDS.subscription}/resourceGroups/rg-prod`),
        Grants.azureRole('Key Vault Reader', keyVault('PROD')),
      ),
    );
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails a custom role and a directory role listed twice', () => {
    const custom = Grants.azureCustomRole('VM Power', `/subscriptions/${IDS.subscription}`);
    const directory = Grants.directoryRole('Global Reader');
    const d = {
      ...withBaselines({ ...base(custom, directory, custom, directory), roleAssignable: true }),
      customRoles: [
        {
          name: 'VM Power',
          actions: ['Microsoft.Compute/virtualMachines/start/action'],
          assignableScopes: [`/subscriptions/${IDS.subscription}`],
        },
      ],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `${B}.grants[2]`,
        rule: 'duplicate-grant',
        value: custom,
        message: ['custom role "VM Power" at this scope is granted twice', `also by ${B}.grants[0]`],
        fix: 'remove this grant',
      }),
      problem({
        path: `${B}.grants[3]`,
        rule: 'duplicate-grant',
        value: directory,
        message: ['directory role "Global Reader" is granted twice', `also by ${B}.grants[1]`],
        fix: 'remove this grant',
      }),
    ]);
  });

  test("fails two custom-rule grants in one namespace of one cluster: both would be the baseline's one Role", () => {
    const second = Grants.rulesInNamespace('aks-prod', 'team-a', logs);
    const d = withBaselines(base(Grants.rulesInNamespace('aks-prod', 'team-a', pods), second));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `${B}.grants[1]`,
        rule: 'duplicate-grant',
        value: second,
        message: [
          'custom rules in namespace "team-a" of cluster "aks-prod" is granted twice',
          `also by ${B}.grants[0]`,
          'both would be the one Role "base-prod-x-a"',
        ],
        fix: [`merge the rules of this grant into ${B}.grants[0]`, 'or move it to another baseline'],
      }),
    ]);
  });

  test('fails two cluster-wide custom-rule grants, and a ClusterRole bound twice in one namespace', () => {
    const wide = Grants.rulesClusterWide('aks-prod', logs);
    const view = Grants.clusterRoleInNamespace('aks-prod', 'team-a', 'view');
    const d = withBaselines(base(Grants.rulesClusterWide('aks-prod', pods), wide, view, view));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `${B}.grants[1]`,
        rule: 'duplicate-grant',
        value: wide,
        message: ['custom rules cluster-wide on cluster "aks-prod"', 'the one ClusterRole "base-prod-x-a"'],
        fix: 'merge the rules',
      }),
      problem({
        path: `${B}.grants[3]`,
        rule: 'duplicate-grant',
        value: view,
        message: ['ClusterRole "view" in namespace "team-a" of cluster "aks-prod" is granted twice'],
        fix: 'remove this grant',
      }),
    ]);
  });

  test('accepts custom rules in two namespaces, and a ClusterRole and custom rules in one namespace', () => {
    const d = withBaselines(
      base(
        Grants.rulesInNamespace('aks-prod', 'team-a', pods),
        Grants.rulesInNamespace('aks-prod', 'team-b', pods),
        Grants.clusterRoleInNamespace('aks-prod', 'team-a', 'view'),
        Grants.rulesClusterWide('aks-prod', pods),
      ),
    );
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails a VPN address prefix listed twice in one baseline', () => {
    const d = {
      ...withBaselines(base(Grants.vpnPool('172.16.1.0/24'), Grants.vpnPool('172.16.2.0/24', '172.16.1.0/24'))),
      vpn: { defaultAddressPrefixes: ['172.16.0.0/24'], defaultGroupObjectId: IDS.bob },
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `${B}.grants[1].addressPrefixes[1]`,
        rule: 'duplicate-grant',
        value: '172.16.1.0/24',
        message: `VPN address prefix 172.16.1.0/24 is granted twice: also by ${B}.grants[0].addressPrefixes[0]`,
        fix: 'remove this prefix',
      }),
    ]);
  });
});
