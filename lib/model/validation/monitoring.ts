/**
 * Rule `monitoring`: the `monitoring` settings name a Log Analytics workspace, a region, and exactly one way to
 * notify, in forms Azure accepts.
 */
import { EMAIL } from './exceptions';
import type { ValidationContext } from './context';

const RULE = 'monitoring';
const SUBSCRIPTION = '/subscriptions/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const RESOURCE_GROUP = '[\\w.()-]{1,90}';
/** A Log Analytics workspace resource ID. */
export const WORKSPACE_ID = new RegExp(
  `^${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft\\.OperationalInsights/workspaces/[A-Za-z0-9-]{4,63}$`,
  'i',
);
/** An action group resource ID. */
export const ACTION_GROUP_ID = new RegExp(
  `^${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft\\.Insights/actionGroups/[^/\\s]{1,260}$`,
  'i',
);

/** Checks `monitoring`. */
export function checkMonitoring(ctx: ValidationContext): void {
  const m = ctx.definition.monitoring;
  if (!m) return;
  const p = 'monitoring';
  if (!WORKSPACE_ID.test(m.workspaceId)) {
    ctx.report(
      `${p}.workspaceId`,
      RULE,
      'not the resource ID of a Log Analytics workspace',
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
      "use an existing resource group, e.g. rg-monitor, or leave it out to use the workspace's",
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
  (ag.emails ?? []).forEach((e, i) => {
    if (!EMAIL.test(e))
      ctx.report(
        `${ap}.emails[${i}]`,
        RULE,
        'not an e-mail address',
        e,
        'write it as name@domain, e.g. security@contoso.com',
      );
  });
  if (ag.existingId !== undefined && !ACTION_GROUP_ID.test(ag.existingId)) {
    ctx.report(
      `${ap}.existingId`,
      RULE,
      'not the resource ID of an action group',
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
