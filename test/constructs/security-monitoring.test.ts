/**
 * The security resources in the synthesized Terraform: the Conditional Access policy output (every policy
 * excludes every break-glass account), the break-glass sign-in alert (KQL, severity 0, any result fires), the
 * exception activation alert, the action group, saved searches and the diagnostic setting; and the PIM policy of
 * an exception task (senior approvers, additional recipients, authentication context).
 *
 * The model is built with `buildAccessModel` in a plain stack, so these tests exercise the constructs only (the
 * rule pack that TaskAccessStacks runs first is tested in test/rules).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { buildAccessModel, type Placement } from '../../lib/constructs/build';
import { AccessProviders } from '../../lib/constructs/providers';
import { resolveDefinition, type AccessModelDefinition } from '../../lib/model';
import { exceptions, monitoring, SEC, securityDefinition } from '../fixtures/security';
import { securityOperations } from '../../examples/security-operations/definition';
import { groupRef, stackJson, synthOne, type StackJson } from './synth-helper';

/** Synthesizes a definition into stacks: one, or `directory` + one per environment. */
function synth(definition: AccessModelDefinition, split = false): Map<string, StackJson> {
  const app = Testing.app();
  const model = resolveDefinition(definition);
  const stacks = new Map<string, TerraformStack>();
  const place = (name: string): Placement => {
    const stack = new TerraformStack(app, name);
    stacks.set(name, stack);
    return { scope: stack, providers: new AccessProviders(stack, 'providers') };
  };
  if (split) {
    const directory = place('directory');
    const envs = new Map(model.environments.map((e) => [e.name, place(e.name.toLowerCase())]));
    buildAccessModel(model, directory, (env) => envs.get(env) as Placement, { expiryWarning: false });
  } else {
    const one = place('test');
    buildAccessModel(model, one, () => one, { expiryWarning: false });
  }
  app.synth();
  return new Map(
    [...stacks.keys()].map((n) => [n, stackJson(readFileSync(join(app.outdir, 'stacks', n, 'cdk.tf.json'), 'utf8'))]),
  );
}
const one = (d: AccessModelDefinition): StackJson => synth(d).get('test') as StackJson;
let cached: StackJson | undefined;
/** The fixture's stack, synthesized once. */
const fixture = (): StackJson => (cached ??= one(securityDefinition()));

const ALERT = 'azurerm_monitor_scheduled_query_rules_alert_v2';
const BREAK_GLASS_IDS = [SEC.breakGlass1, SEC.breakGlass2];

describe('Conditional Access policies', () => {
  test('every policy produced excludes exactly the break-glass accounts; none is an azuread resource (azuread 3.7.0 cannot target a context)', () => {
    const s = fixture();
    const output = s.json.output?.conditional_access_policies as {
      value: Record<string, { conditions: { users: { excludeUsers: string[] } } }>;
    };
    const policies = Object.entries(output.value);
    expect(policies.map(([name]) => name)).toEqual(['CA_EXCEPTION_ACTIVATION_C1']);
    for (const [, body] of policies) expect(body.conditions.users.excludeUsers).toEqual(BREAK_GLASS_IDS);
    // Any azuread_conditional_access_policy (none today) must exclude them too.
    for (const r of Object.values(s.resources('azuread_conditional_access_policy'))) {
      expect((r as { conditions: { users: { excluded_users: string[] } } }).conditions.users.excluded_users).toEqual(
        BREAK_GLASS_IDS,
      );
    }
    expect(s.resources('azuread_conditional_access_policy')).toEqual({});
  });

  test('the policy targets the authentication context, all users, and requires MFA', () => {
    const s = fixture();
    expect((s.json.output?.conditional_access_policies as { value: unknown }).value).toEqual({
      CA_EXCEPTION_ACTIVATION_C1: {
        displayName: 'task-access: exception activation (authentication context c1)',
        state: 'enabled',
        conditions: {
          clientAppTypes: ['all'],
          applications: { includeAuthenticationContextClassReferences: ['c1'] },
          users: { includeUsers: ['All'], excludeUsers: BREAK_GLASS_IDS },
        },
        grantControls: { operator: 'OR', builtInControls: ['mfa'] },
      },
    });
  });

  test('with eligible-roles, the policy includes the eligible role groups by reference, never the task group', () => {
    const d = { ...securityDefinition(), exceptions: exceptions({ conditionalAccess: { users: 'eligible-roles' } }) };
    const users = (
      one(d).json.output?.conditional_access_policies as { value: Record<string, { conditions: { users: unknown } }> }
    ).value.CA_EXCEPTION_ACTIVATION_C1.conditions.users;
    expect(users).toEqual({ includeGroups: [groupRef('ROLE_SNR_DEVELOPER')], excludeUsers: BREAK_GLASS_IDS });
  });

  test('no output without an authentication context', () => {
    const s = one({ ...securityDefinition(), exceptions: exceptions({ authenticationContext: undefined }) });
    expect(s.json.output?.conditional_access_policies).toBeUndefined();
  });
});

describe('break-glass sign-in alert', () => {
  test('severity 0, any sign-in of the accounts fires (count > 0), every 5 minutes, to the action group', () => {
    const s = fixture();
    expect(s.resource(ALERT, 'BREAK_GLASS__SIGN_IN_ALERT')).toMatchObject({
      name: 'task-access-break-glass-sign-in',
      resource_group_name: 'rg-monitor',
      location: 'westeurope',
      scopes: [SEC.workspace],
      severity: 0,
      enabled: true,
      evaluation_frequency: 'PT5M',
      window_duration: 'PT5M',
      criteria: [
        {
          query: [
            '// task-access: every sign-in of a break-glass (emergency access) account; any result is an incident',
            'SigninLogs',
            `| where UserId in~ ("${SEC.breakGlass1}", "${SEC.breakGlass2}")`,
            '| project TimeGenerated, UserId, UserPrincipalName',
          ].join('\n'),
          time_aggregation_method: 'Count',
          operator: 'GreaterThan',
          threshold: 0,
          failing_periods: { minimum_failing_periods_to_trigger_alert: 1, number_of_evaluation_periods: 1 },
        },
      ],
      action: { action_groups: ['${azurerm_monitor_action_group.MONITORING__ACTION_GROUP.id}'] },
      depends_on: ['azurerm_monitor_aad_diagnostic_setting.MONITORING__ENTRA_LOGS'],
    });
  });

  test('the action group e-mails the addresses (sorted); an existing action group is used by ID instead', () => {
    const s = fixture();
    expect(s.resource('azurerm_monitor_action_group', 'MONITORING__ACTION_GROUP')).toMatchObject({
      name: 'task-access-security',
      resource_group_name: 'rg-monitor',
      short_name: 'taskaccess',
      email_receiver: [
        { name: 'email-1', email_address: 'security@contoso.example', use_common_alert_schema: true },
        { name: 'email-2', email_address: 'soc@contoso.example', use_common_alert_schema: true },
      ],
    });
    const existing = one({
      ...securityDefinition(),
      monitoring: monitoring({ actionGroup: { existingId: SEC.actionGroup } }),
    });
    expect(existing.resources('azurerm_monitor_action_group')).toEqual({});
    expect(existing.resource(ALERT, 'BREAK_GLASS__SIGN_IN_ALERT')).toMatchObject({
      action: { action_groups: [SEC.actionGroup] },
    });
  });

  test('no break-glass alert without break-glass accounts; no monitoring resource without monitoring', () => {
    expect(Object.keys(one({ ...securityDefinition(), breakGlass: [] }).resources(ALERT))).toEqual([
      'EXCEPTIONS__ACTIVATION_ALERT',
    ]);
    const { monitoring: _m, ...plain } = securityDefinition();
    void _m;
    expect(
      one(plain)
        .addresses()
        .filter((a) => a.startsWith('azurerm_monitor') || a.startsWith('azurerm_log_analytics')),
    ).toEqual([]);
  });
});

describe('exception activation alert and saved searches', () => {
  test('severity 1, any completed PIM activation of an exception task fires', () => {
    const alert = fixture().resource(ALERT, 'EXCEPTIONS__ACTIVATION_ALERT') as {
      severity: number;
      criteria: { query: string; threshold: number; operator: string }[];
    };
    expect(alert.severity).toBe(1);
    expect(alert.criteria[0]).toMatchObject({ threshold: 0, operator: 'GreaterThan' });
    expect(alert.criteria[0].query.split('\n')).toEqual([
      '// task-access: activations of exception (high-privilege) tasks',
      'AuditLogs',
      '| where Category == "GroupManagement"',
      '| where LoggedByService in~ ("PIM", "Privileged Identity Management")',
      '| where ActivityDisplayName == "Add member to role completed (PIM activation)"',
      '| mv-apply Target = TargetResources on (where tostring(Target.type) =~ "Group" | extend Group = tostring(Target.displayName), GroupId = tostring(Target.id))',
      '| extend ActivatedBy = tostring(InitiatedBy.user.userPrincipalName), ActivatedById = tostring(InitiatedBy.user.id), Justification = ResultReason',
      '| where Group in ("TASK_PROD_KEYVAULT_ADMIN")',
      '| project TimeGenerated, Group, GroupId, ActivatedBy, ActivatedById, Justification, CorrelationId',
    ]);
  });

  test('saved searches: the summary, one per JIT task, one per role with eligible tasks, in the workspace', () => {
    const s = fixture();
    expect(Object.keys(s.resources('azurerm_log_analytics_saved_search')).sort()).toEqual([
      'PIM_ACTIVATIONS__ROLE_DEVELOPER',
      'PIM_ACTIVATIONS__ROLE_SNR_DEVELOPER',
      'PIM_ACTIVATIONS__SUMMARY',
      'PIM_ACTIVATIONS__TASK_PROD_KEYVAULT_ADMIN',
      'PIM_ACTIVATIONS__TASK_PROD_VIEWER',
    ]);
    expect(s.resource('azurerm_log_analytics_saved_search', 'PIM_ACTIVATIONS__TASK_PROD_VIEWER')).toMatchObject({
      name: 'task-access-pim-task-prod-viewer',
      display_name: 'PIM activations of TASK_PROD_VIEWER',
      category: 'task-access',
      log_analytics_workspace_id: SEC.workspace,
    });
    const snr = s.resource('azurerm_log_analytics_saved_search', 'PIM_ACTIVATIONS__ROLE_SNR_DEVELOPER') as {
      query: string;
    };
    expect(snr.query).toContain('| where Group in ("TASK_PROD_KEYVAULT_ADMIN", "TASK_PROD_VIEWER")');
    expect(snr.query).toContain(`| where ActivatedById in~ ("${SEC.carol}")`);
  });

  test('the diagnostic setting sends AuditLogs and SignInLogs to the workspace', () => {
    expect(fixture().resource('azurerm_monitor_aad_diagnostic_setting', 'MONITORING__ENTRA_LOGS')).toMatchObject({
      name: 'task-access-entra-logs',
      log_analytics_workspace_id: SEC.workspace,
      enabled_log: [{ category: 'AuditLogs' }, { category: 'SignInLogs' }],
    });
  });

  test('deterministic: reordering break-glass accounts, addresses and roles changes nothing', () => {
    const d = securityDefinition();
    const reordered = {
      ...d,
      breakGlass: [...(d.breakGlass ?? [])].reverse(),
      roles: [...d.roles].reverse(),
      monitoring: monitoring({ actionGroup: { emails: ['security@contoso.example', 'soc@contoso.example'] } }),
    };
    expect(one(reordered).text).toBe(fixture().text);
  });

  test('split stacks: monitoring and the Conditional Access output live in the directory stack', () => {
    const stacks = synth(securityDefinition(), true);
    const dir = stacks.get('directory') as StackJson;
    expect(Object.keys(dir.resources(ALERT)).sort()).toEqual([
      'BREAK_GLASS__SIGN_IN_ALERT',
      'EXCEPTIONS__ACTIVATION_ALERT',
    ]);
    expect(dir.json.output?.conditional_access_policies).toBeDefined();
    for (const env of ['prod', 'dev'])
      expect((stacks.get(env) as StackJson).addresses().filter((a) => a.startsWith('azurerm_monitor'))).toEqual([]);
  });
});

describe('the PIM policy of an exception task', () => {
  test('approval only by the senior group, the security team among the additional recipients of activations, the context', () => {
    const policy = fixture().resource('azuread_group_role_management_policy', 'TASK_PROD_KEYVAULT_ADMIN') as Record<
      string,
      Record<string, unknown>
    >;
    expect(policy.activation_rules).toEqual({
      maximum_duration: 'PT2H',
      require_justification: true,
      require_ticket_info: true,
      require_approval: true,
      approval_stage: { primary_approver: [{ object_id: groupRef('ROLE_SECURITY_LEAD'), type: 'groupMembers' }] },
      required_conditional_access_authentication_context: 'c1',
    });
    expect((policy.notification_rules as Record<string, unknown>).eligible_activations).toEqual({
      admin_notifications: {
        default_recipients: true,
        notification_level: 'All',
        additional_recipients: ['oncall@contoso.example', 'security@contoso.example'],
      },
      approver_notifications: { default_recipients: true, notification_level: 'All' },
      assignee_notifications: { default_recipients: true, notification_level: 'All' },
    });
  });
});

describe('the security-operations example', () => {
  test('synthesizes through TaskAccessStacks (rule pack included) with both alerts and the Conditional Access output', () => {
    const s = synthOne({ definition: securityOperations, expiryWarning: false });
    expect(Object.keys(s.resources(ALERT)).sort()).toEqual([
      'BREAK_GLASS__SIGN_IN_ALERT',
      'EXCEPTIONS__ACTIVATION_ALERT',
    ]);
    const policies = (
      s.json.output?.conditional_access_policies as {
        value: Record<string, { conditions: { users: { excludeUsers: string[] } } }>;
      }
    ).value;
    expect(Object.values(policies).map((p) => p.conditions.users.excludeUsers)).toEqual([
      ['0000b6a1-0000-4000-8000-000000000001', '0000b6a2-0000-4000-8000-000000000002'],
    ]);
  });
});
