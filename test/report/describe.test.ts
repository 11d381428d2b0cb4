/** The words shared by every output: policies, grants, paths. */
import type { ResolvedGrant, ResolvedJitPolicy } from '../../lib/model/resolved';
import { describeGrant, describePath, describePolicy, describeRoleVia } from '../../lib/report/describe';

const policy: ResolvedJitPolicy = {
  maximumActivation: 'PT2H',
  requireJustification: true,
  requireTicket: true,
  requireApproval: true,
  approvers: [
    { kind: 'role', role: 'ROLE_LEAD' },
    { kind: 'group', objectId: '0000a115-0000-4000-8000-000000000001', displayName: 'security' },
    { kind: 'user', objectId: '0000a11c-0000-4000-8000-000000000001' },
  ],
  requireMfa: false,
  authenticationContext: 'c1',
  notifyOnActivation: ['soc@contoso.example'],
  eligibilityExpiry: 'P90D',
};

test('describePolicy names every setting a reviewer asks about', () => {
  expect(describePolicy(policy)).toBe(
    'max PT2H, approval by ROLE_LEAD or group security or user 0000a11c-0000-4000-8000-000000000001, authentication context c1, justification, ticket, notifies soc@contoso.example, eligibility expires after P90D',
  );
  expect(
    describePolicy({
      ...policy,
      requireApproval: false,
      approvers: [],
      requireMfa: true,
      authenticationContext: undefined,
      requireTicket: false,
      notifyOnActivation: [],
      eligibilityExpiry: 'never',
    }),
  ).toBe('max PT2H, no approval, MFA, justification');
});

test.each<[ResolvedGrant, string]>([
  [
    {
      kind: 'azureRole',
      roleName: 'AcrPush',
      roleDefinitionId: '8311e382-0749-4cb8-b61a-304f252e45ec',
      scope: '/subscriptions/s',
    },
    'Azure role AcrPush (8311e382-0749-4cb8-b61a-304f252e45ec) at /subscriptions/s',
  ],
  [
    { kind: 'azureCustomRole', roleName: 'VM Operator', scope: '/subscriptions/s' },
    'Azure custom role VM Operator at /subscriptions/s',
  ],
  [
    { kind: 'directoryRole', roleName: 'Global Reader', templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' },
    'Entra directory role Global Reader (f2ef992c-3afb-46b9-b7cf-a126ee74c451)',
  ],
  [
    { kind: 'kubernetes', cluster: 'aks-prod', namespace: 'a', clusterRole: 'view', custom: false, rules: [] },
    'Kubernetes ClusterRole view, namespace a on aks-prod',
  ],
  [
    {
      kind: 'kubernetes',
      cluster: 'aks-prod',
      namespace: null,
      custom: true,
      rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }],
    },
    'Kubernetes custom rules (1), cluster-wide on aks-prod',
  ],
  [{ kind: 'vpnPool', addressPrefixes: ['172.16.1.0/24', '172.16.2.0/24'] }, 'VPN pool 172.16.1.0/24, 172.16.2.0/24'],
])('describeGrant %#', (grant, text) => {
  expect(describeGrant(grant)).toBe(text);
});

test('paths name the role, the inheritance chain, the task and the baseline', () => {
  const path = {
    role: 'ROLE_LEAD',
    via: ['ROLE_LEAD', 'ROLE_OPERATOR'],
    task: 'TASK_PROD_OPERATE',
    mode: 'standing' as const,
  };
  expect(describeRoleVia(path)).toBe('ROLE_LEAD (inherits from ROLE_OPERATOR)');
  expect(describePath(path, 'BASE_PROD_VM_OPERATOR')).toBe(
    'ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_OPERATE -> BASE_PROD_VM_OPERATOR',
  );
  expect(describePath({ ...path, via: ['ROLE_LEAD'] })).toBe('ROLE_LEAD -> TASK_PROD_OPERATE');
});
