/**
 * The input of the hand-written baseline: a flat, plain list of what to create (groups, memberships, user
 * lookups, PIM policies and schedules, role assignments, custom roles, Kubernetes bindings, the VPN output),
 * computed from a definition BEFORE any timed run, so the hand-written program does no model work at all.
 * Attribute values are final; references are by group name (the program keeps a map from name to group).
 */
import { GLOBAL_ADMINISTRATOR_TEMPLATE_ID } from '../lib/catalog/directory-roles';
import { address, shortHash } from '../lib/constructs/addresses';
import { scopedRoleDefinitionId } from '../lib/constructs/role-definition-id';
import { canonicalKubernetesRules, canonicalList } from '../lib/constructs/canonical-order';
import type { AccessModelDefinition, Approver } from '../lib/model/definition';
import { kebabName } from '../lib/model/names';
import { resolveDefinition } from '../lib/model/resolve';
import type { ResolvedJitPolicy, ResolvedTask } from '../lib/model/resolved';

/** A member of a group: another group of the plan, a fixed object ID, or a user looked up by UPN. */
export type PlanMember = { readonly group: string } | { readonly objectId: string } | { readonly lookup: string };

/** A PIM approver: a group of the plan, or a fixed object ID. */
export type PlanApprover = ({ readonly group: string } | { readonly objectId: string }) & {
  readonly type: 'singleUser' | 'groupMembers';
};

/** A rule of a custom Kubernetes Role/ClusterRole, in the provider's shape. */
export interface PlanKubernetesRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
  nonResourceUrls?: string[];
}

/** Everything the hand-written program creates, in plain data. */
export interface HandWrittenPlan {
  /** Security groups (address = display name). */
  readonly groups: { name: string; description: string; roleAssignable?: true; preventDestroy?: true }[];
  /** `data.azuread_user` lookups by UPN. */
  readonly userLookups: { address: string; upn: string }[];
  /** `azurerm_role_definition` custom roles. */
  readonly customRoles: {
    address: string;
    name: string;
    scope: string;
    description: string;
    actions: string[];
    notActions: string[];
    dataActions: string[];
    notDataActions: string[];
    assignableScopes: string[];
  }[];
  /** `azuread_group_member`; `afterPolicies` (groups whose PIM policy must exist first) is set on role -> task links. */
  readonly memberships: { address: string; group: string; member: PlanMember; afterPolicies?: string[] }[];
  /** `azuread_group_role_management_policy` of a just-in-time group. */
  readonly policies: { address: string; group: string; policy: ResolvedJitPolicy; approvers: PlanApprover[] }[];
  /** PIM eligibility schedule (and its `terraform_data` terms) of a role group for a group. */
  readonly schedules: {
    address: string;
    principal: string;
    group: string;
    expiry: string;
    justification: string;
    afterPolicyOf?: string;
  }[];
  /** `azurerm_role_assignment` of a group: a scoped built-in role ID, or a custom role by address. */
  readonly roleAssignments: {
    address: string;
    group: string;
    scope: string;
    roleDefinitionId?: string;
    customRole?: string;
    description: string;
  }[];
  /** `azuread_directory_role_assignment` of a group or a fixed object ID (break-glass). */
  readonly directoryRoles: { address: string; roleId: string; group?: string; objectId?: string }[];
  /** Kubernetes RoleBinding/ClusterRoleBinding, with its custom Role/ClusterRole when `rules` is set. */
  readonly kubernetes: {
    address: string;
    cluster: string;
    namespace: string | null;
    name: string;
    group: string;
    roleRef: { kind: string; name: string };
    rules?: PlanKubernetesRule[];
  }[];
  /** The `vpn_user_groups` output, with group references by name. */
  vpn?: { pools: { group: string; prefixes: string[] }[]; defaultPrefixes: string[]; defaultGroupObjectId: string };
}

/** Computes the plan of a definition with the library's resolution (before timing; not part of the baseline). */
export function handWrittenPlan(definition: AccessModelDefinition, preventDestroyProtected = true): HandWrittenPlan {
  const model = resolveDefinition(definition);
  const plan: HandWrittenPlan = {
    groups: [],
    userLookups: [],
    customRoles: [],
    memberships: [],
    policies: [],
    schedules: [],
    roleAssignments: [],
    directoryRoles: [],
    kubernetes: [],
  };
  const tasks = new Map(model.tasks.map((t) => [t.name, t]));
  const approvers = (t: ResolvedTask): PlanApprover[] =>
    (t.jit?.approvers ?? []).map((a: Approver) =>
      a.kind === 'role'
        ? { group: a.role, type: 'groupMembers' as const }
        : { objectId: a.objectId, type: a.kind === 'user' ? ('singleUser' as const) : ('groupMembers' as const) },
    );
  const group = (
    name: string,
    description: string | undefined,
    roleAssignable: boolean,
    protectedEnv: boolean,
  ): void => {
    plan.groups.push({
      name,
      description: description ?? `Managed by cdktf-task-access: ${name}`,
      ...(roleAssignable ? { roleAssignable: true as const } : {}),
      ...(protectedEnv && preventDestroyProtected ? { preventDestroy: true as const } : {}),
    });
  };

  for (const r of model.roles) {
    group(r.name, r.description, false, false);
    for (const m of r.members) {
      let member: PlanMember = { objectId: m.objectId as string };
      if (m.objectId === undefined && m.kind === 'user') {
        const lookup = address(r.name, m.key);
        plan.userLookups.push({ address: lookup, upn: m.userPrincipalName as string });
        member = { lookup };
      }
      plan.memberships.push({ address: address(r.name, 'member', m.key), group: r.name, member });
    }
  }
  for (const a of model.breakGlass) {
    plan.directoryRoles.push({
      address: address('BREAK_GLASS', a.objectId),
      roleId: GLOBAL_ADMINISTRATOR_TEMPLATE_ID,
      objectId: a.objectId,
    });
  }
  for (const c of model.customRoles) {
    plan.customRoles.push({
      address: address('CUSTOM_ROLE', c.name),
      name: c.name,
      scope: c.assignableScopes[0],
      description: c.description ?? `Managed by cdktf-task-access: ${c.name}`,
      actions: canonicalList(c.actions),
      notActions: canonicalList(c.notActions),
      dataActions: canonicalList(c.dataActions),
      notDataActions: canonicalList(c.notDataActions),
      assignableScopes: [...c.assignableScopes],
    });
  }

  const raPolicy = new Map<string, ResolvedTask>();
  for (const t of model.tasks)
    for (const b of t.roleAssignableBaselines) if (t.jit && !raPolicy.has(b)) raPolicy.set(b, t);
  for (const b of model.baselines) {
    group(b.name, b.description, b.roleAssignable, b.protected);
    for (const g of b.grants) {
      const description = `cdktf-task-access: ${b.name}`;
      if (g.kind === 'azureRole') {
        plan.roleAssignments.push({
          address: address(b.name, g.roleName, shortHash(g.scope)),
          group: b.name,
          scope: g.scope,
          roleDefinitionId: scopedRoleDefinitionId(g.scope, g.roleDefinitionId),
          description,
        });
      } else if (g.kind === 'azureCustomRole') {
        plan.roleAssignments.push({
          address: address(b.name, g.roleName, shortHash(g.scope)),
          group: b.name,
          scope: g.scope,
          customRole: address('CUSTOM_ROLE', g.roleName),
          description,
        });
      } else if (g.kind === 'directoryRole') {
        plan.directoryRoles.push({ address: address(b.name, g.roleName), roleId: g.templateId, group: b.name });
      } else if (g.kind === 'kubernetes') {
        const base = kebabName(b.name);
        const name = g.custom ? base : `${base}-${g.clusterRole}`;
        plan.kubernetes.push({
          address: address(b.name, g.cluster, g.namespace ?? 'cluster', g.custom ? 'rules' : (g.clusterRole as string)),
          cluster: g.cluster,
          namespace: g.namespace,
          name,
          group: b.name,
          roleRef: g.custom
            ? { kind: g.namespace !== null ? 'Role' : 'ClusterRole', name }
            : { kind: 'ClusterRole', name: g.clusterRole as string },
          ...(g.custom
            ? {
                rules: canonicalKubernetesRules(g.rules),
              }
            : {}),
        });
      }
    }
    const reach = raPolicy.get(b.name);
    if (reach?.jit)
      plan.policies.push({ address: b.name, group: b.name, policy: reach.jit, approvers: approvers(reach) });
  }
  for (const t of model.tasks) {
    group(t.name, t.description, false, t.protected);
    for (const b of t.nestedBaselines)
      plan.memberships.push({ address: address(t.name, 'in', b), group: b, member: { group: t.name } });
    if (t.jit) plan.policies.push({ address: t.name, group: t.name, policy: t.jit, approvers: approvers(t) });
  }
  for (const r of model.roles) {
    for (const a of r.standing) {
      plan.memberships.push({
        address: address(r.name, 'in', a.task),
        group: a.task,
        member: { group: r.name },
        ...(tasks.get(a.task)?.jit ? { afterPolicies: [a.task] } : {}),
      });
    }
    const raDone = new Set<string>();
    for (const a of r.eligible) {
      const t = tasks.get(a.task);
      if (!t?.jit) continue;
      const schedule = (target: string, afterPolicyOf?: string) => ({
        address: address(r.name, 'eligible', target),
        principal: r.name,
        group: target,
        expiry: t.jit?.eligibilityExpiry ?? 'never',
        justification: `cdktf-task-access: ${r.name} eligible for ${target}`,
        ...(afterPolicyOf ? { afterPolicyOf } : {}),
      });
      plan.schedules.push(schedule(t.name, t.name));
      for (const b of t.roleAssignableBaselines) {
        if (raDone.has(b)) continue;
        raDone.add(b);
        plan.schedules.push(schedule(b, raPolicy.get(b)?.jit ? b : undefined));
      }
    }
  }
  const pools = model.baselines.filter((b) => b.grants.some((g) => g.kind === 'vpnPool'));
  if (model.vpn && pools.length > 0) {
    plan.vpn = {
      pools: pools.map((b) => ({
        group: b.name,
        prefixes: b.grants.flatMap((g) => (g.kind === 'vpnPool' ? [...g.addressPrefixes] : [])),
      })),
      defaultPrefixes: [...model.vpn.defaultAddressPrefixes],
      defaultGroupObjectId: model.vpn.defaultGroupObjectId,
    };
  }
  return plan;
}

/**
 * Number of Terraform resources and data sources the plan creates (a schedule is two: itself and its terms; the
 * data sources are the user lookups and the one read of the deploying identity, every group's owner).
 */
export function planResourceCount(plan: HandWrittenPlan): { resources: number; dataSources: number } {
  const resources =
    plan.groups.length +
    plan.customRoles.length +
    plan.memberships.length +
    plan.policies.length +
    2 * plan.schedules.length +
    plan.roleAssignments.length +
    plan.directoryRoles.length +
    plan.kubernetes.reduce((n, k) => n + (k.rules ? 2 : 1), 0);
  return { resources, dataSources: plan.userLookups.length + (plan.groups.length > 0 ? 1 : 0) };
}
