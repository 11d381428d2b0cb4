/** Monitoring settings with defaults applied (see {@link MonitoringSettings}). */
import { subscriptionOf } from './formats';
import type { ResolvedMonitoring } from './resolved-security';
import type { MonitoringSettings } from './security-settings';

/** Default prefix of monitoring resource names. */
export const DEFAULT_MONITORING_PREFIX = 'task-access';
/** Default short name of a new action group. */
export const DEFAULT_ACTION_GROUP_SHORT_NAME = 'taskaccess';

/** The resource group of an Azure resource ID, or undefined. */
export function resourceGroupOf(resourceId: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(resourceId)?.[1];
}

/** Applies the defaults of the monitoring settings (validation has checked them). */
export function resolveMonitoring(m: MonitoringSettings): ResolvedMonitoring {
  return {
    workspaceId: m.workspaceId,
    subscriptionId: subscriptionOf(m.workspaceId) ?? '',
    location: m.location,
    resourceGroupName: m.resourceGroupName ?? resourceGroupOf(m.workspaceId) ?? '',
    actionGroup:
      m.actionGroup.existingId !== undefined
        ? { kind: 'existing', id: m.actionGroup.existingId }
        : {
            kind: 'new',
            emails: [...(m.actionGroup.emails ?? [])].sort(),
            shortName: m.actionGroup.shortName ?? DEFAULT_ACTION_GROUP_SHORT_NAME,
          },
    diagnosticSetting: m.diagnosticSetting ?? false,
    savedSearches: m.savedSearches ?? true,
    alertFrequency: m.alertFrequency ?? 'PT5M',
    namePrefix: m.namePrefix ?? DEFAULT_MONITORING_PREFIX,
  };
}
