/**
 * PIM for Groups events as they appear in exported Entra audit logs (Graph directoryAudit, the AuditLogs table,
 * the portal download). Names and fields only from /work/shared/docs/pim-audit-log-facts.md (Microsoft's
 * reference-audit-activities.md, the Graph directoryAudit reference): nothing here is guessed.
 */

/** Category of PIM for Groups events; the same names under `RoleManagement` are directory roles. */
export const PIM_GROUP_CATEGORY = 'GroupManagement';

/** `loggedByService` of PIM events: "PIM" in real records, "Privileged Identity Management" in the Graph doc example. */
export const PIM_SERVICES: readonly string[] = ['PIM', 'Privileged Identity Management'];

/** The event of a completed activation: the user is now a member of the group. */
export const ACTIVATION_COMPLETED = 'Add member to role completed (PIM activation)';

/** Other PIM activation events, counted but not taken as an activation. */
export const ACTIVATION_EVENTS = {
  /** Activation requested. */
  requested: 'Add member to role requested (PIM activation)',
  /** Waiting for approval. */
  approvalRequested: 'Add member to role approval requested (PIM activation)',
  /** Approved. */
  approved: 'Add member to role request approved (PIM activation)',
  /** Denied. */
  denied: 'Add member to role request denied (PIM activation)',
  /** Activated: the user is a member. */
  completed: ACTIVATION_COMPLETED,
  /** Cancelled by the requester. */
  canceled: 'Add member to role canceled (PIM activation)',
  /** The approval timed out. */
  requestExpired: 'PIM activation request expired',
  /** The activation ended. */
  activationExpired: 'Remove member from role (PIM activation expired)',
} as const;

/** True for a `loggedByService` value of PIM (case-insensitive). */
export function isPimService(service: string): boolean {
  return PIM_SERVICES.some((s) => s.toLowerCase() === service.trim().toLowerCase());
}
