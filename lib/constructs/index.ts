export * from './access-report-synthesis';
export * from './addresses';
export * from './assignment-schedule';
export * from './baseline-group';
export * from './break-glass';
export * from './build';
export * from './custom-roles';
export * from './eligibility-schedule';
export * from './entra-group';
export * from './expiry-warning';
export * from './immutable-schedule';
export * from './jit-policy';
export * from './kubernetes-binding';
export * from './providers';
export * from './role-access';
export * from './role-group';
export * from './task-access-model';
export * from './task-access-stacks';
export * from './task-group';
export * from './terraform-data';
export * from './stack-chunks';
export * from './stack-plan';
export * from './stack-units';
export * from './vpn-user-groups';
export * from './workload-application';
export * from './run-app';
export * from './conditional-access-policies';
export * from './security-monitoring';
// What the public API references (TaskAccessStacks.stackPlan, UnitPlacer); the rest of these files stays internal.
export { planStacks, type PlannedStack, type StackPlan, type StackPlanOptions } from './stack-plan';
export type { PlacementUnit, PlacementUnitKind, PlacementUnitRef } from './stack-units';
export * from './role-definition-id';
// The unit plan's types the constructs' props reference (plan/unit-plan.ts: what each unit creates).
export type { PlannedKubernetesBinding, PlannedResource, PlannedSchedule } from './plan/planned-resource';
export type {
  BaselineResources,
  PlannedGrant,
  PlannedKubernetesGrant,
  PlannedMember,
  PlannedRoleAssignmentGrant,
  RoleResources,
  TaskResources,
} from './plan/layer-plans';
export type { ApplicationResources, MonitoringResources } from './plan/directory-plans';
export type { PlannedRoleAssignableEligibility, RoleLinkPlan } from './plan/role-link-plan';
export type { UnitPlan } from './plan/unit';
