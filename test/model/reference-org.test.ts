/**
 * The reference organisation, the task-based access model's worked example (docs/definition.md): valid, exactly the
 * model's groups, and resolved as the model describes.
 */
import { indexModel, resolveDefinition, validateDefinition } from '../../lib/model';
import { referenceOrganisation } from '../../examples/reference-org/definition';

const model = resolveDefinition(referenceOrganisation);
const { roles, tasks, baselines } = indexModel(model);

describe('reference organisation', () => {
  test('validates with zero problems', () => {
    expect(validateDefinition(referenceOrganisation)).toEqual([]);
  });

  test("contains exactly the model's example baselines", () => {
    const perEnv = [
      'KV_SECRETS_READLIST',
      'KV_SECRETS_GET',
      'KV_SECRETS_ADMIN',
      'MONITOR_LOG_VIEWER',
      'APPINSIGHTS_VIEWER',
      'ACR_IMAGE_LIST',
      'K8S_NS_A_VIEWER',
      'K8S_CLUSTER_VIEWER',
      'ACR_IMAGE_PUSH',
      'K8S_CLUSTER_ADMIN',
      'K8S_NS_A_DEPLOY',
    ];
    const expected = [
      ...['PROD', 'DEV'].flatMap((env) => perEnv.map((n) => `BASE_${env}_${n}`)),
      'BASE_PROD_VPN_ACCESS',
    ].sort();
    expect(model.baselines.map((b) => b.name)).toEqual(expected);
  });

  test("contains exactly the model's example tasks and roles", () => {
    expect(model.tasks.map((t) => t.name)).toEqual([
      'TASK_DEV_DEPLOYMENT',
      'TASK_DEV_KEYVAULT_ADMIN',
      'TASK_DEV_VIEWER',
      'TASK_PROD_DEPLOYMENT',
      'TASK_PROD_KEYVAULT_ADMIN',
      'TASK_PROD_VIEWER',
    ]);
    expect(model.roles.map((r) => r.name)).toEqual(['ROLE_CI_PROD_DEPLOY', 'ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER']);
  });

  test('ROLE_SNR_DEVELOPER: own and inherited eligible tasks, standing TASK_DEV_VIEWER through ROLE_DEVELOPER', () => {
    const snr = roles.get('ROLE_SNR_DEVELOPER');
    const inherited = ['ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER'];
    expect(snr?.inherits).toEqual(['ROLE_DEVELOPER']);
    expect(snr?.eligible).toEqual([
      { task: 'TASK_DEV_DEPLOYMENT', via: inherited },
      { task: 'TASK_DEV_KEYVAULT_ADMIN', via: inherited },
      { task: 'TASK_PROD_DEPLOYMENT', via: ['ROLE_SNR_DEVELOPER'] },
      { task: 'TASK_PROD_KEYVAULT_ADMIN', via: ['ROLE_SNR_DEVELOPER'] },
      { task: 'TASK_PROD_VIEWER', via: inherited },
    ]);
    expect(snr?.standing).toEqual([{ task: 'TASK_DEV_VIEWER', via: inherited }]);
  });

  test('ROLE_CI_PROD_DEPLOY: TASK_PROD_DEPLOYMENT standing, nothing eligible', () => {
    expect(roles.get('ROLE_CI_PROD_DEPLOY')).toMatchObject({
      standing: [{ task: 'TASK_PROD_DEPLOYMENT', via: ['ROLE_CI_PROD_DEPLOY'] }],
      eligible: [],
      inherits: [],
    });
  });

  test('production tasks need senior approval; TASK_DEV_VIEWER has no JIT policy', () => {
    expect(tasks.get('TASK_PROD_DEPLOYMENT')?.jit).toMatchObject({
      maximumActivation: 'PT4H',
      requireTicket: true,
      requireApproval: true,
      approvers: [
        {
          kind: 'group',
          objectId: '0000e4a9-0000-4000-8000-000000000001',
          displayName: 'engineering managers (PLACEHOLDER)',
        },
        { kind: 'role', role: 'ROLE_SNR_DEVELOPER' },
      ],
      requireMfa: true,
    });
    expect(tasks.get('TASK_DEV_DEPLOYMENT')?.jit).toMatchObject({ requireApproval: false, requireTicket: false });
    expect(tasks.get('TASK_DEV_VIEWER')?.jit).toBeUndefined();
    expect(tasks.get('TASK_PROD_KEYVAULT_ADMIN')).toMatchObject({
      protected: true,
      baselines: ['BASE_PROD_KV_SECRETS_ADMIN', 'BASE_PROD_VPN_ACCESS'],
      roleAssignableBaselines: [],
    });
  });

  test('the VPN baseline carries the production pool', () => {
    expect(baselines.get('BASE_PROD_VPN_ACCESS')?.grants).toEqual([
      { kind: 'vpnPool', addressPrefixes: ['172.16.1.0/24'] },
    ]);
    expect(model.vpn?.defaultAddressPrefixes).toEqual(['172.16.0.0/24']);
  });

  test('every principal gets its role access with paths', () => {
    const carol = model.principals.find((p) => p.member.label.startsWith('carol'));
    expect(carol?.roles).toEqual(['ROLE_SNR_DEVELOPER']);
    expect(carol?.tasks.find((t) => t.task === 'TASK_DEV_VIEWER')).toEqual({
      task: 'TASK_DEV_VIEWER',
      mode: 'standing',
      paths: [['ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER']],
    });
    expect(model.principals).toHaveLength(4);
  });
});
