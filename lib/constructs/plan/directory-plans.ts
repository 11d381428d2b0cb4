/**
 * What the tenant-wide units create: applications, break-glass, monitoring, Conditional Access (an output, no
 * resource), custom roles, and the VPN user groups (an output, no resource).
 */
import type { BreakGlassAccount, CustomAzureRoleDefinition } from '../../model/definition';
import type { ResolvedApplication, ResolvedBaseline } from '../../model/resolved';
import type { ResolvedConditionalAccessPolicy } from '../../model/resolved-security';
import type { MonitoringPlan } from '../../monitoring/plan';
import { planResource, type PlannedResource } from './planned-resource';
import { applicationKey, customRoleKey, distinctKeys, type UnitPlan } from './unit';

/** What an application creates. */
export interface ApplicationResources {
  /** The application. */
  readonly application: ResolvedApplication;
  /** `azuread_application.<name>`. */
  readonly registration: PlannedResource;
  /** `azuread_service_principal.<name>`. */
  readonly servicePrincipal: PlannedResource;
  /** `azuread_application_federated_identity_credential.<name>__<credential>`, in the application's order. */
  readonly credentials: readonly PlannedResource[];
  /** All of them, in creation order. */
  readonly resources: readonly PlannedResource[];
}

/** The resources of an application. */
export function planApplicationResources(a: ResolvedApplication): ApplicationResources {
  const registration = planResource('azuread_application', a.name);
  const servicePrincipal = planResource('azuread_service_principal', a.name);
  const credentials = a.federatedCredentials.map((c) =>
    planResource('azuread_application_federated_identity_credential', a.name, c.name),
  );
  return {
    application: a,
    registration,
    servicePrincipal,
    credentials,
    resources: [registration, servicePrincipal, ...credentials],
  };
}

/** The application unit. */
export interface ApplicationPlan extends UnitPlan, ApplicationResources {
  /** Discriminant. */
  readonly kind: 'application';
}

/** The application unit. */
export function planApplication(a: ResolvedApplication): ApplicationPlan {
  return { kind: 'application', key: applicationKey(a.name), ...planApplicationResources(a), references: [] };
}

/** `azuread_directory_role_assignment.BREAK_GLASS__<object id>` of each account, in the definition's order. */
export function planBreakGlassResources(accounts: readonly BreakGlassAccount[]): PlannedResource[] {
  return accounts.map((a) => planResource('azuread_directory_role_assignment', 'BREAK_GLASS', a.objectId));
}

/** The break-glass unit. */
export interface BreakGlassPlan extends UnitPlan {
  /** Discriminant. */
  readonly kind: 'breakGlass';
  /** The accounts. */
  readonly accounts: readonly BreakGlassAccount[];
}

/** The break-glass unit (there is one, without resources when there are no accounts). */
export function planBreakGlass(accounts: readonly BreakGlassAccount[]): BreakGlassPlan {
  return {
    kind: 'breakGlass',
    key: 'BREAK_GLASS',
    accounts,
    resources: planBreakGlassResources(accounts),
    references: [],
  };
}

/** What the monitoring creates. */
export interface MonitoringResources {
  /** `azurerm_monitor_aad_diagnostic_setting.MONITORING__ENTRA_LOGS`, when created. */
  readonly diagnosticSetting?: PlannedResource;
  /** `azurerm_monitor_action_group.MONITORING__ACTION_GROUP`, when the settings ask for a new one. */
  readonly actionGroup?: PlannedResource;
  /** `azurerm_monitor_scheduled_query_rules_alert_v2.<address>` of each alert, in the plan's order. */
  readonly alerts: readonly PlannedResource[];
  /** `azurerm_log_analytics_saved_search.<address>` of each saved search, in the plan's order. */
  readonly savedSearches: readonly PlannedResource[];
  /** All of them, in creation order. */
  readonly resources: readonly PlannedResource[];
}

/** The resources of a monitoring plan. */
export function planMonitoringResources(plan: MonitoringPlan): MonitoringResources {
  const diagnosticSetting = plan.diagnosticSetting
    ? planResource('azurerm_monitor_aad_diagnostic_setting', 'MONITORING', 'ENTRA_LOGS')
    : undefined;
  const actionGroup =
    plan.settings.actionGroup.kind === 'new'
      ? planResource('azurerm_monitor_action_group', 'MONITORING', 'ACTION_GROUP')
      : undefined;
  const alerts = plan.alerts.map((a) => planResource('azurerm_monitor_scheduled_query_rules_alert_v2', a.address));
  const savedSearches = plan.savedSearches.map((q) => planResource('azurerm_log_analytics_saved_search', q.address));
  return {
    ...(diagnosticSetting ? { diagnosticSetting } : {}),
    ...(actionGroup ? { actionGroup } : {}),
    alerts,
    savedSearches,
    resources: [
      ...(diagnosticSetting ? [diagnosticSetting] : []),
      ...(actionGroup ? [actionGroup] : []),
      ...alerts,
      ...savedSearches,
    ],
  };
}

/** The monitoring unit. */
export interface MonitoringUnitPlan extends UnitPlan, MonitoringResources {
  /** Discriminant. */
  readonly kind: 'monitoring';
  /** What the monitoring consists of (lib/monitoring/plan.ts). */
  readonly plan: MonitoringPlan;
}

/** The monitoring unit. */
export function planMonitoringUnit(plan: MonitoringPlan): MonitoringUnitPlan {
  return { kind: 'monitoring', key: 'MONITORING', plan, ...planMonitoringResources(plan), references: [] };
}

/** The Conditional Access unit: an output only, referring to the role groups the policies target. */
export interface ConditionalAccessPlan extends UnitPlan {
  /** Discriminant. */
  readonly kind: 'conditionalAccess';
  /** The policies. */
  readonly policies: readonly ResolvedConditionalAccessPolicy[];
}

/** The Conditional Access unit. */
export function planConditionalAccess(policies: readonly ResolvedConditionalAccessPolicy[]): ConditionalAccessPlan {
  return {
    kind: 'conditionalAccess',
    key: 'CONDITIONAL_ACCESS',
    policies,
    resources: [],
    references: distinctKeys(policies.flatMap((p) => p.includedRoles)),
  };
}

/** `azurerm_role_definition.CUSTOM_ROLE__<name>`. */
export function planCustomRoleDefinition(role: Pick<CustomAzureRoleDefinition, 'name'>): PlannedResource {
  return planResource('azurerm_role_definition', 'CUSTOM_ROLE', role.name);
}

/** A custom role unit. */
export interface CustomRolePlan extends UnitPlan {
  /** Discriminant. */
  readonly kind: 'customRole';
  /** The role. */
  readonly role: CustomAzureRoleDefinition;
  /** Its definition. */
  readonly definition: PlannedResource;
}

/** A custom role unit. */
export function planCustomRole(role: CustomAzureRoleDefinition): CustomRolePlan {
  const definition = planCustomRoleDefinition(role);
  return {
    kind: 'customRole',
    key: customRoleKey(role.name),
    role,
    definition,
    resources: [definition],
    references: [],
  };
}

/** The VPN user groups unit: an output only, referring to the pool baselines' groups. */
export interface VpnPlan extends UnitPlan {
  /** Discriminant. */
  readonly kind: 'vpn';
  /** Baselines granting a VPN pool, in the model's order; the first one's environment holds the unit. */
  readonly pools: readonly ResolvedBaseline[];
}

/** The VPN unit of the pool baselines (at least one). */
export function planVpn(pools: readonly ResolvedBaseline[]): VpnPlan {
  return {
    kind: 'vpn',
    key: 'VPN',
    environment: pools[0].environment,
    pools,
    resources: [],
    references: pools.map((b) => b.name),
  };
}
