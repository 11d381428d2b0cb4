/**
 * One Terraform resource (or data source) a unit will create, as plain data: its type and its name-derived name.
 * The plans of the small constructs every unit is made of (a layer group, a PIM policy, a PIM schedule with its
 * terms, a Kubernetes binding) are here, so the unit plans and those constructs name their resources alike.
 */
import type { ResolvedKubernetesGrant } from '../../model/resolved';
import { address } from './address';

/** A planned Terraform resource or data source. */
export interface PlannedResource {
  /** The Terraform type, e.g. `azuread_group_without_members`. */
  readonly type: string;
  /** Its name (logical ID), e.g. `TASK_PROD_VIEWER__in__BASE_PROD_ACR_IMAGE_LIST`. */
  readonly name: string;
  /** Present for a data source. */
  readonly data?: true;
}

/** `type.name`, or `data.type.name` for a data source: the address Terraform shows. */
export function plannedAddress(r: PlannedResource): string {
  return `${r.data ? 'data.' : ''}${r.type}.${r.name}`;
}

/** A resource of `type` named after `parts` (joined by {@link address}). */
export function planResource(type: string, ...parts: string[]): PlannedResource {
  return { type, name: address(...parts) };
}

/** A data source of `type` named after `parts`. */
export function planDataSource(type: string, ...parts: string[]): PlannedResource {
  return { type, name: address(...parts), data: true };
}

/** The group of a layer (baseline, task or role): `azuread_group_without_members.<display name>`. */
export function planLayerGroup(displayName: string): PlannedResource {
  return planResource('azuread_group_without_members', displayName);
}

/** The PIM policy of a group: `azuread_group_role_management_policy.<group name>`. */
export function planGroupPolicy(groupName: string): PlannedResource {
  return planResource('azuread_group_role_management_policy', groupName);
}

/** A PIM schedule and the `terraform_data` holding its terms, at the same name (immutable-schedule.ts). */
export interface PlannedSchedule {
  /** `terraform_data.<name>`: the terms, created first. */
  readonly terms: PlannedResource;
  /** The schedule. */
  readonly schedule: PlannedResource;
}

/** A time-bound active membership (assignment-schedule.ts) at `parts`: `[ROLE, 'in', TASK]` or `[ROLE, 'member', key]`. */
export function planAssignmentSchedule(parts: readonly string[]): PlannedSchedule {
  return {
    terms: planResource('terraform_data', ...parts),
    schedule: planResource('azuread_privileged_access_group_assignment_schedule', ...parts),
  };
}

/** An eligibility of `principalName` for `groupName` (eligibility-schedule.ts): `<principal>__eligible__<group>`. */
export function planEligibilitySchedule(principalName: string, groupName: string): PlannedSchedule {
  return {
    terms: planResource('terraform_data', principalName, 'eligible', groupName),
    schedule: planResource(
      'azuread_privileged_access_group_eligibility_schedule',
      principalName,
      'eligible',
      groupName,
    ),
  };
}

/** The binding of a Kubernetes grant, and its own Role or ClusterRole when the grant has rules. */
export interface PlannedKubernetesBinding {
  /** `kubernetes_role_v1` or `kubernetes_cluster_role_v1`, created first, for a grant with rules. */
  readonly role?: PlannedResource;
  /** `kubernetes_role_binding_v1` in a namespace, `kubernetes_cluster_role_binding_v1` cluster-wide. */
  readonly binding: PlannedResource;
}

/** The resources of a Kubernetes grant of `baselineName`: `<baseline>__<cluster>__<namespace or cluster>__<role or rules>`. */
export function planKubernetesBinding(baselineName: string, g: ResolvedKubernetesGrant): PlannedKubernetesBinding {
  const parts = [baselineName, g.cluster, g.namespace ?? 'cluster', g.custom ? 'rules' : (g.clusterRole as string)];
  const namespaced = g.namespace !== null;
  return {
    ...(g.custom
      ? { role: planResource(namespaced ? 'kubernetes_role_v1' : 'kubernetes_cluster_role_v1', ...parts) }
      : {}),
    binding: planResource(namespaced ? 'kubernetes_role_binding_v1' : 'kubernetes_cluster_role_binding_v1', ...parts),
  };
}
