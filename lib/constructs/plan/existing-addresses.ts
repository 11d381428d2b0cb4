/**
 * The Terraform address the library synthesizes for each existing object of an adopted tenant
 * (lib/adopt/existing-object.ts), named by the same plan functions the constructs are named by, and the
 * `existing.resources` entries of the objects whose address the model's unit plan has. An object whose address
 * the plan doesn't have (the definition links it another way) is returned apart, so it becomes a finding.
 */
import type { ExistingObject, ExistingTarget } from '../../adopt/existing-object';
import type { ResolvedModel } from '../../model/resolved';
import { shortHash } from './address';
import {
  planAssignmentSchedule,
  planEligibilitySchedule,
  planGroupPolicy,
  planKubernetesBinding,
  plannedAddress,
  planResource,
  type PlannedResource,
} from './planned-resource';
import { planCustomRoleDefinition } from './directory-plans';
import { planUnits } from './unit-plan';

/** The resource the library synthesizes for an existing object. */
export function existingResource(t: ExistingTarget): PlannedResource {
  switch (t.kind) {
    case 'membership':
      // `<member group>__in__<group>` between layers (a task in a baseline, a role in a task), `<role>__member__<key>`
      // for a role's member (layer-plans.ts, role-link-plan.ts).
      return t.memberIsGroup
        ? planResource('azuread_group_member', t.member, 'in', t.group)
        : planResource('azuread_group_member', t.group, 'member', t.member);
    case 'eligibility':
      return planEligibilitySchedule(t.principal, t.group).schedule;
    case 'assignment':
      return planAssignmentSchedule(
        t.task !== undefined ? [t.role, 'in', t.task] : [t.role, 'member', t.member as string],
      ).schedule;
    case 'policy':
      return planGroupPolicy(t.group);
    case 'azureRoleAssignment':
      return planResource('azurerm_role_assignment', t.baseline, t.roleName, shortHash(t.scope));
    case 'directoryRoleAssignment':
      return planResource('azuread_directory_role_assignment', t.baseline, t.roleName);
    case 'kubernetesBinding':
      return planKubernetesBinding(t.baseline, {
        kind: 'kubernetes',
        cluster: t.cluster,
        namespace: t.namespace,
        clusterRole: t.clusterRole,
        custom: false,
        rules: [],
      }).binding;
    case 'customRole':
      return planCustomRoleDefinition({ name: t.name });
  }
}

/** The addresses of the objects the model synthesizes, with their import IDs, and the objects it doesn't. */
export function existingResources(
  model: ResolvedModel,
  objects: readonly ExistingObject[],
): { resources: Record<string, string>; notSynthesized: ExistingObject[] } {
  const planned = new Set(planUnits(model).units.flatMap((u) => u.resources.map(plannedAddress)));
  const resources: Record<string, string> = {};
  const notSynthesized: ExistingObject[] = [];
  for (const o of objects) {
    const address = plannedAddress(existingResource(o.target));
    if (planned.has(address)) resources[address] = o.importId;
    else notSynthesized.push(o);
  }
  return {
    resources: Object.fromEntries(Object.entries(resources).sort(([a], [b]) => (a < b ? -1 : 1))),
    notSynthesized,
  };
}
