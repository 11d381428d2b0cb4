/** Rules `empty`, `azure-scope`, `kubernetes-grant`, `vpn-prefix` and `object-id`: values the platforms accept. */
import { Grants, validateDefinition, type BaselineDefinition, type Grant } from '../../lib/model';
import { developerRole, IDS, minimal, viewerTask, withBaselines, withRoles, withTasks } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const base = (action: string, ...grants: Grant[]): BaselineDefinition => ({
  environment: 'PROD',
  service: 'X',
  action,
  grants,
});
const subscription = `/subscriptions/${IDS.subscription}`;
const vpn = { defaultAddressPrefixes: ['172.16.0.0/24'], defaultGroupObjectId: IDS.bob };

describe('empty', () => {
  test('fails a baseline without grants', () => {
    expect(validateDefinition(withBaselines(base('A')))).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants',
        rule: 'empty',
        value: [],
        message: 'a baseline must grant something',
        fix: 'add at least one grant',
      }),
    ]);
  });

  test('fails a task without baselines', () => {
    expect(validateDefinition(withTasks(viewerTask('PROD', { name: 'NOTHING', baselines: [] })))).toEqual([
      problem({
        path: 'tasks.TASK_PROD_NOTHING.baselines',
        rule: 'empty',
        value: [],
        message: 'a task must combine at least one baseline',
        fix: 'list the baselines the task needs',
      }),
    ]);
  });

  test('fails a custom role that allows nothing and has no scope', () => {
    const d = { ...minimal(), customRoles: [{ name: 'Nothing', actions: [], assignableScopes: [] }] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'customRoles[0].actions',
        rule: 'empty',
        value: [],
        message: 'custom role "Nothing" allows nothing',
        fix: 'list its actions or data actions',
      }),
      problem({
        path: 'customRoles[0].assignableScopes',
        rule: 'empty',
        value: [],
        message: 'custom role "Nothing" has no assignable scope',
        fix: 'list at least one scope',
      }),
    ]);
  });
});

describe('azure-scope', () => {
  test.each([
    `${subscription}/resourceGroups/rg-prod`,
    '/providers/Microsoft.Management/managementGroups/mg-platform',
    `${subscription}/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/kv-prod`,
  ])('accepts %s', (scope) => {
    expect(validateDefinition(withBaselines(base('A', Grants.azureRole('Reader', scope))))).toEqual([]);
  });

  test.each(['rg-prod', '/subscriptions/abc', `${subscription}/resourceGroups/`, 'kv-prod.vault.azure.net'])(
    'fails the scope %j',
    (scope) => {
      expect(validateDefinition(withBaselines(base('A', Grants.azureRole('Reader', scope))))).toEqual([
        problem({
          path: 'baselines.BASE_PROD_X_A.grants[0].scope',
          rule: 'azure-scope',
          value: scope,
          message: 'not an Azure resource ID of a management group, subscription, resource group or resource',
          fix: '/subscriptions/<uuid>/resourceGroups/<rg>',
        }),
      ]);
    },
  );

  const vmRole = {
    name: 'VM Power Operator',
    actions: ['Microsoft.Compute/virtualMachines/start/action'],
    assignableScopes: [`${subscription}/resourceGroups/rg-prod`],
  };

  test('accepts a custom role at its assignable scope and below it', () => {
    const d = {
      ...withBaselines(
        base(
          'A',
          Grants.azureCustomRole(vmRole.name, `${subscription}/resourceGroups/rg-prod`),
          Grants.azureCustomRole(
            vmRole.name,
            `${subscription}/resourceGroups/RG-PROD/providers/Microsoft.Compute/virtualMachines/vm1`,
          ),
        ),
      ),
      customRoles: [vmRole],
    };
    expect(validateDefinition(d)).toEqual([]);
  });

  test.each([`${subscription}/resourceGroups/rg-other`, `${subscription}/resourceGroups/rg-prod2`])(
    'fails a custom role at %s, outside its assignable scopes',
    (scope) => {
      const d = { ...withBaselines(base('A', Grants.azureCustomRole(vmRole.name, scope))), customRoles: [vmRole] };
      expect(validateDefinition(d)).toEqual([
        problem({
          path: 'baselines.BASE_PROD_X_A.grants[0].scope',
          rule: 'azure-scope',
          value: scope,
          message: 'outside the assignable scopes of custom role "VM Power Operator"',
          fix: `assignableScopes (${subscription}/resourceGroups/rg-prod)`,
        }),
      ]);
    },
  );

  test('fails a custom role assignable scope that is not a scope', () => {
    const d = { ...minimal(), customRoles: [{ ...vmRole, assignableScopes: ['sub-prod'] }] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'customRoles[0].assignableScopes[0]',
        rule: 'azure-scope',
        value: 'sub-prod',
        message: 'not an Azure management group, subscription, resource group or resource ID',
        fix: '/subscriptions/<uuid>',
      }),
    ]);
  });
});

describe('kubernetes-grant', () => {
  const k8s = (g: Record<string, unknown>) =>
    withBaselines(base('A', { kind: 'kubernetes', cluster: 'aks-prod', ...g } as Grant));
  const path = 'baselines.BASE_PROD_X_A.grants[0]';
  const rules = [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }];

  test('accepts the four factory forms', () => {
    const d = withBaselines(
      base(
        'A',
        Grants.clusterRoleInNamespace('aks-prod', 'team-a', 'edit'),
        Grants.clusterRoleClusterWide('aks-prod', 'view'),
        Grants.rulesInNamespace('aks-prod', 'a', rules),
        Grants.rulesClusterWide('aks-prod', rules),
      ),
    );
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails both namespace and clusterWide', () => {
    expect(validateDefinition(k8s({ namespace: 'a', clusterWide: true, clusterRole: 'view' }))).toEqual([
      problem({
        path,
        rule: 'kubernetes-grant',
        value: { namespace: 'a', clusterWide: true },
        message: 'exactly one of namespace and clusterWide: true',
        fix: ['set namespace for a RoleBinding', 'clusterWide: true for a ClusterRoleBinding'],
      }),
    ]);
  });

  test.each([{}, { clusterWide: false }])('fails neither namespace nor clusterWide: true (%j)', (g) => {
    expect(validateDefinition(k8s({ ...g, clusterRole: 'view' }))).toEqual([
      problem({
        path,
        rule: 'kubernetes-grant',
        value: { namespace: undefined, clusterWide: g.clusterWide },
        message: 'exactly one of namespace and clusterWide: true',
        fix: 'set namespace',
      }),
    ]);
  });

  test('fails both clusterRole and rules', () => {
    expect(validateDefinition(k8s({ namespace: 'a', clusterRole: 'view', rules }))).toEqual([
      problem({
        path,
        rule: 'kubernetes-grant',
        value: { clusterRole: 'view', rules },
        message: 'exactly one of clusterRole and rules',
        fix: ['built-in ClusterRole (view, edit, admin, cluster-admin)', 'custom rules'],
      }),
    ]);
  });

  test('fails neither clusterRole nor rules', () => {
    expect(validateDefinition(k8s({ namespace: 'a' }))).toEqual([
      problem({
        path,
        rule: 'kubernetes-grant',
        value: { clusterRole: undefined, rules: undefined },
        message: 'exactly one of clusterRole and rules',
        fix: 'bind a built-in ClusterRole',
      }),
    ]);
  });

  test('fails a namespace that is not a DNS label, suggesting one', () => {
    expect(validateDefinition(k8s({ namespace: 'Team_A', clusterRole: 'view' }))).toEqual([
      problem({
        path: `${path}.namespace`,
        rule: 'kubernetes-grant',
        value: 'Team_A',
        message: 'a namespace must be a DNS label',
        fix: 'use e.g. "team-a"',
      }),
    ]);
  });

  test('fails a custom rule without verbs or resources', () => {
    const bad = { apiGroups: [''], resources: [], verbs: ['get'] };
    expect(validateDefinition(k8s({ namespace: 'a', rules: [...rules, bad] }))).toEqual([
      problem({
        path: `${path}.rules[1]`,
        rule: 'kubernetes-grant',
        value: bad,
        message: 'a rule needs at least one verb and one resource',
        fix: 'list the verbs and resources',
      }),
    ]);
  });
});

describe('vpn-prefix', () => {
  test('fails prefixes that are not IPv4 CIDR, with a suggestion', () => {
    const d = {
      ...withBaselines(base('A', Grants.vpnPool('172.16.1.0', '300.1.1.0/24', '172.16.1.0/33', '10.0.0.0/8'))),
      vpn,
    };
    const p = 'baselines.BASE_PROD_X_A.grants[0].addressPrefixes';
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `${p}[0]`,
        rule: 'vpn-prefix',
        value: '172.16.1.0',
        message: 'not an IPv4 CIDR prefix',
        fix: 'e.g. "172.16.1.0/24"',
      }),
      problem({
        path: `${p}[1]`,
        rule: 'vpn-prefix',
        value: '300.1.1.0/24',
        message: 'not an IPv4 CIDR prefix',
        fix: 'address/length',
      }),
      problem({
        path: `${p}[2]`,
        rule: 'vpn-prefix',
        value: '172.16.1.0/33',
        message: 'not an IPv4 CIDR prefix',
        fix: 'address/length',
      }),
    ]);
  });

  test('fails a pool without prefixes and a bad default prefix', () => {
    const d = {
      ...withBaselines(base('A', Grants.vpnPool())),
      vpn: { ...vpn, defaultAddressPrefixes: ['172.16.0.0/24', '172.16.0/24'] },
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].addressPrefixes',
        rule: 'vpn-prefix',
        value: [],
        message: 'a VPN pool needs at least one address prefix',
        fix: '172.16.1.0/24',
      }),
      problem({
        path: 'vpn.defaultAddressPrefixes[1]',
        rule: 'vpn-prefix',
        value: '172.16.0/24',
        message: 'not an IPv4 CIDR prefix',
        fix: '"172.16.0.0/24"',
      }),
    ]);
  });
});

describe('object-id', () => {
  const uuidFix = ['copy the object ID', '00000000-0000-0000-0000-000000000000'];

  test('fails object IDs that are not UUIDs: member, approver, break-glass account, VPN group', () => {
    const m = minimal();
    const d = {
      ...m,
      tasks: [
        viewerTask('PROD', { jit: { approvers: [{ kind: 'group', objectId: 'Senior developers' }] } }),
        viewerTask('DEV'),
      ],
      roles: [
        developerRole({
          members: [{ kind: 'servicePrincipal', objectId: 'sp-ci' } as never, { kind: 'user', objectId: 'alice' }],
        }),
      ],
      breakGlass: [{ objectId: 'breakglass@contoso.com' }],
      vpn: { ...vpn, defaultGroupObjectId: 'All staff' },
    };
    expect(validateDefinition(d).filter((p) => p.rule === 'object-id')).toEqual([
      problem({
        path: 'breakGlass[0].objectId',
        rule: 'object-id',
        value: 'breakglass@contoso.com',
        message: 'an Entra object ID must be a UUID',
        fix: uuidFix,
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0].objectId',
        rule: 'object-id',
        value: 'sp-ci',
        message: 'an Entra object ID must be a UUID',
        fix: uuidFix,
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.members[1].objectId',
        rule: 'object-id',
        value: 'alice',
        message: 'an Entra object ID must be a UUID',
        fix: uuidFix,
      }),
      problem({
        path: 'tasks.TASK_PROD_VIEWER.jit.approvers[0].objectId',
        rule: 'object-id',
        value: 'Senior developers',
        message: 'an Entra object ID must be a UUID',
        fix: uuidFix,
      }),
      problem({
        path: 'vpn.defaultGroupObjectId',
        rule: 'object-id',
        value: 'All staff',
        message: 'an Entra object ID must be a UUID',
        fix: uuidFix,
      }),
    ]);
  });

  test('fails a user with both an object ID and a UPN, and a user with neither', () => {
    const both = { kind: 'user', objectId: IDS.bob, userPrincipalName: 'bob@contoso.com' } as const;
    const neither = { kind: 'user', displayName: 'nobody' } as const;
    expect(validateDefinition(withRoles(developerRole({ members: [both, neither] })))).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0]',
        rule: 'object-id',
        value: both,
        message: 'a user member needs exactly one of objectId and userPrincipalName',
        fix: 'give the object ID, or the UPN',
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.members[1]',
        rule: 'object-id',
        value: neither,
        message: 'exactly one of objectId and userPrincipalName',
        fix: 'looked up at plan time',
      }),
    ]);
  });

  test('accepts a user by UPN and fails a UPN that is not one', () => {
    expect(
      validateDefinition(
        withRoles(developerRole({ members: [{ kind: 'user', userPrincipalName: 'bob@contoso.com' }] })),
      ),
    ).toEqual([]);
    expect(
      validateDefinition(withRoles(developerRole({ members: [{ kind: 'user', userPrincipalName: 'bob' }] }))),
    ).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0].userPrincipalName',
        rule: 'user-principal-name',
        value: 'bob',
        message: ['not a user principal name', 'it has no "@"'],
        fix: 'alias@domain',
      }),
    ]);
  });
});
