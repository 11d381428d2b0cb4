/**
 * Validation of a whole definition: every problem at once, each with path, rule, value and fix.
 */
import type { AccessModelDefinition } from '../definition';
import { AccessModelError, type Problem } from '../problem';
import { shapeProblems } from '../schema';
import { checkAccess, checkRoleAssignablePolicies } from './access';
import { checkApplications } from './applications';
import { ValidationContext } from './context';
import { checkDuplicates } from './duplicates';
import { checkExceptions } from './exceptions';
import { checkMonitoring } from './monitoring';
import { checkOwners } from './owners';
import { checkValues } from './grants';
import { checkNaming } from './naming';
import { checkPolicies } from './policies';
import { checkReferences } from './references';
import { checkTimeBounds } from './time-bounds';

/**
 * Every problem of a definition. Structural problems (wrong types, unknown properties) come first and,
 * when there are any, alone, since the semantic rules need a well-formed definition.
 * Problems are sorted by path, then rule, so the list is stable.
 */
export function validateDefinition(definition: unknown): Problem[] {
  const shape = shapeProblems(definition);
  if (shape.length > 0) return shape;
  const ctx = new ValidationContext(definition as AccessModelDefinition);
  checkNaming(ctx);
  checkDuplicates(ctx);
  checkReferences(ctx);
  checkValues(ctx);
  checkPolicies(ctx);
  checkAccess(ctx);
  checkRoleAssignablePolicies(ctx);
  checkApplications(ctx);
  checkTimeBounds(ctx);
  checkExceptions(ctx);
  checkMonitoring(ctx);
  checkOwners(ctx);
  return ctx.problems.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0,
  );
}

/** Throws an {@link AccessModelError} listing every problem, or returns the definition typed. */
export function assertValidDefinition(definition: unknown): AccessModelDefinition {
  const problems = validateDefinition(definition);
  if (problems.length > 0) throw new AccessModelError(problems);
  return definition as AccessModelDefinition;
}
