/**
 * The monitoring resources (action group, alert rules, saved searches, diagnostic setting) use an azurerm provider
 * for the workspace's subscription: azurerm 4.55.0 creates an action group and an alert rule in its provider's
 * subscription (lib/constructs/monitoring-provider.ts), and their resource group is the workspace's.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { TaskAccessModel } from '../../lib/constructs/task-access-model';
import { AccessModelError, type AccessModelDefinition } from '../../lib/model';
import { IDS } from '../fixtures/minimal';
import { monitoring, securityDefinition } from '../fixtures/security';
import { stackJson, synthOne, synthStacks, type StackJson } from './synth-helper';

/** The monitoring resource types, each with its addresses in the fixture. */
const MONITORING = {
  azurerm_monitor_action_group: ['MONITORING__ACTION_GROUP'],
  azurerm_monitor_aad_diagnostic_setting: ['MONITORING__ENTRA_LOGS'],
  azurerm_monitor_scheduled_query_rules_alert_v2: ['BREAK_GLASS__SIGN_IN_ALERT', 'EXCEPTIONS__ACTIVATION_ALERT'],
  azurerm_log_analytics_saved_search: [
    'PIM_ACTIVATIONS__ROLE_DEVELOPER',
    'PIM_ACTIVATIONS__ROLE_SNR_DEVELOPER',
    'PIM_ACTIVATIONS__SUMMARY',
    'PIM_ACTIVATIONS__TASK_PROD_KEYVAULT_ADMIN',
    'PIM_ACTIVATIONS__TASK_PROD_VIEWER',
  ],
} as const;
const MONITORING_TYPES = Object.keys(MONITORING);

/** A subscription other than the fixture's (where its Key Vaults and role assignments are). */
const OTHER_SUBSCRIPTION = '0000aaaa-0000-4000-8000-00000000000b';
const OTHER_WORKSPACE = `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/rg-security/providers/Microsoft.OperationalInsights/workspaces/law-central`;

/** The definition of the security fixture with its workspace in another subscription. */
function elsewhere(extra: Parameters<typeof monitoring>[0] = {}): AccessModelDefinition {
  return { ...securityDefinition(), monitoring: monitoring({ workspaceId: OTHER_WORKSPACE, ...extra }) };
}

/** The `provider` meta-argument of every monitoring resource, by `type.name`. */
function monitoringProviders(s: StackJson): Record<string, unknown> {
  return Object.fromEntries(
    MONITORING_TYPES.flatMap((t) => Object.entries(s.resources(t)).map(([n, r]) => [`${t}.${n}`, r.provider])),
  );
}

/** Every monitoring address of the fixture, mapped to `value`. */
const everyMonitoringResource = (value: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(MONITORING).flatMap(([t, names]) => names.map((n): [string, string] => [`${t}.${n}`, value])),
  );

/** The definition built by TaskAccessModel in a stack of the test's, with the providers `configure` makes there. */
function inOwnStack(
  definition: AccessModelDefinition,
  configure: (stack: TerraformStack) => ConstructorParameters<typeof TaskAccessModel>[2]['providers'],
): StackJson {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'own');
  new TaskAccessModel(stack, 'access', {
    definition,
    providers: configure(stack),
    expiryWarning: false,
    report: false,
  });
  return stackJson(Testing.synth(stack));
}

/** The error TaskAccessModel throws with `configure`'s providers. */
function refusal(
  definition: AccessModelDefinition,
  configure: (stack: TerraformStack) => ConstructorParameters<typeof TaskAccessModel>[2]['providers'],
): AccessModelError {
  try {
    inOwnStack(definition, configure);
  } catch (e) {
    if (AccessModelError.isAccessModelError(e)) return e;
    throw e;
  }
  throw new Error('no AccessModelError');
}

describe('created providers', () => {
  test('an azurerm provider aliased "monitoring" with the workspace subscription, beside the default one', () => {
    expect(synthOne({ definition: securityDefinition(), expiryWarning: false }).json.provider?.azurerm).toEqual([
      {
        alias: 'monitoring',
        features: [{}],
        resource_provider_registrations: 'none',
        subscription_id: IDS.subscription,
      },
      { features: [{}], resource_provider_registrations: 'none' },
    ]);
  });

  test('every monitoring resource uses azurerm.monitoring; role assignments keep the default provider', () => {
    const s = synthOne({ definition: securityDefinition(), expiryWarning: false });
    expect(monitoringProviders(s)).toEqual(everyMonitoringResource('azurerm.monitoring'));
    const assignments = Object.values(s.resources('azurerm_role_assignment'));
    expect(assignments.length).toBeGreaterThan(0);
    for (const a of assignments) expect(a.provider).toBe('azurerm');
  });

  test('a workspace in another subscription: monitoring goes there, in the workspace resource group; grants stay', () => {
    const s = synthOne({ definition: elsewhere(), expiryWarning: false });
    expect(s.json.provider?.azurerm).toEqual([
      {
        alias: 'monitoring',
        features: [{}],
        resource_provider_registrations: 'none',
        subscription_id: OTHER_SUBSCRIPTION,
      },
      { features: [{}], resource_provider_registrations: 'none' },
    ]);
    expect(monitoringProviders(s)).toEqual(everyMonitoringResource('azurerm.monitoring'));
    expect(s.resource('azurerm_monitor_action_group', 'MONITORING__ACTION_GROUP')).toMatchObject({
      provider: 'azurerm.monitoring',
      resource_group_name: 'rg-security',
    });
    for (const name of MONITORING.azurerm_monitor_scheduled_query_rules_alert_v2)
      expect(s.resource('azurerm_monitor_scheduled_query_rules_alert_v2', name)).toMatchObject({
        provider: 'azurerm.monitoring',
        resource_group_name: 'rg-security',
        scopes: [OTHER_WORKSPACE],
      });
    expect(
      s.resource('azurerm_log_analytics_saved_search', 'PIM_ACTIVATIONS__SUMMARY').log_analytics_workspace_id,
    ).toBe(OTHER_WORKSPACE);
    expect(
      s.resource('azurerm_monitor_aad_diagnostic_setting', 'MONITORING__ENTRA_LOGS').log_analytics_workspace_id,
    ).toBe(OTHER_WORKSPACE);
    const scopes = Object.values(s.resources('azurerm_role_assignment')).map((a) => a.scope as string);
    expect(scopes.every((x) => x.startsWith(`/subscriptions/${IDS.subscription}/`))).toBe(true);
  });

  test('resourceGroupName: the action group and alerts go to that group, still in the workspace subscription', () => {
    const s = synthOne({ definition: elsewhere({ resourceGroupName: 'rg-alerts' }), expiryWarning: false });
    expect(s.json.provider?.azurerm?.[0]).toMatchObject({ alias: 'monitoring', subscription_id: OTHER_SUBSCRIPTION });
    expect(s.resource('azurerm_monitor_action_group', 'MONITORING__ACTION_GROUP').resource_group_name).toBe(
      'rg-alerts',
    );
    for (const name of MONITORING.azurerm_monitor_scheduled_query_rules_alert_v2)
      expect(s.resource('azurerm_monitor_scheduled_query_rules_alert_v2', name).resource_group_name).toBe('rg-alerts');
  });

  test('no monitoring: no monitoring provider', () => {
    const { monitoring: _m, ...plain } = securityDefinition();
    void _m;
    expect(synthOne({ definition: plain, expiryWarning: false }).json.provider?.azurerm).toEqual([
      { features: [{}], resource_provider_registrations: 'none' },
    ]);
  });

  test('split stacks: only the stack holding monitoring has the monitoring provider, and it has it once', () => {
    for (const props of [{ split: 'environment' as const }, { maxResourcesPerStack: 12 }]) {
      const stacks = synthStacks({ definition: elsewhere(), expiryWarning: false, report: false, ...props });
      const withMonitoring = [...stacks].filter(([, s]) =>
        MONITORING_TYPES.some((t) => Object.keys(s.resources(t)).length > 0),
      );
      expect(withMonitoring.length).toBeGreaterThan(0);
      for (const [name, s] of stacks) {
        const aliased = (s.json.provider?.azurerm ?? []).filter(
          (p) => (p as { alias?: string }).alias === 'monitoring',
        );
        const holds = withMonitoring.some(([n]) => n === name);
        expect([name, aliased]).toEqual([
          name,
          holds
            ? [
                {
                  alias: 'monitoring',
                  features: [{}],
                  resource_provider_registrations: 'none',
                  subscription_id: OTHER_SUBSCRIPTION,
                },
              ]
            : [],
        ]);
        for (const p of Object.values(monitoringProviders(s))) expect(p).toBe('azurerm.monitoring');
      }
    }
  });
});

describe('providers given by the user', () => {
  test('providers.azurermMonitoring is used for every monitoring resource, and no provider is created for it', () => {
    const s = inOwnStack(elsewhere(), (stack) => ({
      azurermMonitoring: new AzurermProvider(stack, 'central', {
        alias: 'central',
        subscriptionId: OTHER_SUBSCRIPTION,
        features: [{}],
      }),
    }));
    expect(monitoringProviders(s)).toEqual(everyMonitoringResource('azurerm.central'));
    expect(s.json.provider?.azurerm).toEqual([
      { alias: 'central', features: [{}], subscription_id: OTHER_SUBSCRIPTION },
      { features: [{}], resource_provider_registrations: 'none' },
    ]);
  });

  test('providers.azurerm whose subscriptionId is the workspace subscription (any case) serves monitoring too', () => {
    const s = inOwnStack(elsewhere(), (stack) => ({
      azurerm: new AzurermProvider(stack, 'azurerm', {
        subscriptionId: OTHER_SUBSCRIPTION.toUpperCase(),
        features: [{}],
      }),
    }));
    expect(monitoringProviders(s)).toEqual(everyMonitoringResource('azurerm'));
    expect(s.json.provider?.azurerm).toEqual([{ features: [{}], subscription_id: OTHER_SUBSCRIPTION.toUpperCase() }]);
  });

  test('providers.azurerm for another subscription, without azurermMonitoring, is refused with the fix', () => {
    const e = refusal(elsewhere(), (stack) => ({
      azurerm: new AzurermProvider(stack, 'azurerm', { subscriptionId: IDS.subscription, features: [{}] }),
    }));
    expect(e.problems).toEqual([
      {
        path: 'monitoring.workspaceId',
        rule: 'monitoring',
        message: `the workspace is in subscription ${OTHER_SUBSCRIPTION}, but the azurerm provider given as providers.azurerm would create the action group and alert rules in its own subscription, and its subscription_id is "${IDS.subscription}"`,
        value: OTHER_WORKSPACE,
        fix: `pass providers.azurermMonitoring, an azurerm provider for the workspace's subscription (e.g. new AzurermProvider(stack, 'azurerm-monitoring', { alias: 'monitoring', subscriptionId: '${OTHER_SUBSCRIPTION}', features: [{}] })), or set subscriptionId: '${OTHER_SUBSCRIPTION}' on your azurerm provider`,
      },
    ]);
  });

  test('providers.azurerm whose subscription synthesis cannot read (unset, a reference) is refused, saying why', () => {
    const why = (configure: (stack: TerraformStack) => AzurermProvider): string =>
      refusal(elsewhere(), (stack) => ({ azurerm: configure(stack) })).problems[0].message.split(', and ')[1];
    expect(why((stack) => new AzurermProvider(stack, 'azurerm', { features: [{}] }))).toBe(
      'it sets no subscription_id, so it takes ARM_SUBSCRIPTION_ID when Terraform runs, which synthesis cannot check',
    );
    expect(
      why(
        (stack) =>
          new AzurermProvider(stack, 'azurerm', {
            features: [{}],
            subscriptionId: new TerraformVariable(stack, 'subscription', { type: 'string' }).stringValue,
          }),
      ),
    ).toBe('its subscription_id is a reference, which synthesis cannot compare');
  });

  test('providers.azurerm with azurermMonitoring: each serves its own resources', () => {
    const s = inOwnStack(elsewhere(), (stack) => ({
      azurerm: new AzurermProvider(stack, 'azurerm', { subscriptionId: IDS.subscription, features: [{}] }),
      azurermMonitoring: new AzurermProvider(stack, 'central', {
        alias: 'central',
        subscriptionId: OTHER_SUBSCRIPTION,
        features: [{}],
      }),
    }));
    expect(monitoringProviders(s)).toEqual(everyMonitoringResource('azurerm.central'));
    for (const a of Object.values(s.resources('azurerm_role_assignment'))) expect(a.provider).toBe('azurerm');
  });
});
