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
import { checkExisting } from './existing';
import { checkExceptions } from './high-privilege-policy';
import { checkGroupOwners } from './group-owners';
import { checkMonitoring } from './monitoring';
import { checkOwners } from './owners';
import { checkValues } from './values';
import { checkNameLengths } from './name-length';
import { checkNaming } from './naming';
import { checkPolicies } from './policies';
import { checkReferences } from './references';
import { checkInheritedWindows } from './inherited-windows';
import { checkTimeBounds } from './time-bounds';
import { checkUserPrincipalNames } from './user-principal-names';
import { repairShape, unrepairedProblems } from './shape-repair';
import { takeSnapshot } from '../snapshot';

/**
 * Every problem of a definition, and the snapshot they are about. The definition is read once into a frozen
 * plain-data snapshot (see `snapshotDefinition`); one that can't be is one `plain-data` problem. Structural problems
 * (wrong types, unknown properties) come with the problems the rest of the definition still shows: the semantic rules
 * run on it repaired (shape-repair.ts), or don't run when it can't be. Problems are sorted by path, then rule.
 */
export function checkDefinition(definition: unknown): { problems: Problem[]; snapshot?: AccessModelDefinition } {
  const snap = takeSnapshot(definition);
  if (!snap.ok) return { problems: [snap.problem] };
  const snapshot = snap.value as AccessModelDefinition;
  const shape = shapeProblems(snapshot);
  if (shape.length === 0) return { problems: semanticProblems(snapshot), snapshot };
  // Every problem at once: the rest of the definition, repaired, still shows its own (shape-repair.ts).
  const repair = repairShape(snapshot);
  if (!repair) return { problems: shape, snapshot };
  return {
    problems: sortProblems([...shape, ...unrepairedProblems(semanticProblems(repair.repaired), repair)]),
    snapshot,
  };
}

/**
 * Every problem of a definition: none when it is valid. The definition is read once into a frozen plain-data snapshot
 * first (one that can't be is one `plain-data` problem); structural problems (`shape`) come alone when there are any.
 * Problems are sorted by path, then rule, so the list is stable.
 */
export function validateDefinition(definition: unknown): Problem[] {
  return checkDefinition(definition).problems;
}

/** Problems sorted by path, then rule, so the list is stable. */
function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0,
  );
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
  checkExisting(ctx);
  checkTimeBounds(ctx);
  checkInheritedWindows(ctx);
  checkExceptions(ctx);
  checkMonitoring(ctx);
  checkOwners(ctx);
  checkGroupOwners(ctx);
  return sortProblems(ctx.problems);
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
