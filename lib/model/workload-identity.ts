/** What kind of principal a role member is, and its stable key. */
import type { Member } from './definition';

/** Prefix of the key of an application member, so it never collides with an object ID or a UPN. */
export const APPLICATION_KEY_PREFIX = 'app:';

/**
 * True for a non-human member: a service principal, a managed identity, or an application the library creates.
 * They can't activate PIM, so they hold standing (possibly time-bound) tasks only.
 */
export function isWorkloadIdentity(m: Member): boolean {
  return m.kind === 'servicePrincipal' || m.kind === 'managedIdentity' || m.kind === 'application';
}

/**
 * The stable key of a member: its object ID, else its UPN, else `app:<name>` for an application; `''` for a user
 * with neither (a validation problem).
 */
export function memberKey(m: Member): string {
  if (m.kind === 'application') return `${APPLICATION_KEY_PREFIX}${m.application}`;
  return m.objectId ?? (m.kind === 'user' ? (m.userPrincipalName ?? '') : '');
}
