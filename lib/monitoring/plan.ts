/**
 * What the monitoring of a model consists of, as plain data the constructs render: the action group, the alert
 * rules (break-glass sign-in, exception activation), the saved searches and the diagnostic setting. Pure.
 */
import type { ResolvedModel, ResolvedRole, ResolvedTask } from '../model/resolved';
import type { ResolvedMonitoring } from '../model/resolved-security';
import { activationSummaryQuery, breakGlassSignInQuery, groupActivationsQuery, roleActivationsQuery } from './queries';

/** A log search alert rule: fires when the query returns more than `threshold` rows in a window. */
export interface PlannedAlert {
  /** Terraform name, e.g. `BREAK_GLASS__SIGN_IN_ALERT`. */
  readonly address: string;
  /** Azure resource name. */
  readonly name: string;
  /** Display name in Azure Monitor. */
  readonly displayName: string;
  /** What it watches and what to do. */
  readonly description: string;
  /** 0 (critical) to 4. */
  readonly severity: 0 | 1;
  /** KQL. */
  readonly query: string;
  /** Fires when the row count is greater than this: 0, so any result fires. */
  readonly threshold: 0;
}

/** A saved search in the workspace. */
export interface PlannedSavedSearch {
  /** Terraform name, e.g. `PIM_ACTIVATIONS__TASK_PROD_KEYVAULT_ADMIN`. */
  readonly address: string;
  /** Azure resource name (unique in the workspace). */
  readonly name: string;
  /** Shown in the workspace's query list. */
  readonly displayName: string;
  /** KQL. */
  readonly query: string;
}

/** The monitoring of a model. */
export interface MonitoringPlan {
  /** The settings. */
  readonly settings: ResolvedMonitoring;
  /** Name of the new action group (when the settings create one). */
  readonly actionGroupName: string;
  /** Alert rules, break-glass first. */
  readonly alerts: readonly PlannedAlert[];
  /** Saved searches: the summary, then one per task, then one per role with eligible tasks. */
  readonly savedSearches: readonly PlannedSavedSearch[];
  /** Category of the saved searches. */
  readonly savedSearchCategory: string;
  /** The Entra diagnostic setting, when created. */
  readonly diagnosticSetting?: PlannedDiagnosticSetting;
}

/** The Entra diagnostic setting to create. */
export interface PlannedDiagnosticSetting {
  /** Its name. */
  readonly name: string;
  /** Log categories sent to the workspace. */
  readonly categories: readonly string[];
}

/** Log categories the diagnostic setting sends: audit logs (PIM) and interactive sign-ins (break-glass). */
export const ENTRA_LOG_CATEGORIES: readonly string[] = ['AuditLogs', 'SignInLogs'];

const slug = (name: string): string => name.toLowerCase().replace(/_/g, '-');

/** The groups whose activation means a task was activated: the task and its role-assignable baselines. */
export function taskActivationGroups(task: ResolvedTask): string[] {
  return [task.name, ...task.roleAssignableBaselines];
}

/** Members of a role who can activate, as object IDs and UPNs; undefined when a member is a group (unknown offline). */
function roleActivators(role: ResolvedRole): { ids: string[]; upns: string[] } | undefined {
  if (role.members.some((m) => m.kind === 'group')) return undefined;
  const users = role.members.filter((m) => m.kind === 'user');
  return {
    ids: users.flatMap((m) => (m.objectId !== undefined ? [m.objectId] : [])),
    upns: users.flatMap((m) =>
      m.kind === 'user' && m.objectId === undefined && m.userPrincipalName !== undefined ? [m.userPrincipalName] : [],
    ),
  };
}

/** The monitoring plan of a model, or undefined when the definition has no `monitoring`. */
export function planMonitoring(model: ResolvedModel): MonitoringPlan | undefined {
  const settings = model.monitoring;
  if (!settings) return undefined;
  const prefix = settings.namePrefix;
  const tasks = new Map(model.tasks.map((t) => [t.name, t]));
  const alerts: PlannedAlert[] = [];
  if (model.breakGlass.length > 0) {
    alerts.push({
      address: 'BREAK_GLASS__SIGN_IN_ALERT',
      name: `${prefix}-break-glass-sign-in`,
      displayName: 'Break-glass account sign-in',
      description: `Any sign-in of a break-glass account (${model.breakGlass.map((b) => b.displayName ?? b.objectId).join(', ')}). Expected only in an emergency or a planned drill: confirm which, preserve the logs and review what was done.`,
      severity: 0,
      query: breakGlassSignInQuery(model.breakGlass.map((b) => b.objectId)),
      threshold: 0,
    });
  }
  const exceptionTasks = model.tasks.filter((t) => t.highPrivilege);
  if (exceptionTasks.length > 0) {
    alerts.push({
      address: 'EXCEPTIONS__ACTIVATION_ALERT',
      name: `${prefix}-exception-activation`,
      displayName: 'Exception task activated',
      description: `A high-privilege (exception) task was activated through PIM: ${exceptionTasks.map((t) => t.name).join(', ')}. Check the change request and flag it for the review, which decides whether a new task is needed.`,
      severity: 1,
      query: groupActivationsQuery(
        'activations of exception (high-privilege) tasks',
        exceptionTasks.flatMap(taskActivationGroups),
      ),
      threshold: 0,
    });
  }
  const savedSearches: PlannedSavedSearch[] = [];
  if (settings.savedSearches) {
    savedSearches.push({
      address: 'PIM_ACTIVATIONS__SUMMARY',
      name: `${prefix}-pim-activations`,
      displayName: 'PIM activations per group and user',
      query: activationSummaryQuery(),
    });
    for (const t of model.tasks.filter((x) => x.jit)) {
      savedSearches.push({
        address: `PIM_ACTIVATIONS__${t.name}`,
        name: `${prefix}-pim-${slug(t.name)}`,
        displayName: `PIM activations of ${t.name}`,
        query: groupActivationsQuery(`PIM activations of ${t.name}`, taskActivationGroups(t)),
      });
    }
    for (const r of model.roles.filter((x) => x.eligible.length > 0)) {
      const groups = r.eligible.flatMap((e) =>
        tasks.has(e.task) ? taskActivationGroups(tasks.get(e.task) as ResolvedTask) : [e.task],
      );
      savedSearches.push({
        address: `PIM_ACTIVATIONS__${r.name}`,
        name: `${prefix}-pim-${slug(r.name)}`,
        displayName: `PIM activations through ${r.name}`,
        query: roleActivationsQuery(r.name, groups, roleActivators(r)),
      });
    }
  }
  return {
    settings,
    actionGroupName: `${prefix}-security`,
    alerts,
    savedSearches,
    savedSearchCategory: prefix,
    ...(settings.diagnosticSetting
      ? { diagnosticSetting: { name: `${prefix}-entra-logs`, categories: ENTRA_LOG_CATEGORIES } }
      : {}),
  };
}
