/**
 * Rule `monitoring`: the `monitoring` settings name a Log Analytics workspace, a region, and exactly one way to
 * notify, in forms Azure accepts.
 */
import { parseAzureScope } from '../azure-scope';
import type { ValidationContext } from './context';

const RULE = 'monitoring';

/** Why `id` is not the resource ID of a resource of `type` (e.g. `Microsoft.Insights/actionGroups`), or undefined. */
function resourceIdProblem(id: string, type: string): string | undefined {
  const parsed = parseAzureScope(id);
  if (!parsed.ok) return parsed.reason;
  if (parsed.scope.kind !== 'resource') return `it is a ${parsed.scope.kind} scope, not a resource`;
  const actual = parsed.scope.resourceType as string;
  return actual.toLowerCase() === type.toLowerCase() ? undefined : `it is a ${actual}, not a ${type}`;
}

/** Checks `monitoring`. */
export function checkMonitoring(ctx: ValidationContext): void {
  const m = ctx.definition.monitoring;
  if (!m) return;
  const p = 'monitoring';
  const workspace =
    resourceIdProblem(m.workspaceId, 'Microsoft.OperationalInsights/workspaces') ??
    (/\/([A-Za-z0-9-]{4,63})$/.test(m.workspaceId) ? undefined : 'a workspace name is 4-63 letters, digits and "-"');
  if (workspace !== undefined) {
    ctx.report(
      `${p}.workspaceId`,
      RULE,
      `not the resource ID of a Log Analytics workspace: ${workspace}`,
      m.workspaceId,
      "copy the workspace's resource ID (JSON view in the portal), e.g. /subscriptions/<id>/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-security",
    );
  }
  if (!/^[A-Za-z][A-Za-z0-9 ]{1,39}$/.test(m.location)) {
    ctx.report(
      `${p}.location`,
      RULE,
      'not an Azure region name',
      m.location,
      "use the workspace's region, e.g. westeurope",
    );
  }
  if (m.resourceGroupName !== undefined && !/^[\w.()-]{1,89}[\w()-]$/.test(m.resourceGroupName)) {
    ctx.report(
      `${p}.resourceGroupName`,
      RULE,
      'not a resource group name (1-90 letters, digits, _ . ( ) -, not ending with .)',
      m.resourceGroupName,
      "use an existing resource group in the workspace's subscription, e.g. rg-monitor, or leave it out to use the workspace's",
    );
  }
  const ag = m.actionGroup;
  const ap = `${p}.actionGroup`;
  if ((ag.emails === undefined) === (ag.existingId === undefined)) {
    ctx.report(
      ap,
      RULE,
      'alerts need exactly one of emails (a new action group) and existingId (an existing one)',
      ag,
      "give emails: ['security@contoso.com'], or existingId: '/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Insights/actionGroups/<name>'",
    );
  }
  if (ag.emails !== undefined && ag.emails.length === 0) {
    ctx.report(
      `${ap}.emails`,
      RULE,
      'a new action group needs at least one address, or nobody is alerted',
      [],
      "list the security team's address, e.g. emails: ['security@contoso.com']",
    );
  }
  const existing =
    ag.existingId === undefined ? undefined : resourceIdProblem(ag.existingId, 'Microsoft.Insights/actionGroups');
  if (existing !== undefined) {
    ctx.report(
      `${ap}.existingId`,
      RULE,
      `not the resource ID of an action group: ${existing}`,
      ag.existingId,
      "copy it from the action group's properties, e.g. /subscriptions/<id>/resourceGroups/rg-monitor/providers/Microsoft.Insights/actionGroups/ag-security",
    );
  }
  if (ag.shortName !== undefined && !/^.{1,12}$/.test(ag.shortName)) {
    ctx.report(
      `${ap}.shortName`,
      RULE,
      'an action group short name is 1 to 12 characters',
      ag.shortName,
      'shorten it, e.g. "secteam"',
    );
  }
  if (ag.shortName !== undefined && ag.existingId !== undefined) {
    ctx.report(
      `${ap}.shortName`,
      RULE,
      'shortName names a new action group, but existingId uses an existing one',
      ag.shortName,
      'remove shortName',
    );
  }
  if (m.namePrefix !== undefined && !/^[a-z][a-z0-9-]{0,39}$/.test(m.namePrefix)) {
    ctx.report(
      `${p}.namePrefix`,
      RULE,
      'a name prefix is 1-40 lower-case letters, digits and -, starting with a letter',
      m.namePrefix,
      'e.g. "task-access" or "contoso-access"',
    );
  }
}
