/**
 * `explain`: the effective access of one role (by `ROLE_` name) or one principal (by object ID, user principal
 * name or display name), with the union over the principal's roles and the path that gives each grant.
 */
import { likelyMeant } from '../model/suggest';
import type { ResolvedModel } from '../model/resolved';
import { accessMatrix, type PrincipalAccessView, type RoleAccessView } from './access-matrix';
import { AccessQueryError } from './query-error';

/** What `explain` answers: a role's or a principal's access. */
export type Explanation = RoleAccessView | PrincipalAccessView;

const lower = (s: string): string => s.toLowerCase();

/**
 * Explains the role or principal a person means: a principal by object ID, user principal name or display name,
 * else a role by name (`ROLE_` optional); all case-insensitive. A name starting with `ROLE_` is always a role.
 * Throws {@link AccessQueryError} for an unknown or ambiguous name, with the nearest known name.
 */
export function explain(model: ResolvedModel, name: string): Explanation {
  const wanted = name.trim();
  if (wanted === '')
    throw new AccessQueryError(
      'explain: the name is empty; give a role (ROLE_...) or a principal (object ID, user principal name or display name)',
    );
  const matrix = accessMatrix(model);
  const isRoleName = /^role_/i.test(wanted);
  const principals = isRoleName ? [] : matchesPrincipal(matrix.principals, wanted);
  if (principals.length === 1) return principals[0];
  if (principals.length > 1) {
    throw new AccessQueryError(
      `explain: "${wanted}" names ${principals.length} principals (${principals.map((p) => `${p.label} ${p.key}`).join('; ')}); give the object ID instead`,
    );
  }
  const roleName = lower(isRoleName ? wanted : `ROLE_${wanted}`);
  const role = matrix.roles.find((r) => lower(r.name) === roleName);
  if (role) return role;
  const candidates = [...matrix.roles.map((r) => r.name), ...matrix.principals.flatMap((p) => [p.label, p.key])];
  // A part of a display name or UPN (`carol@contoso.example` for "carol@contoso.example (Contractor)") is the
  // likelier meaning than the nearest spelling.
  const hint = likelyMeant(wanted, candidates);
  throw new AccessQueryError(
    `explain: no role or principal is named "${wanted}".` +
      (hint ? ` Did you mean "${hint}"?` : '') +
      ` Give a role (${matrix.roles.map((r) => r.name).join(', ') || 'none declared'}) or a member's object ID, user principal name or display name.`,
  );
}

function matchesPrincipal(principals: readonly PrincipalAccessView[], wanted: string): PrincipalAccessView[] {
  const w = lower(wanted);
  return principals.filter(
    (p) =>
      lower(p.key) === w ||
      lower(p.label) === w ||
      (p.objectId !== undefined && lower(p.objectId) === w) ||
      (p.userPrincipalName !== undefined && lower(p.userPrincipalName) === w),
  );
}
