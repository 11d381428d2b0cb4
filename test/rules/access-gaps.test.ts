/**
 * Wrong access that linted clean before (issue 16, "Rule pack gaps"): each is now an error or a warning of the whole
 * pack, with its rule, level and path.
 */
import { Grants, resolveDefinition, type AccessModelDefinition, type BaselineDefinition } from '../../lib/model';
import { runRulePack } from '../../lib/rules/pack';
import { developerRole, IDS, keyVault, minimal } from '../fixtures/minimal';
import { leadRole, MORE_IDS } from './fixtures';

const TENANT_ROOT = '/providers/Microsoft.Management/managementGroups/0000e7a1-0000-4000-8000-000000000001';
const RG_DEV = `/subscriptions/${IDS.subscription}/resourceGroups/rg-dev`;
const RG_PROD = `/subscriptions/${IDS.subscription}/resourceGroups/rg-prod`;

/** minimal() plus one DEV baseline in TASK_DEV_GAP, held by ROLE_DEVELOPER eligible (or standing). */
function devGap(baseline: Omit<BaselineDefinition, 'environment' | 'action'>, held: 'eligible' | 'standing') {
  const d = minimal();
  const b: BaselineDefinition = { environment: 'DEV', action: 'GAP', ...baseline };
  const base = `BASE_DEV_${b.service}${b.scope ? `_${b.scope}` : ''}_GAP` as const;
  return {
    ...d,
    baselines: [...d.baselines, b],
    tasks: [
      ...d.tasks,
      {
        environment: 'DEV',
        name: 'GAP',
        baselines: [base],
        ...(held === 'eligible' ? { jit: { maximumActivation: 'PT1H' } } : {}),
      },
    ],
    roles: [
      developerRole(
        held === 'eligible'
          ? { eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_GAP'] }
          : { standing: ['TASK_DEV_VIEWER', 'TASK_DEV_GAP'] },
      ),
      leadRole(),
    ],
  } satisfies AccessModelDefinition;
}

const findings = (d: AccessModelDefinition) =>
  runRulePack(resolveDefinition(d))
    .findings.filter((f) => f.rule !== 'break-glass-declared' && f.rule !== 'empty-role')
    .map((f) => [f.level, f.rule, f.path]);

describe('wrong access that linted clean is a finding', () => {
  test('a DEV task holding Global Administrator, eligible with no approval', () => {
    const d = devGap({ service: 'ENTRA', grants: [Grants.directoryRole('Global Administrator')] }, 'eligible');
    expect(findings(d)).toEqual([
      ['error', 'tenant-wide-privilege', 'tasks.TASK_DEV_GAP.jit'],
      // a directory role makes the baseline role-assignable: the task group can't nest it
      ['warning', 'two-step-activation', 'tasks.TASK_DEV_GAP'],
    ]);
  });

  test('Owner at the tenant root management group, eligible with no approval', () => {
    const d = devGap({ service: 'ROOT', grants: [Grants.azureRole('Owner', TENANT_ROOT)] }, 'eligible');
    expect(findings(d)).toEqual([['error', 'tenant-wide-privilege', 'tasks.TASK_DEV_GAP.jit']]);
  });

  test('a DEV baseline on a PROD resource, standing, once environments declare their Azure scopes', () => {
    const d = devGap(
      { service: 'KV', grants: [Grants.azureRole('Key Vault Secrets User', keyVault('PROD'))] },
      'standing',
    );
    const scoped = {
      ...d,
      environments: [
        { name: 'PROD', protected: true, azureScopes: [RG_PROD] },
        { name: 'DEV', azureScopes: [RG_DEV] },
      ],
    };
    expect(findings(scoped)).toEqual([
      ['error', 'cross-environment-scope', 'baselines.BASE_DEV_KV_GAP.grants[0].scope'],
    ]);
  });

  test('a custom role with Microsoft.Authorization/* held standing', () => {
    const d = {
      ...devGap({ service: 'RG', grants: [Grants.azureCustomRole('Access Admin', RG_DEV)] }, 'standing'),
      customRoles: [{ name: 'Access Admin', actions: ['Microsoft.Authorization/*'], assignableScopes: [RG_DEV] }],
    };
    expect(findings(d)).toEqual([['error', 'standing-azure-owner', 'roles.ROLE_DEVELOPER.standing[1]']]);
  });

  test.each([
    ['admin in kube-system', Grants.clusterRoleInNamespace('aks-dev', 'kube-system', 'admin'), []],
    [
      'impersonate on users and groups',
      Grants.rulesClusterWide('aks-dev', [{ apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] }]),
      [['warning', 'k8s-escalation-rule', 'baselines.BASE_DEV_K8S_GAP.grants[0].rules[0]']],
    ],
    [
      'bind and escalate on roles',
      Grants.rulesClusterWide('aks-dev', [
        { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['bind', 'escalate'] },
      ]),
      [['warning', 'k8s-escalation-rule', 'baselines.BASE_DEV_K8S_GAP.grants[0].rules[0]']],
    ],
  ])('a cluster-admin equivalent held standing: %s', (_what, grant, warnings) => {
    const d = devGap({ service: 'K8S', grants: [grant] }, 'standing');
    expect(findings(d)).toEqual([['error', 'standing-cluster-admin', 'roles.ROLE_DEVELOPER.standing[1]'], ...warnings]);
  });

  test('a break-glass account as an approver of exception tasks', () => {
    const d: AccessModelDefinition = {
      ...minimal(),
      breakGlass: [{ objectId: IDS.breakGlass }, { objectId: MORE_IDS.breakGlass2 }],
      exceptions: { approvers: [{ kind: 'user', objectId: IDS.breakGlass }], notify: ['security@contoso.com'] },
    };
    expect(findings(d)).toEqual([['error', 'break-glass-isolated', 'exceptions.approvers[0]']]);
  });
});
