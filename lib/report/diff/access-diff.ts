/**
 * The access diff: what a change to the access model means for access, per role and per principal, each change
 * classified by risk (risk.ts). Pure: two resolved models in, plain sorted data out, no cdktf.
 */
import type { AccessModelDefinition } from '../../model/definition';
import { canonicalActivation, durationMinutes } from '../../model/duration';
import type { ResolvedModel } from '../../model/resolved';
import { resolveDefinition } from '../../model/resolve';
import { DEFAULT_RULE_MAXIMUM_ACTIVATION } from '../../rules/options';
import { AccessQueryError } from '../query-error';
import { compareChanges, type AccessChange, type AccessDiff } from './access-change';
import type { DiffContext } from './diff-context';
import { directoryChanges } from './directory-changes';
import { grantChanges } from './grant-changes';
import { groupOwnerChanges } from './group-owner-changes';
import { holdingChanges } from './holding-changes';
import { modelView } from './model-view';
import { policyChanges } from './policy-changes';
import { principalChanges } from './principal-changes';
import { renameChanges } from './rename-changes';
import { applyRenames, detectRenames } from './renames';
import { roleChanges } from './role-changes';

/** Options of {@link diffAccessModels}. */
export interface AccessDiffOptions {
  /**
   * The longest maximum activation accepted (the rule pack's `maximumActivation`): raising a task's activation
   * above it is high risk. ISO 8601.
   * @default 'PT4H'
   */
  readonly maximumActivation?: string;
}

/**
 * Compares two resolved models and returns every access change, highest risk first, and the principals they
 * affect. Descriptions, the `owner` of tasks and roles (who answers for them in reviews), the order of arrays and inheritance paths that give the same access are not
 * access changes. Throws {@link AccessQueryError} for a maximum activation that is not an ISO 8601 duration.
 */
export function diffAccessModels(
  before: ResolvedModel,
  after: ResolvedModel,
  options: AccessDiffOptions = {},
): AccessDiff {
  const limitText = options.maximumActivation ?? DEFAULT_RULE_MAXIMUM_ACTIVATION;
  const limitMinutes = durationMinutes(limitText);
  if (limitMinutes === undefined || limitMinutes <= 0)
    throw new AccessQueryError(
      `maximum activation "${limitText}" is not an ISO 8601 duration such as PT4H; give the longest activation accepted`,
    );
  const renames = detectRenames(before, after);
  const ctx: DiffContext = {
    before: modelView(applyRenames(before, renames)),
    after: modelView(after),
    renames,
    limit: canonicalActivation(limitText),
    limitMinutes,
  };
  const changes: AccessChange[] = [
    ...renameChanges(ctx),
    ...roleChanges(ctx),
    ...holdingChanges(ctx),
    ...policyChanges(ctx),
    ...grantChanges(ctx),
    ...directoryChanges(ctx),
    ...groupOwnerChanges(ctx),
  ].sort(compareChanges);
  const count = (risk: AccessChange['risk']) => changes.filter((c) => c.risk === risk).length;
  return {
    counts: { total: changes.length, high: count('high'), medium: count('medium'), low: count('low') },
    changes,
    principals: principalChanges(ctx, changes),
  };
}

/**
 * Resolves two definitions and compares them ({@link diffAccessModels}). Throws `AccessModelError` when either is
 * invalid.
 */
export function diffDefinitions(
  before: AccessModelDefinition,
  after: AccessModelDefinition,
  options: AccessDiffOptions = {},
): AccessDiff {
  return diffAccessModels(resolveDefinition(before), resolveDefinition(after), options);
}
