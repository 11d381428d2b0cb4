/**
 * One test per provider-bug guardrail (docs/synthesized-resources.md, Provider guardrails), and the Entra rules for
 * role-assignable groups, on the ops fixture and the reference organisation.
 */
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { LEAD, opsOrganisation, opsRules, RG, VM } from '../fixtures/construct-fixtures';
import { groupRef, ref, synthOne, type StackJson } from './synth-helper';

const SCHEDULE = 'azuread_privileged_access_group_eligibility_schedule';
const POLICY = 'azuread_group_role_management_policy';
let ops: StackJson;
let refOrg: StackJson;
beforeAll(() => {
  ops = synthOne({ definition: opsOrganisation, rules: opsRules, expiryWarning: false });
  refOrg = synthOne({ definition: referenceOrganisation });
});

describe('schedules are never updated in place (azuread #1412)', () => {
  test('each schedule is replaced when the terraform_data holding its terms changes', () => {
    const s = refOrg.resource(SCHEDULE, 'ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER');
    expect(s.lifecycle).toEqual({
      replace_triggered_by: ['terraform_data.ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER'],
    });
    expect(refOrg.resource('terraform_data', 'ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER').input).toEqual({
      permanent_assignment: true,
      justification: 'cdktf-task-access: ROLE_DEVELOPER eligible for TASK_PROD_VIEWER',
    });
  });

  test('an expiring eligibility states its duration, and the terms carry it', () => {
    const s = ops.resource(SCHEDULE, 'ROLE_OPERATOR__eligible__TASK_OPS_AUDIT');
    expect(s).toMatchObject({ duration: 'P90D', assignment_type: 'member' });
    expect(s).not.toHaveProperty('permanent_assignment');
    expect(ops.resource('terraform_data', 'ROLE_OPERATOR__eligible__TASK_OPS_AUDIT').input).toMatchObject({
      duration: 'P90D',
    });
  });
});

describe('PIM onboarding order (azuread #1769, #1450)', () => {
  test('a policy depends on its group', () => {
    expect(refOrg.resource(POLICY, 'TASK_PROD_VIEWER').depends_on).toEqual([
      'azuread_group_without_members.TASK_PROD_VIEWER',
    ]);
  });

  test('a schedule depends on the policy and both groups, and refers to them by object ID', () => {
    const s = refOrg.resource(SCHEDULE, 'ROLE_SNR_DEVELOPER__eligible__TASK_PROD_KEYVAULT_ADMIN');
    expect(s.depends_on).toEqual([
      'azuread_group_role_management_policy.TASK_PROD_KEYVAULT_ADMIN',
      'azuread_group_without_members.TASK_PROD_KEYVAULT_ADMIN',
      'azuread_group_without_members.ROLE_SNR_DEVELOPER',
    ]);
    expect(s.group_id).toBe(groupRef('TASK_PROD_KEYVAULT_ADMIN'));
    expect(s.principal_id).toBe(groupRef('ROLE_SNR_DEVELOPER'));
  });

  test('a standing membership of a just-in-time task comes after its policy', () => {
    expect(refOrg.resource('azuread_group_member', 'ROLE_CI_PROD_DEPLOY__in__TASK_PROD_DEPLOYMENT').depends_on).toEqual(
      ['azuread_group_role_management_policy.TASK_PROD_DEPLOYMENT'],
    );
  });
});

describe('policies have every block explicit (azuread #1398)', () => {
  test('the exception task policy: auth context instead of MFA, approver, expiry, notifications to security', () => {
    const p = ops.resource(POLICY, 'TASK_OPS_AUDIT');
    expect(p.activation_rules).toEqual({
      maximum_duration: 'PT2H',
      require_approval: true,
      approval_stage: { primary_approver: [{ object_id: LEAD, type: 'singleUser' }] },
      require_justification: true,
      require_ticket_info: false,
      required_conditional_access_authentication_context: 'c1',
    });
    expect(p.eligible_assignment_rules).toEqual({ expiration_required: true, expire_after: 'P90D' });
    // Values the provider sends on create (jit-policy.ts): a permanent-allowed expiry rule and justification.
    expect(p.active_assignment_rules).toEqual({
      expiration_required: false,
      expire_after: 'P365D',
      require_justification: true,
      require_multifactor_authentication: false,
      require_ticket_info: false,
    });
    const n = p.notification_rules as Record<string, Record<string, unknown>>;
    expect(Object.keys(n).sort()).toEqual(['active_assignments', 'eligible_activations', 'eligible_assignments']);
    for (const block of Object.values(n))
      expect(Object.keys(block).sort()).toEqual([
        'admin_notifications',
        'approver_notifications',
        'assignee_notifications',
      ]);
    expect(n.eligible_activations.admin_notifications).toEqual({
      default_recipients: true,
      notification_level: 'All',
      additional_recipients: ['security@contoso.example'],
    });
  });

  test('a policy without approval has no approval stage but says require_approval = false', () => {
    const p = refOrg.resource(POLICY, 'TASK_PROD_VIEWER');
    expect(p.activation_rules).toEqual({
      maximum_duration: 'PT4H',
      require_approval: false,
      require_justification: true,
      require_ticket_info: false,
      require_multifactor_authentication: true,
    });
    expect(p.eligible_assignment_rules).toEqual({ expiration_required: false });
  });
});

describe('Kubernetes Group subjects set their namespace explicitly (kubernetes #710)', () => {
  test('every subject of every binding has namespace ""', () => {
    const bindings = [
      ...Object.values(refOrg.resources('kubernetes_role_binding_v1')),
      ...Object.values(refOrg.resources('kubernetes_cluster_role_binding_v1')),
      ...Object.values(ops.resources('kubernetes_role_binding_v1')),
      ...Object.values(ops.resources('kubernetes_cluster_role_binding_v1')),
    ];
    expect(bindings.length).toBe(8);
    for (const b of bindings)
      for (const s of b.subject as Record<string, unknown>[]) expect(s).toMatchObject({ kind: 'Group', namespace: '' });
  });

  test('custom rules become a Role in the namespace, bound by a RoleBinding to that Role', () => {
    const name = 'BASE_OPS_K8S_NS_OPS_PODLOGS__aks-ops__ops__rules';
    expect(ops.resource('kubernetes_role_v1', name)).toMatchObject({
      metadata: { name: 'base-ops-k8s-ns-ops-podlogs', namespace: 'ops' },
      rule: [{ api_groups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }],
    });
    expect(ops.resource('kubernetes_role_binding_v1', name)).toMatchObject({
      role_ref: { api_group: 'rbac.authorization.k8s.io', kind: 'Role', name: 'base-ops-k8s-ns-ops-podlogs' },
      depends_on: [`kubernetes_role_v1.${name}`],
    });
  });

  test('cluster-wide custom rules become a ClusterRole and ClusterRoleBinding', () => {
    const name = 'BASE_OPS_K8S_NODES_READ__aks-ops__cluster__rules';
    expect(ops.resource('kubernetes_cluster_role_v1', name).metadata).toEqual(
      expect.not.objectContaining({ namespace: expect.anything() }),
    );
    expect(ops.resource('kubernetes_cluster_role_binding_v1', name).role_ref).toEqual({
      api_group: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'base-ops-k8s-nodes-read',
    });
  });
});

describe('role-assignable baselines (groups-concept.md: no active nesting)', () => {
  test('a directory-role baseline is role-assignable and holds the directory role', () => {
    expect(ops.resource('azuread_group_without_members', 'BASE_OPS_ENTRA_READER')).toMatchObject({
      assignable_to_role: true,
      lifecycle: { prevent_destroy: true },
    });
    expect(
      ops.resource('azuread_directory_role_assignment', 'BASE_OPS_ENTRA_READER__Global_Reader_6137fbda'),
    ).toMatchObject({
      role_id: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
      principal_object_id: groupRef('BASE_OPS_ENTRA_READER'),
      directory_scope_id: '/',
    });
  });

  test('the task is not nested in it; the role is eligible for it directly, under the task policy', () => {
    expect(
      Object.keys(ops.resources('azuread_group_member')).filter((n) => n.includes('in__BASE_OPS_ENTRA_READER')),
    ).toEqual([]);
    expect(ops.resource(SCHEDULE, 'ROLE_OPERATOR__eligible__BASE_OPS_ENTRA_READER')).toMatchObject({
      group_id: groupRef('BASE_OPS_ENTRA_READER'),
      principal_id: groupRef('ROLE_OPERATOR'),
      duration: 'P90D',
      depends_on: [
        'azuread_group_role_management_policy.BASE_OPS_ENTRA_READER',
        'azuread_group_without_members.BASE_OPS_ENTRA_READER',
        'azuread_group_without_members.ROLE_OPERATOR',
      ],
    });
    expect(ops.resource(POLICY, 'BASE_OPS_ENTRA_READER').activation_rules).toEqual(
      ops.resource(POLICY, 'TASK_OPS_AUDIT').activation_rules,
    );
  });

  test('the other baselines of the same task are still nested actively', () => {
    expect(ops.resource('azuread_group_member', 'TASK_OPS_AUDIT__in__BASE_OPS_K8S_NODES_READ').member_object_id).toBe(
      groupRef('TASK_OPS_AUDIT'),
    );
  });
});

describe('Azure custom roles and members by UPN', () => {
  test('a VM power baseline gets a custom role with only the power actions, assigned at the VM', () => {
    expect(ops.resource('azurerm_role_definition', 'CUSTOM_ROLE__VM_Power_Operator_dd0d1dd0')).toMatchObject({
      name: 'VM Power Operator',
      scope: RG,
      assignable_scopes: [RG],
      permissions: [
        {
          // canonical order (code units), not the definition's
          actions: [
            'Microsoft.Compute/virtualMachines/deallocate/action',
            'Microsoft.Compute/virtualMachines/powerOff/action',
            'Microsoft.Compute/virtualMachines/read',
            'Microsoft.Compute/virtualMachines/restart/action',
            'Microsoft.Compute/virtualMachines/start/action',
          ],
          not_actions: [],
          data_actions: [],
          not_data_actions: [],
        },
      ],
    });
    const [ra] = Object.values(ops.resources('azurerm_role_assignment'));
    expect(ra).toMatchObject({
      scope: VM,
      role_definition_id: `/subscriptions/${VM.split('/')[2]}/providers/Microsoft.Authorization/roleDefinitions/${ref(
        'azurerm_role_definition',
        'CUSTOM_ROLE__VM_Power_Operator_dd0d1dd0',
        'role_definition_id',
      )}`,
      principal_type: 'Group',
    });
  });

  test('a member by UPN is looked up with a data source', () => {
    expect(ops.json.data?.azuread_user?.['ROLE_OPERATOR__ops_user_contoso_example_eeca08b6']).toMatchObject({
      user_principal_name: 'ops.user@contoso.example',
    });
    expect(
      ops.resource('azuread_group_member', 'ROLE_OPERATOR__member__ops_user_contoso_example_eeca08b6').member_object_id,
    ).toBe('${data.azuread_user.ROLE_OPERATOR__ops_user_contoso_example_eeca08b6.object_id}');
  });
});

describe('prevent_destroy option', () => {
  test('preventDestroyProtected: false leaves protected groups without lifecycle', () => {
    const tf = synthOne({
      definition: opsOrganisation,
      rules: opsRules,
      preventDestroyProtected: false,
      expiryWarning: false,
    });
    expect(tf.resource('azuread_group_without_members', 'BASE_OPS_ENTRA_READER')).not.toHaveProperty('lifecycle');
  });
});
