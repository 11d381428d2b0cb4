/**
 * Validation of a whole definition: every problem at once, each with path, rule, value and fix.
 */
import type { AccessModelDefinition } from '../definition';
import { AccessModelError, type Problem } from '../problem';
import { shapeProblems } from '../schema';
import { checkAccess, checkRoleAssignablePolicies } from './access';
import { checkApplications } from './applications';
import { ValidationContext } from './context';
import { checkDuplicateGrants } from './duplicate-grants';
import { checkDuplicates } from './duplicates';
import { checkEmailAddresses } from './email-addresses';
import { checkEnvironmentScopes } from './environment-scopes';
import { checkExceptions } from './exceptions';
import { checkGroupOwners } from './group-owners';
import { checkMonitoring } from './monitoring';
import { checkOwners } from './owners';
import { checkValues } from './grants';
import { checkNameLengths } from './name-length';
import { checkNaming } from './naming';
import { checkPolicies } from './policies';
import { checkReferences } from './references';
import { checkInheritedWindows } from './inherited-windows';
import { checkTimeBounds } from './time-bounds';
import { checkUserPrincipalNames } from './user-principal-names';
import { takeSnapshot } from '../snapshot';

/**
 * Every problem of a definition, and the snapshot they are about. The definition is read once into a frozen
 * plain-data snapshot (see `snapshotDefinition`); one that can't be is one `plain-data` problem. Structural problems
 * (wrong types, unknown properties) come next and, when there are any, alone, since the semantic rules need a
 * well-formed definition. Problems are sorted by path, then rule, so the list is stable.
 */
export function checkDefinition(definition: unknown): { problems: Problem[]; snapshot?: AccessModelDefinition } {
  const snap = takeSnapshot(definition);
  if (!snap.ok) return { problems: [snap.problem] };
  const snapshot = snap.value as AccessModelDefinition;
  const shape = shapeProblems(snapshot);
  if (shape.length > 0) return { problems: shape, snapshot };
  return { problems: semanticProblems(snapshot), snapshot };
}

/**
 * Every problem of a definition: none when it is valid. The definition is read once into a frozen plain-data snapshot
 * first (one that can't be is one `plain-data` problem); structural problems (`shape`) come alone when there are any.
 * Problems are sorted by path, then rule, so the list is stable.
 */
export function validateDefinition(definition: unknown): Problem[] {
  return checkDefinition(definition).problems;
}

function semanticProblems(definition: AccessModelDefinition): Problem[] {
  const ctx = new ValidationContext(definition);
  checkNaming(ctx);
  checkNameLengths(ctx);
  checkDuplicates(ctx);
  checkDuplicateGrants(ctx);
  checkReferences(ctx);
  checkValues(ctx);
  checkUserPrincipalNames(ctx);
  checkEmailAddresses(ctx);
  checkEnvironmentScopes(ctx);
  checkPolicies(ctx);
  checkAccess(ctx);
  checkRoleAssignablePolicies(ctx);
  checkApplications(ctx);
  checkTimeBounds(ctx);
  checkInheritedWindows(ctx);
  checkExceptions(ctx);
  checkMonitoring(ctx);
  checkOwners(ctx);
  checkGroupOwners(ctx);
  return ctx.problems.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0,
  );
}

/**
 * Throws an {@link AccessModelError} listing every problem, or returns the definition's frozen plain-data snapshot,
 * typed: read only the returned value afterwards (the input's getters or Proxy traps are never read again).
 */
export function assertValidDefinition(definition: unknown): AccessModelDefinition {
  const { problems, snapshot } = checkDefinition(definition);
  if (problems.length > 0 || snapshot === undefined) throw new AccessModelError(problems);
  return snapshot;
}
