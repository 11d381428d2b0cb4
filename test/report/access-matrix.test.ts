/** The effective access matrix: inheritance, the union over several roles, the paths to each grant. */
import { resolveDefinition } from '../../lib/model/resolve';
import { accessMatrix } from '../../lib/report/access-matrix';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { INSPECTOR, inspectorDefinition, inspectorModel } from '../fixtures/inspector';

describe('roles', () => {
  const matrix = accessMatrix(resolveDefinition(referenceOrganisation));
  const role = (name: string) => matrix.roles.find((r) => r.name === name);

  test('ROLE_SNR_DEVELOPER holds every inherited task with its mark and the chain that gives it', () => {
    expect(
      role('ROLE_SNR_DEVELOPER')?.tasks.map((t) => [t.task, t.mode, t.paths.map((p) => p.via.join(' > '))]),
    ).toEqual([
      ['TASK_DEV_DEPLOYMENT', 'eligible', ['ROLE_SNR_DEVELOPER > ROLE_DEVELOPER']],
      ['TASK_DEV_KEYVAULT_ADMIN', 'eligible', ['ROLE_SNR_DEVELOPER > ROLE_DEVELOPER']],
      ['TASK_DEV_VIEWER', 'standing', ['ROLE_SNR_DEVELOPER > ROLE_DEVELOPER']],
      ['TASK_PROD_DEPLOYMENT', 'eligible', ['ROLE_SNR_DEVELOPER']],
      ['TASK_PROD_KEYVAULT_ADMIN', 'eligible', ['ROLE_SNR_DEVELOPER']],
      ['TASK_PROD_VIEWER', 'eligible', ['ROLE_SNR_DEVELOPER > ROLE_DEVELOPER']],
    ]);
  });

  test('ROLE_CI_PROD_DEPLOY reaches exactly the deployment baselines, standing, with concrete grants', () => {
    const ci = role('ROLE_CI_PROD_DEPLOY');
    expect(ci?.baselines).toEqual([
      { baseline: 'BASE_PROD_ACR_IMAGE_PUSH', environment: 'PROD', mode: 'standing' },
      { baseline: 'BASE_PROD_K8S_NS_A_DEPLOY', environment: 'PROD', mode: 'standing' },
    ]);
    expect(ci?.grants.map((g) => [g.baseline, g.index, g.grant.kind, g.mode])).toEqual([
      ['BASE_PROD_ACR_IMAGE_PUSH', 0, 'azureRole', 'standing'],
      ['BASE_PROD_K8S_NS_A_DEPLOY', 0, 'azureRole', 'standing'],
      ['BASE_PROD_K8S_NS_A_DEPLOY', 1, 'kubernetes', 'standing'],
    ]);
    expect(ci?.grants[0].grant).toEqual({
      kind: 'azureRole',
      roleName: 'AcrPush',
      roleDefinitionId: '8311e382-0749-4cb8-b61a-304f252e45ec',
      scope:
        '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod/providers/Microsoft.ContainerRegistry/registries/acrappprod',
    });
  });

  test('the task policy travels with the task', () => {
    const t = role('ROLE_SNR_DEVELOPER')?.tasks.find((x) => x.task === 'TASK_PROD_KEYVAULT_ADMIN');
    expect(t?.policy).toMatchObject({
      maximumActivation: 'PT4H',
      requireApproval: true,
      requireTicket: true,
      requireMfa: true,
    });
    expect(t?.baselines).toEqual([
      { baseline: 'BASE_PROD_KV_SECRETS_ADMIN', reach: 'member' },
      { baseline: 'BASE_PROD_VPN_ACCESS', reach: 'member' },
    ]);
  });
});

describe('principals: the union over several roles', () => {
  const matrix = accessMatrix(inspectorModel());
  const alice = matrix.principals.find((p) => p.key === INSPECTOR.alice);

  test('Alice is in two roles and gets every task of both', () => {
    expect(alice?.roles).toEqual(['ROLE_OPERATOR', 'ROLE_READER']);
    expect(alice?.tasks.map((t) => [t.task, t.mode])).toEqual([
      ['TASK_PROD_CLUSTER_ADMIN', 'eligible'],
      ['TASK_PROD_DIRECTORY_READ', 'eligible'],
      ['TASK_PROD_OPERATE', 'standing'],
      ['TASK_PROD_READ', 'standing'],
    ]);
  });

  test('a task standing through one role and eligible through another is standing, with both paths', () => {
    expect(alice?.tasks.find((t) => t.task === 'TASK_PROD_READ')?.paths).toEqual([
      { role: 'ROLE_OPERATOR', via: ['ROLE_OPERATOR'], task: 'TASK_PROD_READ', mode: 'eligible' },
      { role: 'ROLE_READER', via: ['ROLE_READER'], task: 'TASK_PROD_READ', mode: 'standing' },
    ]);
    const kv = alice?.grants.find((g) => g.baseline === 'BASE_PROD_KV_SECRETS_GET');
    expect(kv?.mode).toBe('standing');
    expect(kv?.paths.map((p) => `${p.role}:${p.mode}`)).toEqual(['ROLE_OPERATOR:eligible', 'ROLE_READER:standing']);
  });

  test('a role-assignable baseline is reached as an eligible member, and only just in time', () => {
    const entra = alice?.tasks.find((t) => t.task === 'TASK_PROD_DIRECTORY_READ');
    expect(entra?.baselines).toEqual([{ baseline: 'BASE_PROD_ENTRA_READER', reach: 'eligible-member' }]);
    expect(alice?.baselines.find((b) => b.baseline === 'BASE_PROD_ENTRA_READER')?.mode).toBe('eligible');
  });

  test('a principal given by UPN is keyed by it; an heir reaches its parent role tasks through the chain', () => {
    expect(matrix.principals.find((p) => p.key === 'bob@contoso.example')).toMatchObject({
      label: 'bob@contoso.example',
      memberKind: 'user',
      userPrincipalName: 'bob@contoso.example',
      roles: ['ROLE_READER'],
    });
    const carol = matrix.principals.find((p) => p.key === INSPECTOR.carol);
    expect(carol?.tasks.find((t) => t.task === 'TASK_PROD_OPERATE')?.paths).toEqual([
      { role: 'ROLE_LEAD', via: ['ROLE_LEAD', 'ROLE_OPERATOR'], task: 'TASK_PROD_OPERATE', mode: 'standing' },
    ]);
  });
});

describe('time-bound access', () => {
  test('a path carries the window of the task, intersected with the member window for a principal', () => {
    const d = inspectorDefinition();
    const model = resolveDefinition({
      ...d,
      roles: d.roles.map((r) =>
        r.name === 'READER'
          ? {
              ...r,
              standing: [{ task: 'TASK_PROD_READ' as const, until: '2026-12-31' }],
              members: [
                {
                  kind: 'user' as const,
                  objectId: INSPECTOR.dave,
                  displayName: 'Dave',
                  from: '2026-06-01',
                  until: '2027-06-30',
                },
              ],
            }
          : r,
      ),
    });
    const matrix = accessMatrix(model);
    expect(matrix.roles.find((r) => r.name === 'ROLE_READER')?.tasks[0].paths).toEqual([
      {
        role: 'ROLE_READER',
        via: ['ROLE_READER'],
        task: 'TASK_PROD_READ',
        mode: 'standing',
        window: { until: '2026-12-31T23:59:59Z' },
      },
    ]);
    const dave = matrix.principals.find((p) => p.key === INSPECTOR.dave);
    expect(dave?.tasks.find((t) => t.task === 'TASK_PROD_READ')?.paths).toEqual([
      { role: 'ROLE_OPERATOR', via: ['ROLE_OPERATOR'], task: 'TASK_PROD_READ', mode: 'eligible' },
      {
        role: 'ROLE_READER',
        via: ['ROLE_READER'],
        task: 'TASK_PROD_READ',
        mode: 'standing',
        window: { from: '2026-06-01T00:00:00Z', until: '2026-12-31T23:59:59Z' },
      },
    ]);
  });
});
