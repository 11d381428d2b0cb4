/**
 * The azurerm provider of the monitoring resources must target the Log Analytics workspace's subscription.
 *
 * azurerm 4.55.0 creates an action group and a log search alert rule in the provider's subscription, whatever the
 * workspace's: `internal/services/monitor/monitor_action_group_resource.go` (create) takes
 * `subscriptionId := meta.(*clients.Client).Account.SubscriptionId` into
 * `actiongroupsapis.NewActionGroupID(subscriptionId, d.Get("resource_group_name").(string), ...)`, and
 * `internal/services/monitor/monitor_scheduled_query_rules_alert_v2_resource.go` (Create) takes
 * `metadata.Client.Account.SubscriptionId` into `scheduledqueryrules.NewScheduledQueryRuleID(subscriptionId,
 * model.ResourceGroupName, model.Name)`. Their resource group is the workspace's (unless `resourceGroupName` names
 * another), so with a provider for another subscription they would land in a resource group of that name there, or
 * fail where it doesn't exist. A saved search takes the workspace ID's subscription
 * (`internal/services/loganalytics/log_analytics_saved_search_resource.go`:
 * `savedsearches.NewSavedSearchID(workspaceId.SubscriptionId, ...)`) and the Entra diagnostic setting is a tenant
 * resource (`internal/services/monitor/monitor_aad_diagnostic_setting_resource.go`:
 * `diagnosticsettings.NewDiagnosticSettingID(d.Get("name").(string))`); they use the same provider, so all of
 * monitoring has one.
 */
import type { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Token, type TerraformProvider } from 'cdktf';
import { AccessModelError } from '../model/problem';
import type { ResolvedMonitoring } from '../model/resolved-security';
import { rawLiteral } from './literal-text';

/** Alias of the azurerm provider the library creates for the monitoring resources (`azurerm.monitoring`). */
export const MONITORING_PROVIDER_ALIAS = 'monitoring';

/** Why `provider` is not known at synthesis to target `subscriptionId`, or undefined when it is. */
function subscriptionMismatch(provider: TerraformProvider, subscriptionId: string): string | undefined {
  if (provider.terraformResourceType !== 'azurerm')
    return `it is a "${provider.terraformResourceType}" provider, not azurerm`;
  const given = (provider as Partial<Pick<AzurermProvider, 'subscriptionId'>>).subscriptionId;
  if (given === undefined)
    return 'it sets no subscription_id, so it takes ARM_SUBSCRIPTION_ID when Terraform runs, which synthesis cannot check';
  if (Token.isUnresolved(given)) return 'its subscription_id is a reference, which synthesis cannot compare';
  return given.toLowerCase() === subscriptionId.toLowerCase() ? undefined : `its subscription_id is "${given}"`;
}

/**
 * The user's `providers.azurerm` as the monitoring resources' provider, when its `subscription_id` is the
 * workspace's subscription.
 * @throws AccessModelError (path `monitoring.workspaceId`) when it is not known to be: the action group and the
 * alert rules would be created in another subscription than the workspace's.
 */
export function userAzurermForMonitoring(
  provider: TerraformProvider,
  settings: Pick<ResolvedMonitoring, 'workspaceId' | 'subscriptionId'>,
): TerraformProvider {
  const subscription = rawLiteral(settings.subscriptionId);
  const why = subscriptionMismatch(provider, subscription);
  if (why === undefined) return provider;
  throw new AccessModelError([
    {
      path: 'monitoring.workspaceId',
      rule: 'monitoring',
      message: `the workspace is in subscription ${subscription}, but the azurerm provider given as providers.azurerm would create the action group and alert rules in its own subscription, and ${why}`,
      value: rawLiteral(settings.workspaceId),
      fix: `pass providers.azurermMonitoring, an azurerm provider for the workspace's subscription (e.g. new AzurermProvider(stack, 'azurerm-monitoring', { alias: 'monitoring', subscriptionId: '${subscription}', features: [{}] })), or set subscriptionId: '${subscription}' on your azurerm provider`,
    },
  ]);
}
