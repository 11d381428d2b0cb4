/**
 * Grant-level changes of the baselines a task reaches, attributed to the roles and principals that hold the task:
 * Azure role and scope, Kubernetes role, namespace or cluster-wide, VPN pool, baselines of a task, custom roles.
 */
import { Grants, type AccessModelDefinition } from '../../../lib/model';
import { diffDefinitions } from '../../../lib/report/diff';
import { PEOPLE, REF, brief, withBaseline, withRole, withTask } from './reference-changes';

const APP = 'app:gh-contoso-app-prod-deploy';
const RG_PROD = '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod';
const ACR_PROD = `${RG_PROD}/providers/Microsoft.ContainerRegistry/registries/acrappprod`;

test('a namespaced ClusterRole made cluster-wide: high (the pipeline holds it standing in PROD)', () => {
  const after = withBaseline(REF, 'BASE_PROD_K8S_NS_A_DEPLOY', (b) => ({
    ...b,
    grants: [b.grants[0], Grants.clusterRoleClusterWide('aks-prod', 'edit')],
  }));
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'grant-scope-changed',
      subject: 'BASE_PROD_K8S_NS_A_DEPLOY',
      risk: 'high',
      before: 'Kubernetes ClusterRole edit, namespace a on aks-prod',
      after: 'Kubernetes ClusterRole edit, cluster-wide on aks-prod',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({
    reason:
      'standing write access in protected environment PROD (Kubernetes ClusterRole "edit" allows "create"), held by ROLE_CI_PROD_DEPLOY through TASK_PROD_DEPLOYMENT',
    roles: ['ROLE_CI_PROD_DEPLOY', 'ROLE_SNR_DEVELOPER'],
    principals: [PEOPLE.carol, APP],
  });
});

test('a Kubernetes ClusterRole changed in the same namespace: grant-role-changed', () => {
  const after = withBaseline(REF, 'BASE_DEV_K8S_NS_A_VIEWER', (b) => ({
    ...b,
    grants: [b.grants[0], Grants.clusterRoleInNamespace('aks-dev', 'a', 'edit')],
  }));
  expect(brief(diffDefinitions(REF, after))).toEqual([
    {
      kind: 'grant-role-changed',
      subject: 'BASE_DEV_K8S_NS_A_VIEWER',
      risk: 'medium',
      before: 'Kubernetes ClusterRole view, namespace a on aks-dev',
      after: 'Kubernetes ClusterRole edit, namespace a on aks-dev',
    },
  ]);
});

test('an Azure role moved to another scope: grant-scope-changed', () => {
  const other = `${RG_PROD}/providers/Microsoft.ContainerRegistry/registries/acrshared`;
  const after = withBaseline(REF, 'BASE_PROD_ACR_IMAGE_PUSH', (b) => ({
    ...b,
    grants: [Grants.azureRole('AcrPush', other)],
  }));
  expect(brief(diffDefinitions(REF, after))).toEqual([
    {
      kind: 'grant-scope-changed',
      subject: 'BASE_PROD_ACR_IMAGE_PUSH',
      risk: 'high',
      before: `Azure role AcrPush (8311e382-0749-4cb8-b61a-304f252e45ec) at ${ACR_PROD}`,
      after: `Azure role AcrPush (8311e382-0749-4cb8-b61a-304f252e45ec) at ${other}`,
    },
  ]);
});

test('the production VPN pool changed: medium for the role reaching it just in time', () => {
  const after = withBaseline(REF, 'BASE_PROD_VPN_ACCESS', (b) => ({ ...b, grants: [Grants.vpnPool('172.16.2.0/24')] }));
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'grant-pool-changed',
      subject: 'BASE_PROD_VPN_ACCESS',
      risk: 'medium',
      before: 'VPN pool 172.16.1.0/24',
      after: 'VPN pool 172.16.2.0/24',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({ roles: ['ROLE_SNR_DEVELOPER'], principals: [PEOPLE.carol] });
});

test('a grant added to a baseline (medium) and removed again (low)', () => {
  const reader = `Azure role Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7) at ${RG_PROD}`;
  const added = withBaseline(REF, 'BASE_PROD_MONITOR_LOG_VIEWER', (b) => ({
    ...b,
    grants: [...b.grants, Grants.azureRole('Reader', RG_PROD)],
  }));
  expect(brief(diffDefinitions(REF, added))).toEqual([
    { kind: 'grant-added', subject: 'BASE_PROD_MONITOR_LOG_VIEWER', risk: 'medium', after: reader },
  ]);
  expect(brief(diffDefinitions(added, REF))).toEqual([
    { kind: 'grant-removed', subject: 'BASE_PROD_MONITOR_LOG_VIEWER', risk: 'low', before: reader },
  ]);
});

test('a baseline added to a task (medium, its holders gain it) and removed (low)', () => {
  const added = withTask(REF, 'PROD', 'VIEWER', (t) => ({
    ...t,
    baselines: [...t.baselines, 'BASE_PROD_KV_SECRETS_GET'],
  }));
  const text =
    'BASE_PROD_KV_SECRETS_GET: Azure role Key Vault Secrets User (4633458b-17de-408a-b874-0445c86b69e6) at ' +
    `${RG_PROD}/providers/Microsoft.KeyVault/vaults/kv-app-prod`;
  const diff = diffDefinitions(REF, added);
  expect(brief(diff)).toEqual([
    { kind: 'task-baseline-added', subject: 'TASK_PROD_VIEWER', risk: 'medium', after: text },
  ]);
  expect(diff.changes[0]).toMatchObject({
    roles: ['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER'],
    principals: [PEOPLE.bob, PEOPLE.alice, PEOPLE.carol],
  });
  expect(brief(diffDefinitions(added, REF))).toEqual([
    { kind: 'task-baseline-removed', subject: 'TASK_PROD_VIEWER', risk: 'low', before: text },
  ]);
});

test('a writing baseline added to a task held standing in PROD: high', () => {
  const after = withTask(REF, 'PROD', 'DEPLOYMENT', (t) => ({
    ...t,
    baselines: [...t.baselines, 'BASE_PROD_KV_SECRETS_ADMIN'],
  }));
  const diff = diffDefinitions(REF, after);
  expect(diff.changes.map((c) => [c.kind, c.subject, c.risk, c.reason])).toEqual([
    [
      'task-baseline-added',
      'TASK_PROD_DEPLOYMENT',
      'high',
      'standing write access in protected environment PROD (BASE_PROD_KV_SECRETS_ADMIN: action part ADMIN), held by ROLE_CI_PROD_DEPLOY through TASK_PROD_DEPLOYMENT',
    ],
  ]);
  // carol already reached the baseline through TASK_PROD_KEYVAULT_ADMIN: only the pipeline gains it
  expect(diff.changes[0].principals).toEqual([APP]);
});

describe('custom role permissions', () => {
  const withVmOperator = (actions: string[]): AccessModelDefinition =>
    withRole(
      {
        ...REF,
        customRoles: [{ name: 'VM Power Operator', actions, assignableScopes: [RG_PROD] }],
        baselines: [
          ...REF.baselines,
          {
            environment: 'PROD',
            service: 'VM',
            action: 'POWER',
            grants: [Grants.azureCustomRole('VM Power Operator', RG_PROD)],
          },
        ],
        tasks: [...REF.tasks, { environment: 'PROD', name: 'VM_POWER', baselines: ['BASE_PROD_VM_POWER'] }],
      },
      'CI_PROD_DEPLOY',
      (r) => ({ ...r, standing: ['TASK_PROD_DEPLOYMENT', 'TASK_PROD_VM_POWER'] }),
    );
  const read = 'Microsoft.Compute/virtualMachines/read';
  const start = 'Microsoft.Compute/virtualMachines/start/action';

  test('widened with a writing action, reached standing in PROD: high', () => {
    const diff = diffDefinitions(withVmOperator([read]), withVmOperator([read, start]));
    expect(brief(diff)).toEqual([
      {
        kind: 'custom-role-permissions-changed',
        subject: 'VM Power Operator',
        risk: 'high',
        before: `actions: ${read}`,
        after: `actions: ${read}, ${start}`,
      },
    ]);
    expect(diff.changes[0]).toMatchObject({
      reason: `standing write access in protected environment PROD (custom role "VM Power Operator" now allows ${start}), held by ROLE_CI_PROD_DEPLOY through TASK_PROD_VM_POWER`,
      roles: ['ROLE_CI_PROD_DEPLOY'],
      principals: [APP],
    });
  });

  test('narrowed: low; reordered: no change', () => {
    expect(brief(diffDefinitions(withVmOperator([read, start]), withVmOperator([read])))).toEqual([
      {
        kind: 'custom-role-permissions-changed',
        subject: 'VM Power Operator',
        risk: 'low',
        before: `actions: ${read}, ${start}`,
        after: `actions: ${read}`,
      },
    ]);
    expect(diffDefinitions(withVmOperator([read, start]), withVmOperator([start, read])).changes).toEqual([]);
  });
});
