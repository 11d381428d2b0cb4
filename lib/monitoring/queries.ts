/**
 * The KQL of the monitoring: break-glass sign-ins (SigninLogs, as in Microsoft's emergency access guidance) and
 * PIM for Groups activations (AuditLogs, with the category, service and event name of pim-audit-log-facts.md;
 * the group is found by target type, never by position).
 */
import { ACTIVATION_COMPLETED, PIM_GROUP_CATEGORY, PIM_SERVICES } from '../audit-log/audit-events';
import { kqlList, kqlString } from './kql';

/**
 * Every sign-in of the break-glass accounts, successful or not (entra-docs security-emergency-access.md: alert
 * when the number of results is greater than 0, severity 0).
 */
export function breakGlassSignInQuery(objectIds: readonly string[]): string {
  return [
    '// task-access: every sign-in of a break-glass (emergency access) account; any result is an incident',
    'SigninLogs',
    `| where UserId in~ ${kqlList(objectIds)}`,
    '| project TimeGenerated, UserId, UserPrincipalName',
  ].join('\n');
}

/**
 * Completed PIM for Groups activations, one row per activated group: `Group`, `GroupId` (the target of type
 * Group), `ActivatedBy` (UPN) and `ActivatedById` (object ID) of the user who activated, `Justification`.
 */
export function pimActivationsBase(): string[] {
  return [
    'AuditLogs',
    `| where Category == ${kqlString(PIM_GROUP_CATEGORY)}`,
    `| where LoggedByService in~ ${kqlList(PIM_SERVICES)}`,
    `| where ActivityDisplayName == ${kqlString(ACTIVATION_COMPLETED)}`,
    '| mv-apply Target = TargetResources on (where tostring(Target.type) =~ "Group" | extend Group = tostring(Target.displayName), GroupId = tostring(Target.id))',
    '| extend ActivatedBy = tostring(InitiatedBy.user.userPrincipalName), ActivatedById = tostring(InitiatedBy.user.id), Justification = ResultReason',
  ];
}

const PROJECTION = '| project TimeGenerated, Group, GroupId, ActivatedBy, ActivatedById, Justification, CorrelationId';

/** Activations of the given groups (a task and the role-assignable baselines its eligible roles activate with it). */
export function groupActivationsQuery(comment: string, groups: readonly string[]): string {
  return [
    `// task-access: ${comment}`,
    ...pimActivationsBase(),
    `| where Group in ${kqlList(groups)}`,
    PROJECTION,
  ].join('\n');
}

/** The members of a role who can activate: object IDs, and UPNs of users declared by UPN only. */
export interface RoleActivators {
  /** Object IDs. */
  readonly ids: readonly string[];
  /** User principal names. */
  readonly upns: readonly string[];
}

/**
 * Activations through a role: of its eligible tasks' groups, by its members when they are all known users
 * (object IDs or UPNs); a role with group members can't be narrowed offline, so every activation of its tasks is listed.
 */
export function roleActivationsQuery(
  role: string,
  groups: readonly string[],
  member: RoleActivators | undefined,
): string {
  const lines = [
    `// task-access: PIM activations through ${role}${member ? '' : ' (its members include groups: activations of its tasks by anyone)'}`,
    ...pimActivationsBase(),
    `| where Group in ${kqlList(groups)}`,
  ];
  if (member) {
    const parts = [
      ...(member.ids.length > 0 ? [`ActivatedById in~ ${kqlList(member.ids)}`] : []),
      ...(member.upns.length > 0 ? [`ActivatedBy in~ ${kqlList(member.upns)}`] : []),
    ];
    lines.push(`| where ${parts.join(' or ')}`);
  }
  lines.push(PROJECTION);
  return lines.join('\n');
}

/** How often each group was activated, and by whom. */
export function activationSummaryQuery(): string {
  return [
    '// task-access: PIM for Groups activations per group and user (pick the time range in the query editor)',
    ...pimActivationsBase(),
    '| summarize Activations = count(), FirstActivation = min(TimeGenerated), LastActivation = max(TimeGenerated) by Group, ActivatedBy',
    '| order by Activations desc, Group asc, ActivatedBy asc',
  ].join('\n');
}
