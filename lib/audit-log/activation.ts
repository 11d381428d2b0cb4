/**
 * Completed PIM for Groups activations, taken from audit events: category GroupManagement, a PIM service, the
 * event "Add member to role completed (PIM activation)" (pim-audit-log-facts.md). The group is the target of type
 * Group; the user who activated is `initiatedBy.user`.
 */
import { ACTIVATION_COMPLETED, isPimService, PIM_GROUP_CATEGORY } from './audit-events';
import type { AuditActor, AuditEvent } from './audit-event';

/** One completed activation of a group. */
export interface PimActivation {
  /** Where it came from (file and record or line). */
  readonly source: string;
  /** When, in milliseconds since the epoch (UTC). */
  readonly time: number;
  /** Display name of the activated group, when the export has it. */
  readonly group?: string;
  /** Object ID of the activated group, when the export has it. */
  readonly groupId?: string;
  /** Who activated. */
  readonly actor: AuditActor;
  /** The justification given. */
  readonly justification?: string;
}

/** True for a completed PIM for Groups activation (any casing; a result other than success is not one). */
export function isGroupActivation(e: AuditEvent): boolean {
  if (e.activity.trim().toLowerCase() !== ACTIVATION_COMPLETED.toLowerCase()) return false;
  if (e.category !== undefined && e.category.trim().toLowerCase() !== PIM_GROUP_CATEGORY.toLowerCase()) return false;
  if (e.service !== undefined && e.service.trim() !== '' && !isPimService(e.service)) return false;
  if (e.result !== undefined && e.result.trim() !== '' && e.result.trim().toLowerCase() !== 'success') return false;
  return true;
}

/** The activation of an event (call {@link isGroupActivation} first). */
export function toActivation(e: AuditEvent): PimActivation {
  const group = e.targets.find((t) => t.type.toLowerCase() === 'group');
  return {
    source: e.source,
    time: e.time,
    ...(group?.displayName ? { group: group.displayName } : {}),
    ...(group?.id ? { groupId: group.id } : {}),
    actor: e.actor ?? {},
    ...(e.justification ? { justification: e.justification } : {}),
  };
}

/** A short label for the user who activated: the UPN, else the display name, else the object ID. */
export function actorLabel(a: AuditActor): string {
  return a.userPrincipalName || a.displayName || a.id || '(unknown)';
}
