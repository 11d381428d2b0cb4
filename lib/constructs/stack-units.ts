/**
 * The units a split into stacks places, sized from their plan (plan/unit-plan.ts): a unit's size is the number of
 * resources its plan says it creates, which are the resources its constructs render, so stacks can be cut to a
 * maximum size before any construct exists. A unit never spans two stacks (its resources refer to each other with
 * `depends_on` and `replace_triggered_by`, which can't cross stacks).
 */
import type { ResolvedModel } from '../model/resolved';
import { withoutDefinitionPaths } from '../model/definition-paths';
import { literalView } from './literal-text';
import type { PlacementUnitKind, PlacementUnitRef } from './plan/unit';
import { planUnits } from './plan/unit-plan';

export type { PlacementUnitKind, PlacementUnitRef } from './plan/unit';
export { roleLinkKey } from './plan/unit';
export { roleAssignableOwners } from './plan/role-link-plan';

/** A unit with its size. */
export interface PlacementUnit extends PlacementUnitRef {
  /**
   * Terraform resources and data sources it creates: the length of its plan's resources (without the stack's read
   * of the deploying identity and cdktf's remote state reads, which belong to the stack).
   */
  readonly resources: number;
  /**
   * Keys of the units it refers to: of its own bucket, each sorts before it (same or earlier stack); of another
   * bucket, the directory's (or, for the VPN unit, another environment's pool baselines). No cycle: stack-plan.ts.
   */
  readonly references: readonly string[];
}

/**
 * Order of kinds within a bucket. Every reference between units points to an earlier kind, or to an earlier
 * key of the same kind (a role link `<TASK>/<ROLE>` sorts right after its task), so stacks cut from this
 * order only refer to earlier stacks: never a cycle.
 */
export const UNIT_KIND_RANK: Readonly<Record<PlacementUnitKind, number>> = {
  application: 0,
  role: 1,
  breakGlass: 2,
  monitoring: 2,
  conditionalAccess: 2,
  customRole: 3,
  baseline: 4,
  task: 5,
  roleLink: 5,
  vpn: 6,
};

/** True for the units of the directory bucket (with `split: 'environment'`): everything tenant-wide. */
export function isDirectoryUnit(kind: PlacementUnitKind): boolean {
  return UNIT_KIND_RANK[kind] <= UNIT_KIND_RANK.customRole;
}

/** Every unit of a resolved model, sized from its plan, in no particular order. */
export function placementUnits(model: ResolvedModel): PlacementUnit[] {
  // The plan of the model the constructs see (buildAccessModel plans the same view, and finds this plan made).
  return planUnits(literalView(withoutDefinitionPaths(model))).units.map((u) => ({
    kind: u.kind,
    key: u.key,
    ...(u.environment !== undefined ? { environment: u.environment } : {}),
    resources: u.resources.length,
    references: u.references,
  }));
}
