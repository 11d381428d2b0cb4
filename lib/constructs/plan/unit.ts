/**
 * A unit of the model: what a split into stacks places whole (its resources refer to each other with `depends_on`
 * and `replace_triggered_by`, which can't cross stacks), with the resources it creates and the units it refers to.
 */
import type { PlannedResource } from './planned-resource';

/** What a unit holds. */
export type PlacementUnitKind =
  | 'application'
  | 'role'
  | 'breakGlass'
  | 'monitoring'
  | 'conditionalAccess'
  | 'customRole'
  | 'baseline'
  | 'task'
  | 'roleLink'
  | 'vpn';

/** Identifies a unit: what the build asks a placement for. */
export interface PlacementUnitRef {
  /** What the unit holds. */
  readonly kind: PlacementUnitKind;
  /**
   * Unique, name-derived key: the BASE_/TASK_/ROLE_ name, `<TASK>/<ROLE>` for a role's link to a task,
   * `APP/<name>`, `CUSTOM_ROLE/<name>`, or `BREAK_GLASS`, `MONITORING`, `CONDITIONAL_ACCESS`, `VPN`.
   */
  readonly key: string;
  /** The environment of an environment unit; absent for directory units. */
  readonly environment?: string;
}

/** A unit with everything it creates. */
export interface UnitPlan extends PlacementUnitRef {
  /**
   * Every Terraform resource and data source the unit's constructs create, in creation order, without the
   * stack's read of the deploying identity (group-owners.ts: one per stack, whatever the units) and without the
   * `terraform_remote_state` reads cdktf adds for references between stacks.
   */
  readonly resources: readonly PlannedResource[];
  /** Keys of the units whose resources it refers to (distinct, in order of first reference). */
  readonly references: readonly string[];
}

/** Key of a role's link to a task. */
export const roleLinkKey = (task: string, role: string): string => `${task}/${role}`;

/** Key of an application unit. */
export const applicationKey = (name: string): string => `APP/${name}`;

/** Key of a custom role unit. */
export const customRoleKey = (name: string): string => `CUSTOM_ROLE/${name}`;

/** The distinct keys, in order of first appearance. */
export function distinctKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)];
}
