/**
 * Rules `unknown-reference` (with a "Did you mean" suggestion), `role-holds-baseline` and
 * `task-environment-mismatch`: every name points at something declared, in the right layer and environment.
 */
import { Grants, validateDefinition, type AccessModelDefinition, type BaselineDefinition } from '../../lib/model';
import {
  developerRole,
  IDS,
  keyVault,
  minimal,
  viewerTask,
  withBaselines,
  withRoles,
  withTasks,
} from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const base = (action: string, ...grants: BaselineDefinition['grants'][number][]): BaselineDefinition => ({
  environment: 'PROD',
  service: 'X',
  action,
  grants,
});

describe('unknown-reference', () => {
  test('fails a misspelt task, suggesting the declared one', () => {
    expect(validateDefinition(withRoles(developerRole({ eligible: ['TASK_PROD_VIEWR'] })))).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[0]',
        rule: 'unknown-reference',
        value: 'TASK_PROD_VIEWR',
        message: 'task "TASK_PROD_VIEWR" is not declared. Did you mean "TASK_PROD_VIEWER"?',
        fix: 'declare the task, or fix the name',
      }),
    ]);
  });

  test('fails an unknown task without a suggestion when nothing is close', () => {
    const [p] = validateDefinition(withRoles(developerRole({ standing: ['TASK_DEV_DATABASE_MIGRATION'] })));
    expect(p).toEqual(
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[0]',
        rule: 'unknown-reference',
        value: 'TASK_DEV_DATABASE_MIGRATION',
        message: 'task "TASK_DEV_DATABASE_MIGRATION" is not declared.',
        fix: 'declare the task',
      }),
    );
    expect(p.message).not.toContain('Did you mean');
  });

  test('fails an unknown Azure built-in role, suggesting the catalog name', () => {
    expect(
      validateDefinition(withBaselines(base('A', Grants.azureRole('Key Vault Secret Officer', keyVault())))),
    ).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].role',
        rule: 'unknown-reference',
        value: 'Key Vault Secret Officer',
        message: [
          'Azure built-in role "Key Vault Secret Officer" is not declared.',
          'Did you mean "Key Vault Secrets Officer"?',
        ],
        fix: ['exact built-in role name', 'azure-built-in-roles.json', 'custom role'],
      }),
    ]);
  });

  test('fails an unknown Entra directory role', () => {
    expect(validateDefinition(withBaselines(base('A', Grants.directoryRole('Global Reeder'))))).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].role',
        rule: 'unknown-reference',
        value: 'Global Reeder',
        message: ['Entra directory role "Global Reeder"', 'Did you mean "Global Reader"?'],
        fix: 'entra-directory-roles.json',
      }),
    ]);
  });

  test('fails an unknown ClusterRole and an unknown cluster', () => {
    expect(
      validateDefinition(withBaselines(base('A', Grants.clusterRoleInNamespace('aks-prd', 'a', 'viewer')))),
    ).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].cluster',
        rule: 'unknown-reference',
        value: 'aks-prd',
        message: ['cluster "aks-prd"', 'Did you mean "aks-prod"?'],
        fix: 'declare it in clusters',
      }),
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].clusterRole',
        rule: 'unknown-reference',
        value: 'viewer',
        message: ['built-in ClusterRole "viewer"', 'Did you mean "view"?'],
        fix: 'use one of cluster-admin, admin, edit, view, or give custom rules',
      }),
    ]);
  });

  test('fails an unknown custom role', () => {
    const scope = `/subscriptions/${IDS.subscription}`;
    const d = {
      ...withBaselines(base('A', Grants.azureCustomRole('VM Power Operater', scope))),
      customRoles: [
        {
          name: 'VM Power Operator',
          actions: ['Microsoft.Compute/virtualMachines/start/action'],
          assignableScopes: [scope],
        },
      ],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].customRole',
        rule: 'unknown-reference',
        value: 'VM Power Operater',
        message: ['custom role "VM Power Operater"', 'Did you mean "VM Power Operator"?'],
        fix: 'declare it in customRoles',
      }),
    ]);
  });

  test('fails an unknown environment in a baseline, a task and a cluster', () => {
    const m = minimal();
    const d: AccessModelDefinition = {
      ...m,
      clusters: [{ name: 'aks-prod', environment: 'PRD' }],
      baselines: [...m.baselines, { ...base('A', Grants.vpnPool('172.16.1.0/24')), environment: 'PRD' }],
      tasks: [...m.tasks, { environment: 'PRD', name: 'A', baselines: ['BASE_PRD_X_A'] }],
      vpn: { defaultAddressPrefixes: ['172.16.0.0/24'], defaultGroupObjectId: IDS.bob },
    };
    const envProblem = (path: string) =>
      problem({
        path,
        rule: 'unknown-reference',
        value: 'PRD',
        message: ['environment "PRD" is not declared.', 'Did you mean "PROD"?'],
        fix: 'declare it in environments',
      });
    expect(validateDefinition(d)).toEqual([
      envProblem('baselines.BASE_PRD_X_A.environment'),
      envProblem('clusters[0].environment'),
      envProblem('tasks.TASK_PRD_A.environment'),
    ]);
  });

  test('fails an unknown role approver', () => {
    const d = {
      ...withTasks(
        viewerTask('PROD', { name: 'ADMIN', jit: { approvers: [{ kind: 'role', role: 'ROLE_SNR_DEVELOPR' }] } }),
      ),
      roles: [developerRole(), { name: 'SNR_DEVELOPER' }],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_ADMIN.jit.approvers[0].role',
        rule: 'unknown-reference',
        value: 'ROLE_SNR_DEVELOPR',
        message: ['role "ROLE_SNR_DEVELOPR"', 'Did you mean "ROLE_SNR_DEVELOPER"?'],
        fix: 'name a declared role, or approve by user/group object ID',
      }),
    ]);
  });

  test('fails an unknown inherited role', () => {
    const d = withRoles(developerRole(), { name: 'SNR_DEVELOPER', inherits: ['ROLE_DEVELOPPER'] });
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_SNR_DEVELOPER.inherits[0]',
        rule: 'unknown-reference',
        value: 'ROLE_DEVELOPPER',
        message: ['role "ROLE_DEVELOPPER"', 'Did you mean "ROLE_DEVELOPER"?'],
        fix: 'declare the role, or fix the name',
      }),
    ]);
  });

  test('fails an unknown baseline in a task, and a task that lists a task', () => {
    const d = withTasks(
      viewerTask('PROD', { name: 'A', baselines: ['BASE_PROD_KV_SECRET_GET', 'TASK_PROD_VIEWER' as never] }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_A.baselines[0]',
        rule: 'unknown-reference',
        value: 'BASE_PROD_KV_SECRET_GET',
        message: ['baseline "BASE_PROD_KV_SECRET_GET"', 'Did you mean "BASE_PROD_KV_SECRETS_GET"?'],
        fix: 'declare the baseline, or fix the name',
      }),
      problem({
        path: 'tasks.TASK_PROD_A.baselines[1]',
        rule: 'unknown-reference',
        value: 'TASK_PROD_VIEWER',
        message: 'a task holds baselines only, and "TASK_PROD_VIEWER" is not a BASE_ name',
        fix: 'tasks never hold tasks or roles',
      }),
    ]);
  });

  test('fails a VPN pool when the definition has no vpn settings', () => {
    expect(validateDefinition(withBaselines(base('A', Grants.vpnPool('172.16.1.0/24'))))).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0]',
        rule: 'unknown-reference',
        value: undefined,
        message: 'no vpn settings',
        fix: 'add vpn: { defaultAddressPrefixes',
      }),
    ]);
  });
});

describe('role-holds-baseline', () => {
  test('fails a BASE_ name in a role (the types forbid it; JavaScript callers can still do it)', () => {
    const d = withRoles(
      developerRole({
        standing: ['BASE_DEV_KV_SECRETS_GET' as never],
        eligible: ['BASE_PROD_KV_SECRETS_GET' as never],
      }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[0]',
        rule: 'role-holds-baseline',
        value: 'BASE_PROD_KV_SECRETS_GET',
        message: 'roles never hold baselines directly; "BASE_PROD_KV_SECRETS_GET" is a baseline',
        fix: 'put BASE_PROD_KV_SECRETS_GET in a task and give the role that task',
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[0]',
        rule: 'role-holds-baseline',
        value: 'BASE_DEV_KV_SECRETS_GET',
        message: '"BASE_DEV_KV_SECRETS_GET" is a baseline',
        fix: 'put BASE_DEV_KV_SECRETS_GET in a task',
      }),
    ]);
  });
});

describe('task-environment-mismatch', () => {
  test('fails a task mixing baselines of two environments', () => {
    const d = {
      ...minimal(),
      tasks: [
        viewerTask('PROD', { baselines: ['BASE_PROD_KV_SECRETS_GET', 'BASE_DEV_KV_SECRETS_GET'] }),
        viewerTask('DEV'),
      ],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_VIEWER.baselines[1]',
        rule: 'task-environment-mismatch',
        value: 'BASE_DEV_KV_SECRETS_GET',
        message: ['task TASK_PROD_VIEWER is in environment PROD', 'BASE_DEV_KV_SECRETS_GET is in DEV'],
        fix: ['use the PROD counterpart', 'or move the task to DEV'],
      }),
    ]);
  });

  test('fails a Kubernetes grant on a cluster of another environment', () => {
    const d = withBaselines(base('A', Grants.clusterRoleInNamespace('aks-dev', 'a', 'view')));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'baselines.BASE_PROD_X_A.grants[0].cluster',
        rule: 'task-environment-mismatch',
        value: 'aks-dev',
        message: 'cluster "aks-dev" belongs to environment DEV, but the baseline is in PROD',
        fix: ['grant on a PROD cluster', 'move the grant to a DEV baseline'],
      }),
    ]);
  });
});
