/**
 * Monitoring of the access model in a Log Analytics workspace (lib/monitoring/plan.ts): the action group, the
 * alert rules (any break-glass sign-in at severity 0; any activation of an exception task), saved searches of PIM
 * activations per task and per role, and optionally the Entra diagnostic setting that sends the logs there.
 */
import { LogAnalyticsSavedSearch } from '@cdktf/provider-azurerm/lib/log-analytics-saved-search';
import { MonitorAadDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-aad-diagnostic-setting';
import { MonitorActionGroup } from '@cdktf/provider-azurerm/lib/monitor-action-group';
import { MonitorScheduledQueryRulesAlertV2 } from '@cdktf/provider-azurerm/lib/monitor-scheduled-query-rules-alert-v2';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { MonitoringPlan } from '../monitoring/plan';
import { renderAs } from './addresses';
import { planMonitoringResources, type MonitoringResources } from './plan/directory-plans';
import type { PlannedResource } from './plan/planned-resource';

/** Props of {@link SecurityMonitoring}. */
export interface SecurityMonitoringProps {
  /** What to create. */
  readonly plan: MonitoringPlan;
  /**
   * The azurerm provider of every monitoring resource: it must target the workspace's subscription
   * (see monitoring-provider.ts and `AccessProviders.azurermMonitoring`).
   */
  readonly provider: TerraformProvider;
  /** Its resources as the unit plan names them. @default - planned from `plan` */
  readonly planned?: MonitoringResources;
}

/** The monitoring resources of the model. */
export class SecurityMonitoring extends Construct {
  /** The action group created, when the settings ask for a new one. */
  public readonly actionGroup?: MonitorActionGroup;
  /** The alert rules, by Terraform name. */
  public readonly alerts = new Map<string, MonitorScheduledQueryRulesAlertV2>();
  /** The saved searches, by Terraform name. */
  public readonly savedSearches = new Map<string, LogAnalyticsSavedSearch>();
  /** The Entra diagnostic setting, when created. */
  public readonly diagnosticSetting?: MonitorAadDiagnosticSetting;

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: SecurityMonitoringProps) {
    super(scope, id);
    const { plan, provider } = props;
    const s = plan.settings;
    const planned = props.planned ?? planMonitoringResources(plan);
    if (plan.diagnosticSetting) {
      this.diagnosticSetting = renderAs(
        new MonitorAadDiagnosticSetting(this, 'entra-logs', {
          provider,
          name: plan.diagnosticSetting.name,
          logAnalyticsWorkspaceId: s.workspaceId,
          enabledLog: plan.diagnosticSetting.categories.map((category) => ({ category })),
        }),
        planned.diagnosticSetting as PlannedResource,
      );
    }
    let actionGroupId: string;
    if (s.actionGroup.kind === 'new') {
      const ag = renderAs(
        new MonitorActionGroup(this, 'action-group', {
          provider,
          name: plan.actionGroupName,
          resourceGroupName: s.resourceGroupName,
          shortName: s.actionGroup.shortName,
          emailReceiver: s.actionGroup.emails.map((emailAddress, i) => ({
            name: `email-${i + 1}`,
            emailAddress,
            useCommonAlertSchema: true,
          })),
        }),
        planned.actionGroup as PlannedResource,
      );
      this.actionGroup = ag;
      actionGroupId = ag.id;
    } else {
      actionGroupId = s.actionGroup.id;
    }
    for (const [i, a] of plan.alerts.entries()) {
      this.alerts.set(
        a.address,
        renderAs(
          new MonitorScheduledQueryRulesAlertV2(this, a.address, {
            provider,
            name: a.name,
            displayName: a.displayName,
            description: a.description,
            resourceGroupName: s.resourceGroupName,
            location: s.location,
            scopes: [s.workspaceId],
            severity: a.severity,
            enabled: true,
            evaluationFrequency: s.alertFrequency,
            windowDuration: s.alertFrequency,
            autoMitigationEnabled: false,
            // The tables appear in a workspace with their first record; a new workspace or diagnostic setting
            // would otherwise fail validation at apply. The query text is tested in this repository.
            skipQueryValidation: true,
            criteria: [
              {
                query: a.query,
                timeAggregationMethod: 'Count',
                operator: 'GreaterThan',
                threshold: a.threshold,
                failingPeriods: { minimumFailingPeriodsToTriggerAlert: 1, numberOfEvaluationPeriods: 1 },
              },
            ],
            action: { actionGroups: [actionGroupId] },
            ...(this.diagnosticSetting ? { dependsOn: [this.diagnosticSetting] } : {}),
          }),
          planned.alerts[i],
        ),
      );
    }
    for (const [i, q] of plan.savedSearches.entries()) {
      this.savedSearches.set(
        q.address,
        renderAs(
          new LogAnalyticsSavedSearch(this, q.address, {
            provider,
            name: q.name,
            displayName: q.displayName,
            category: plan.savedSearchCategory,
            logAnalyticsWorkspaceId: s.workspaceId,
            query: q.query,
          }),
          planned.savedSearches[i],
        ),
      );
    }
  }
}
