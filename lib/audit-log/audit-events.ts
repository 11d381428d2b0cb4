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

/** True for a `loggedByService` value of PIM (case-insensitive). */
export function isPimService(service: string): boolean {
  return PIM_SERVICES.some((s) => s.toLowerCase() === service.trim().toLowerCase());
}
