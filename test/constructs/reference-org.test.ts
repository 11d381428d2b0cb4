/**
 * The reference organisation's synthesized Terraform, asserted precisely: memberships, role assignments,
 * PIM eligibilities and policies, Kubernetes bindings, VPN user groups, break-glass.
 */
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { CI_PIPELINE, PEOPLE } from '../../examples/reference-org/placeholders';
import { groupRef, ref, synthOne, type StackJson } from './synth-helper';

let tf: StackJson;
beforeAll(() => {
  tf = synthOne({ definition: referenceOrganisation });
});

const MEMBER = 'azuread_group_member';
const SCHEDULE = 'azuread_privileged_access_group_eligibility_schedule';
const POLICY = 'azuread_group_role_management_policy';
const KV_PROD =
  '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod/providers/Microsoft.KeyVault/vaults/kv-app-prod';

/** Names of schedules / standing memberships whose principal is the given role group. */
const eligibleTasksOf = (role: string) =>
  Object.values(tf.resources(SCHEDULE))
    .filter((s) => s.principal_id === groupRef(role))
    .map((s) => String(s.group_id).replace(/^\$\{azuread_group_without_members\.(\w+)\.object_id\}$/, '$1'))
    .sort();
const standingTasksOf = (role: string) =>
  Object.values(tf.resources(MEMBER))
    .filter((m) => m.member_object_id === groupRef(role))
    .map((m) => String(m.group_object_id).replace(/^\$\{azuread_group_without_members\.(\w+)\.object_id\}$/, '$1'))
    .sort();

describe('groups', () => {
  test('every layer is a security group without an authoritative member list, named as in the task-based access model', () => {
    const groups = tf.resources('azuread_group_without_members');
    expect(Object.keys(groups)).toHaveLength(23 + 6 + 3);
    expect(groups.BASE_PROD_KV_SECRETS_ADMIN).toMatchObject({
      display_name: 'BASE_PROD_KV_SECRETS_ADMIN',
      security_enabled: true,
      mail_enabled: false,
      prevent_duplicate_names: true,
      description: 'Create and update secrets in the Key Vault.',
    });
    expect(groups.BASE_PROD_KV_SECRETS_ADMIN).not.toHaveProperty('members');
    expect(groups.BASE_PROD_KV_SECRETS_ADMIN).not.toHaveProperty('assignable_to_role');
    expect(tf.resources('azuread_group')).toEqual({});
  });

  test('groups of the protected environment carry prevent_destroy; DEV and role groups do not', () => {
    const groups = tf.resources('azuread_group_without_members');
    expect(groups.BASE_PROD_VPN_ACCESS.lifecycle).toEqual({ prevent_destroy: true });
    expect(groups.TASK_PROD_DEPLOYMENT.lifecycle).toEqual({ prevent_destroy: true });
    expect(groups.BASE_DEV_KV_SECRETS_ADMIN).not.toHaveProperty('lifecycle');
    expect(groups.TASK_DEV_VIEWER).not.toHaveProperty('lifecycle');
    expect(groups.ROLE_DEVELOPER).not.toHaveProperty('lifecycle');
  });
});

describe('tasks', () => {
  test('TASK_PROD_KEYVAULT_ADMIN is an active member of BASE_PROD_VPN_ACCESS and BASE_PROD_KV_SECRETS_ADMIN, and nothing else', () => {
    const memberships = Object.entries(tf.resources(MEMBER)).filter(
      ([, m]) => m.member_object_id === groupRef('TASK_PROD_KEYVAULT_ADMIN'),
    );
    expect(memberships.map(([n]) => n).sort()).toEqual([
      'TASK_PROD_KEYVAULT_ADMIN__in__BASE_PROD_KV_SECRETS_ADMIN',
      'TASK_PROD_KEYVAULT_ADMIN__in__BASE_PROD_VPN_ACCESS',
    ]);
    expect(tf.resource(MEMBER, 'TASK_PROD_KEYVAULT_ADMIN__in__BASE_PROD_VPN_ACCESS')).toMatchObject({
      group_object_id: groupRef('BASE_PROD_VPN_ACCESS'),
      member_object_id: groupRef('TASK_PROD_KEYVAULT_ADMIN'),
      provider: 'azuread',
    });
  });

  test('TASK_PROD_VIEWER nests in its five baselines', () => {
    expect(standingTasksOf('TASK_PROD_VIEWER')).toEqual([
      'BASE_PROD_ACR_IMAGE_LIST',
      'BASE_PROD_APPINSIGHTS_VIEWER',
      'BASE_PROD_K8S_CLUSTER_VIEWER',
      'BASE_PROD_K8S_NS_A_VIEWER',
      'BASE_PROD_MONITOR_LOG_VIEWER',
    ]);
  });

  test('each just-in-time task has one policy; the standing-only TASK_DEV_VIEWER has none', () => {
    expect(Object.keys(tf.resources(POLICY)).sort()).toEqual([
      'TASK_DEV_DEPLOYMENT',
      'TASK_DEV_KEYVAULT_ADMIN',
      'TASK_PROD_DEPLOYMENT',
      'TASK_PROD_KEYVAULT_ADMIN',
      'TASK_PROD_VIEWER',
    ]);
  });
});

describe('Azure role assignments', () => {
  test('BASE_PROD_KV_SECRETS_ADMIN has Key Vault Secrets Officer on the production Key Vault, as a Group', () => {
    const [name, ra] =
      Object.entries(tf.resources('azurerm_role_assignment')).find(([n]) =>
        n.startsWith('BASE_PROD_KV_SECRETS_ADMIN__'),
      ) ?? [];
    expect(name).toMatch(/^BASE_PROD_KV_SECRETS_ADMIN__Key_Vault_Secrets_Officer_0f393c72__[0-9a-f]{8}$/);
    expect(ra).toMatchObject({
      scope: KV_PROD,
      role_definition_id:
        '/subscriptions/00000001-0000-4000-8000-000000000001/providers/Microsoft.Authorization/roleDefinitions/b86a8fe4-44ce-4948-aee5-eccb2c155cd7',
      principal_id: groupRef('BASE_PROD_KV_SECRETS_ADMIN'),
      principal_type: 'Group',
      provider: 'azurerm',
    });
    expect(ra).not.toHaveProperty('role_definition_name');
  });

  test('one assignment per Azure grant: 12 per environment', () => {
    expect(Object.keys(tf.resources('azurerm_role_assignment'))).toHaveLength(24);
  });
});

describe('roles', () => {
  test('ROLE_DEVELOPER is a standing member of TASK_DEV_VIEWER and eligible for its three PIM tasks', () => {
    expect(standingTasksOf('ROLE_DEVELOPER')).toEqual(['TASK_DEV_VIEWER']);
    expect(eligibleTasksOf('ROLE_DEVELOPER')).toEqual([
      'TASK_DEV_DEPLOYMENT',
      'TASK_DEV_KEYVAULT_ADMIN',
      'TASK_PROD_VIEWER',
    ]);
  });

  test('the tasks ROLE_DEVELOPER can activate carry a PT4H policy', () => {
    for (const t of ['TASK_DEV_DEPLOYMENT', 'TASK_DEV_KEYVAULT_ADMIN', 'TASK_PROD_VIEWER']) {
      expect(tf.resource(POLICY, t)).toMatchObject({
        group_id: groupRef(t),
        role_id: 'member',
        activation_rules: {
          maximum_duration: 'PT4H',
          require_justification: true,
          require_multifactor_authentication: true,
        },
      });
    }
  });

  test('ROLE_SNR_DEVELOPER has its own memberships and eligibilities for everything it inherits', () => {
    expect(standingTasksOf('ROLE_SNR_DEVELOPER')).toEqual(['TASK_DEV_VIEWER']);
    expect(eligibleTasksOf('ROLE_SNR_DEVELOPER')).toEqual([
      'TASK_DEV_DEPLOYMENT',
      'TASK_DEV_KEYVAULT_ADMIN',
      'TASK_PROD_DEPLOYMENT',
      'TASK_PROD_KEYVAULT_ADMIN',
      'TASK_PROD_VIEWER',
    ]);
    // role groups are never nested in each other
    expect(standingTasksOf('ROLE_DEVELOPER')).not.toContain('ROLE_SNR_DEVELOPER');
    expect(
      Object.values(tf.resources(MEMBER)).some(
        (m) => m.group_object_id === groupRef('ROLE_DEVELOPER') && String(m.member_object_id).includes('ROLE_'),
      ),
    ).toBe(false);
  });

  test('ROLE_CI_PROD_DEPLOY is a standing member of TASK_PROD_DEPLOYMENT and eligible for nothing', () => {
    expect(standingTasksOf('ROLE_CI_PROD_DEPLOY')).toEqual(['TASK_PROD_DEPLOYMENT']);
    expect(eligibleTasksOf('ROLE_CI_PROD_DEPLOY')).toEqual([]);
  });

  test("ROLE_CI_PROD_DEPLOY's only member is the service principal of the pipeline application the library creates", () => {
    const app = CI_PIPELINE.application;
    expect(
      Object.entries(tf.resources(MEMBER)).filter(([, m]) => m.group_object_id === groupRef('ROLE_CI_PROD_DEPLOY')),
    ).toEqual([
      [
        'ROLE_CI_PROD_DEPLOY__member__app_gh-contoso-app-prod-deploy_d15d4b7f',
        expect.objectContaining({ member_object_id: ref('azuread_service_principal', app), provider: 'azuread' }),
      ],
    ]);
    expect(tf.resource('azuread_application', app)).toMatchObject({
      display_name: 'gh-contoso-app-prod-deploy',
      sign_in_audience: 'AzureADMyOrg',
      prevent_duplicate_names: true,
    });
    expect(tf.resource('azuread_service_principal', app).client_id).toBe(ref('azuread_application', app, 'client_id'));
    expect(tf.text).not.toContain(PEOPLE.ciProdDeploySp);
  });

  test('the pipeline signs in only from GitHub Actions jobs of contoso/app in its prod environment', () => {
    expect(Object.keys(tf.resources('azuread_application_federated_identity_credential'))).toEqual([
      'gh-contoso-app-prod-deploy__github-contoso-app-env-prod',
    ]);
    expect(
      tf.resource(
        'azuread_application_federated_identity_credential',
        'gh-contoso-app-prod-deploy__github-contoso-app-env-prod',
      ),
    ).toMatchObject({
      application_id: ref('azuread_application', CI_PIPELINE.application, 'id'),
      display_name: 'github-contoso-app-env-prod',
      audiences: ['api://AzureADTokenExchange'],
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:contoso/app:environment:prod',
    });
  });

  test('production approvals go to the engineering managers and the members of ROLE_SNR_DEVELOPER, with a ticket', () => {
    expect(tf.resource(POLICY, 'TASK_PROD_KEYVAULT_ADMIN').activation_rules).toEqual({
      maximum_duration: 'PT4H',
      require_approval: true,
      approval_stage: {
        primary_approver: [
          { object_id: PEOPLE.engineeringManagers, type: 'groupMembers' },
          { object_id: groupRef('ROLE_SNR_DEVELOPER'), type: 'groupMembers' },
        ],
      },
      require_justification: true,
      require_ticket_info: true,
      require_multifactor_authentication: true,
    });
  });
});

describe('Kubernetes', () => {
  test('a namespace baseline yields a RoleBinding in its namespace and no ClusterRoleBinding', () => {
    const rb = tf.resource('kubernetes_role_binding_v1', 'BASE_PROD_K8S_NS_A_VIEWER__aks-prod__a__view');
    expect(rb).toMatchObject({
      provider: 'kubernetes.aks-prod',
      metadata: { name: 'base-prod-k8s-ns-a-viewer-view', namespace: 'a' },
      role_ref: { api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
      subject: [
        {
          kind: 'Group',
          name: groupRef('BASE_PROD_K8S_NS_A_VIEWER'),
          api_group: 'rbac.authorization.k8s.io',
          namespace: '',
        },
      ],
    });
    expect(Object.keys(tf.resources('kubernetes_cluster_role_binding_v1')).filter((n) => n.includes('NS_A'))).toEqual(
      [],
    );
  });

  test('only the cluster-wide baseline yields a ClusterRoleBinding, without a namespace', () => {
    expect(Object.keys(tf.resources('kubernetes_cluster_role_binding_v1')).sort()).toEqual([
      'BASE_DEV_K8S_CLUSTER_ADMIN__aks-dev__cluster__cluster-admin',
      'BASE_PROD_K8S_CLUSTER_ADMIN__aks-prod__cluster__cluster-admin',
    ]);
    const crb = tf.resource(
      'kubernetes_cluster_role_binding_v1',
      'BASE_PROD_K8S_CLUSTER_ADMIN__aks-prod__cluster__cluster-admin',
    );
    expect(crb.metadata).not.toHaveProperty('namespace');
    expect(crb.role_ref).toEqual({
      api_group: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'cluster-admin',
    });
  });

  test('one provider alias per cluster', () => {
    expect(tf.json.provider?.kubernetes).toEqual([
      { alias: 'aks-dev', config_context: 'aks-dev', config_path: '~/.kube/config' },
      { alias: 'aks-prod', config_context: 'aks-prod', config_path: '~/.kube/config' },
    ]);
  });
});

describe('VPN and break-glass', () => {
  test('the production pool is a point-to-site policy group with the baseline group, before the default', () => {
    expect(tf.json.output?.vpn_user_groups.value).toEqual({
      policy_groups: [
        {
          name: 'BASE_PROD_VPN_ACCESS',
          is_default: false,
          priority: 1,
          policy_member: [
            { name: 'BASE_PROD_VPN_ACCESS', type: 'AADGroupId', value: groupRef('BASE_PROD_VPN_ACCESS') },
          ],
        },
        {
          name: 'default',
          is_default: true,
          priority: 2,
          policy_member: [{ name: 'default', type: 'AADGroupId', value: PEOPLE.allStaffGroup }],
        },
      ],
      client_connections: [
        {
          name: 'BASE_PROD_VPN_ACCESS',
          policy_group_names: ['BASE_PROD_VPN_ACCESS'],
          address_prefixes: ['172.16.1.0/24'],
        },
        { name: 'default', policy_group_names: ['default'], address_prefixes: ['172.16.0.0/24'] },
      ],
    });
  });

  test('each break-glass account gets an active permanent Global Administrator assignment and no group', () => {
    expect(tf.resource('azuread_directory_role_assignment', `BREAK_GLASS__${PEOPLE.breakGlass1}`)).toMatchObject({
      role_id: '62e90394-69f5-4237-9190-012177145e10',
      principal_object_id: PEOPLE.breakGlass1,
      directory_scope_id: '/',
    });
    expect(tf.text).not.toContain(`"member_object_id": "${PEOPLE.breakGlass1}"`);
  });
});

test('no resource carries an empty depends_on', () => {
  const empty = tf.addresses().filter((a) => {
    const [type, name] = a.split('.');
    const d = tf.resource(type, name).depends_on;
    return Array.isArray(d) && d.length === 0;
  });
  expect(empty).toEqual([]);
  expect(tf.resource('azuread_group_member', 'ROLE_DEVELOPER__in__TASK_DEV_VIEWER')).not.toHaveProperty('depends_on');
});
