/**
 * Approvers of just-in-time activation: one identity and one label for every layer. Object IDs compare
 * case-insensitively (Entra object IDs are UUIDs, and Graph returns them in lower case); role names are compared
 * as written (a role name is an upper-case identifier).
 */
import type { Approver } from './definition';

/** Comparable key of an approver: the role name, or the lower-case object ID. */
export function approverKey(a: Approver): string {
  return a.kind === 'role' ? a.role : a.objectId.toLowerCase();
}

/**
 * The order of approvers in a resolved policy: by {@link approverKey}, then by the spelling (so two spellings of
 * one object ID still sort deterministically).
 */
export function compareApprovers(a: Approver, b: Approver): number {
  const ka = approverKey(a);
  const kb = approverKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  const sa = a.kind === 'role' ? a.role : a.objectId;
  const sb = b.kind === 'role' ? b.role : b.objectId;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** A short label for an approver: the role name, or `user`/`group` and the display name or object ID. */
export function approverLabel(a: Approver): string {
  return a.kind === 'role' ? a.role : `${a.kind} ${a.displayName ?? a.objectId}`;
}
