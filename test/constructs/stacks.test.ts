/** Splitting by environment: a directory stack and one stack per environment, references one way only. */
import { Testing } from 'cdktf';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { TaskAccessModel } from '../../lib/constructs/task-access-model';
import { AccessModelError } from '../../lib/model/problem';
import { stackJson, synthStacks } from './synth-helper';
import { AzurermBackend, TerraformStack } from 'cdktf';
import { AccessUsageError } from '../../lib/model/errors';

describe('split: environment', () => {
  const stacks = synthStacks({ definition: referenceOrganisation, split: 'environment' }, 'org');
  const single = synthStacks({ definition: referenceOrganisation }, 'org').get('org');

  test('makes a directory stack and one stack per environment', () => {
    expect([...stacks.keys()].sort()).toEqual(['org-dev', 'org-directory', 'org-prod']);
  });

  test('every resource of the single stack is in exactly one split stack, at the same address', () => {
    const all = [...stacks.values()].flatMap((s) => s.addresses());
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(single?.addresses());
  });

  test('the directory stack holds role groups, members and break-glass; environments hold the rest', () => {
    const dir = stacks.get('org-directory');
    expect(Object.keys(dir?.resources('azuread_group_without_members') ?? {}).sort()).toEqual([
      'ROLE_CI_PROD_DEPLOY',
      'ROLE_DEVELOPER',
      'ROLE_SNR_DEVELOPER',
    ]);
    expect(Object.keys(dir?.resources('azuread_directory_role_assignment') ?? {})).toHaveLength(2);
    expect(
      stacks
        .get('org-prod')
        ?.addresses()
        .every((a) => !a.startsWith('azuread_group_without_members.ROLE_')),
    ).toBe(true);
  });

  test('environment stacks read role group IDs from the directory stack; the directory stack reads nothing', () => {
    const prod = stacks.get('org-prod');
    expect(Object.keys(prod?.json.data?.terraform_remote_state ?? {})).toHaveLength(1);
    const schedule = prod?.resource(
      'azuread_privileged_access_group_eligibility_schedule',
      'ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER',
    );
    expect(schedule?.principal_id).toMatch(/^\$\{data\.terraform_remote_state\.\S+\.outputs\./);
    // depends_on never crosses stacks
    expect(schedule?.depends_on).toEqual([
      'azuread_group_role_management_policy.TASK_PROD_VIEWER',
      'azuread_group_without_members.TASK_PROD_VIEWER',
    ]);
    expect(stacks.get('org-directory')?.json.data?.terraform_remote_state).toBeUndefined();
  });

  test('the VPN user groups sit with the production stack', () => {
    expect(Object.keys(stacks.get('org-prod')?.json.output ?? {})).toContain('vpn_user_groups');
  });
});

describe('TaskAccessModel in a stack of your own', () => {
  test('synthesizes the same resources as TaskAccessStacks and exposes groups by name', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'mine');
    const model = new TaskAccessModel(stack, 'access', { definition: referenceOrganisation });
    const tf = stackJson(Testing.synth(stack));
    expect(tf.addresses()).toEqual(synthStacks({ definition: referenceOrganisation }, 'x').get('x')?.addresses());
    expect(model.group('TASK_PROD_VIEWER')).toBe(model.built.tasks.get('TASK_PROD_VIEWER')?.group);
    expect(() => model.group('TASK_PROD_VIEWR')).toThrow(
      new AccessUsageError(
        'No group named "TASK_PROD_VIEWR" in the access model. Did you mean "TASK_PROD_VIEWER"? Use a BASE_, TASK_ or ROLE_ name from the definition.',
      ),
    );
    expect(model.vpn?.policyGroups.map((g) => g.name)).toEqual(['BASE_PROD_VPN_ACCESS', 'default']);
  });

  test('fails before creating any construct when the definition is invalid', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'bad');
    const bad = { ...referenceOrganisation, roles: [{ name: 'DEVELOPER', eligible: ['TASK_PROD_VIEWR' as const] }] };
    let error: unknown;
    try {
      new TaskAccessModel(stack, 'access', { definition: bad });
    } catch (e) {
      error = e;
    }
    expect(AccessModelError.isAccessModelError(error)).toBe(true);
    expect((error as Error).message).toContain('roles.ROLE_DEVELOPER.eligible[0]  [unknown-reference]');
    expect(stack.node.children).toHaveLength(0);
  });
});

describe('configureStack', () => {
  test('configures each stack, e.g. a remote backend per stack for CI', () => {
    const stacks = synthStacks(
      {
        definition: referenceOrganisation,
        split: 'environment',
        configureStack: (stack, name) =>
          new AzurermBackend(stack, {
            resourceGroupName: 'rg-tfstate',
            storageAccountName: 'sttfstate',
            containerName: 'tfstate',
            key: `${name}.tfstate`,
            useOidc: true,
          }),
      },
      'org',
    );
    const backend = (name: string) =>
      (stacks.get(name)?.json as { terraform?: { backend?: Record<string, Record<string, unknown>> } }).terraform
        ?.backend?.azurerm;
    expect(backend('org-prod')).toMatchObject({ key: 'org-prod.tfstate', use_oidc: true, container_name: 'tfstate' });
    expect(backend('org-directory')).toMatchObject({ key: 'org-directory.tfstate' });
    // cross-stack references now read the directory stack's remote state from the same backend
    const remote = Object.values(
      (stacks.get('org-prod')?.json.data?.terraform_remote_state ?? {}) as Record<string, Record<string, unknown>>,
    )[0];
    expect(remote).toMatchObject({ backend: 'azurerm', config: { key: 'org-directory.tfstate' } });
  });
});

describe('a custom role shared by two environments', () => {
  const vmRole = {
    name: 'VM Power Operator',
    actions: ['Microsoft.Compute/virtualMachines/read', 'Microsoft.Compute/virtualMachines/start/action'],
    assignableScopes: [
      '/subscriptions/00000001-0000-4000-8000-000000000001',
      '/subscriptions/00000001-0000-4000-8000-000000000002',
    ],
  };
  const vm = (env: 'PROD' | 'DEV', sub: string) => ({
    environment: env,
    service: 'VM',
    action: 'POWER',
    grants: [
      {
        kind: 'azureCustomRole' as const,
        customRole: 'VM Power Operator',
        scope: `/subscriptions/${sub}/resourceGroups/rg-vm`,
      },
    ],
  });
  const definition = {
    ...referenceOrganisation,
    customRoles: [vmRole],
    baselines: [
      ...referenceOrganisation.baselines,
      vm('PROD', '00000001-0000-4000-8000-000000000001'),
      vm('DEV', '00000001-0000-4000-8000-000000000002'),
    ],
  };
  const stacks = synthStacks({ definition, split: 'environment' }, 'org');

  test('lives in the directory stack, so environment stacks never refer to each other', () => {
    expect(Object.keys(stacks.get('org-directory')?.resources('azurerm_role_definition') ?? {})).toEqual([
      'CUSTOM_ROLE__VM_Power_Operator_dd0d1dd0',
    ]);
    for (const env of ['org-prod', 'org-dev']) {
      const s = stacks.get(env);
      expect(s?.resources('azurerm_role_definition')).toEqual({});
      const remotes = Object.values(
        (s?.json.data?.terraform_remote_state ?? {}) as Record<string, { config: { path?: string } }>,
      );
      expect(remotes.length).toBeGreaterThan(0);
      expect(remotes.map((r) => r.config.path ?? '').every((p) => p.includes('org-directory'))).toBe(true);
    }
  });

  test("each assignment names the role definition in the assignment's own subscription (azurerm #4847)", () => {
    const idOf = (stack: string, sub: string) => {
      const [ra] = Object.values(stacks.get(stack)?.resources('azurerm_role_assignment') ?? {}).filter(
        (r) => r.scope === `/subscriptions/${sub}/resourceGroups/rg-vm`,
      );
      return ra.role_definition_id as string;
    };
    const guid = (stack: string) =>
      new RegExp(
        `^/subscriptions/${stack}/providers/Microsoft\\.Authorization/roleDefinitions/\\$\\{data\\.terraform_remote_state\\.[^}]+\\}$`,
      );
    expect(idOf('org-prod', '00000001-0000-4000-8000-000000000001')).toMatch(
      guid('00000001-0000-4000-8000-000000000001'),
    );
    expect(idOf('org-dev', '00000001-0000-4000-8000-000000000002')).toMatch(
      guid('00000001-0000-4000-8000-000000000002'),
    );
  });
});
