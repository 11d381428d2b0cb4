/**
 * What the baseline, task and role units create: each layer's group and what hangs off it (grants, memberships,
 * PIM policy, members). BaselineGroup, TaskGroup and RoleGroup render exactly these.
 */
import type { ResolvedBaseline, ResolvedGrant, ResolvedMember, ResolvedRole, ResolvedTask } from '../../model/resolved';
import { shortHash } from './address';
import {
  planAssignmentSchedule,
  planDataSource,
  planGroupPolicy,
  planKubernetesBinding,
  planLayerGroup,
  planResource,
  type PlannedKubernetesBinding,
  type PlannedResource,
  type PlannedSchedule,
} from './planned-resource';
import { applicationKey, customRoleKey, distinctKeys, type UnitPlan } from './unit';

/**
 * A grant assigning a role to the baseline group: `azurerm_role_assignment.<baseline>__<role>__<scope hash>` for an
 * Azure role (built-in or custom), `azuread_directory_role_assignment.<baseline>__<role>` for an Entra directory role.
 */
export interface PlannedRoleAssignmentGrant {
  /** Discriminant. */
  readonly kind: 'assignment';
  /** The grant. */
  readonly grant: Extract<ResolvedGrant, { kind: 'azureRole' | 'azureCustomRole' | 'directoryRole' }>;
  /** The assignment. */
  readonly assignment: PlannedResource;
}

/** A Kubernetes grant: its binding, and its own role for custom rules. */
export interface PlannedKubernetesGrant {
  /** Discriminant. */
  readonly kind: 'kubernetes';
  /** The grant. */
  readonly grant: Extract<ResolvedGrant, { kind: 'kubernetes' }>;
  /** Its resources. */
  readonly kubernetes: PlannedKubernetesBinding;
}

/** A baseline's grant (not a VPN pool: it creates nothing) and its resources. */
export type PlannedGrant = PlannedRoleAssignmentGrant | PlannedKubernetesGrant;

/** What a baseline's group creates. */
export interface BaselineResources {
  /** The baseline. */
  readonly baseline: ResolvedBaseline;
  /** Its group. */
  readonly group: PlannedResource;
  /** Its grants, in the definition's order, without VPN pools. */
  readonly grants: readonly PlannedGrant[];
  /** The PIM policy of a role-assignable baseline reached just in time. */
  readonly policy?: PlannedResource;
  /** All of them, in creation order. */
  readonly resources: readonly PlannedResource[];
}

/** The resources of a baseline; `withPolicy` for a role-assignable baseline a just-in-time task reaches. */
export function planBaselineResources(b: ResolvedBaseline, withPolicy: boolean): BaselineResources {
  const group = planLayerGroup(b.name);
  const grants: PlannedGrant[] = [];
  const resources: PlannedResource[] = [group];
  for (const g of b.grants) {
    switch (g.kind) {
      case 'azureRole':
      case 'azureCustomRole': {
        const assignment = planResource('azurerm_role_assignment', b.name, g.roleName, shortHash(g.scope));
        grants.push({ kind: 'assignment', grant: g, assignment });
        resources.push(assignment);
        break;
      }
      case 'directoryRole': {
        const assignment = planResource('azuread_directory_role_assignment', b.name, g.roleName);
        grants.push({ kind: 'assignment', grant: g, assignment });
        resources.push(assignment);
        break;
      }
      case 'kubernetes': {
        const kubernetes = planKubernetesBinding(b.name, g);
        grants.push({ kind: 'kubernetes', grant: g, kubernetes });
        if (kubernetes.role) resources.push(kubernetes.role);
        resources.push(kubernetes.binding);
        break;
      }
      case 'vpnPool':
        break;
    }
  }
  const policy = withPolicy ? planGroupPolicy(b.name) : undefined;
  if (policy) resources.push(policy);
  return { baseline: b, group, grants, ...(policy ? { policy } : {}), resources };
}

/** The baseline unit. */
export interface BaselinePlan extends UnitPlan, BaselineResources {
  /** Discriminant. */
  readonly kind: 'baseline';
  /** For a role-assignable baseline reached just in time: the task whose policy its group carries. */
  readonly policyTask?: ResolvedTask;
}

/**
 * The baseline unit; `policyTask`: the task whose policy a role-assignable baseline carries (lib/model/role-assignable.ts).
 * It refers to the custom roles it assigns and to the roles approving its policy.
 */
export function planBaseline(b: ResolvedBaseline, policyTask: ResolvedTask | undefined): BaselinePlan {
  const jit = policyTask?.jit;
  const own = planBaselineResources(b, jit !== undefined);
  return {
    kind: 'baseline',
    key: b.name,
    environment: b.environment,
    ...own,
    ...(jit ? { policyTask } : {}),
    references: distinctKeys([
      ...b.grants.flatMap((g) => (g.kind === 'azureCustomRole' ? [customRoleKey(g.roleName)] : [])),
      ...(jit?.approvers ?? []).flatMap((a) => (a.kind === 'role' ? [a.role] : [])),
    ]),
  };
}

/** What a task's group creates. */
export interface TaskResources {
  /** The task. */
  readonly task: ResolvedTask;
  /** Its group. */
  readonly group: PlannedResource;
  /** Its active membership of each (not role-assignable) baseline: `azuread_group_member.<task>__in__<baseline>`. */
  readonly memberships: readonly {
    /** The baseline. */
    readonly baseline: string;
    /** The membership. */
    readonly membership: PlannedResource;
  }[];
  /** Its PIM policy: the task's `jit`, or the `assignmentPolicy` of a task held time-bound. */
  readonly policy?: PlannedResource;
  /** All of them, in creation order. */
  readonly resources: readonly PlannedResource[];
}

/** The resources of a task. */
export function planTaskResources(t: ResolvedTask): TaskResources {
  const group = planLayerGroup(t.name);
  const memberships = t.nestedBaselines.map((b) => ({
    baseline: b,
    membership: planResource('azuread_group_member', t.name, 'in', b),
  }));
  const policy = (t.jit ?? t.assignmentPolicy) ? planGroupPolicy(t.name) : undefined;
  const resources = [group, ...memberships.map((m) => m.membership), ...(policy ? [policy] : [])];
  return { task: t, group, memberships, ...(policy ? { policy } : {}), resources };
}

/** The task unit. */
export interface TaskPlan extends UnitPlan, TaskResources {
  /** Discriminant. */
  readonly kind: 'task';
}

/** The task unit: it refers to the baselines it nests in and to the roles approving its policy. */
export function planTask(t: ResolvedTask): TaskPlan {
  return {
    kind: 'task',
    key: t.name,
    environment: t.environment,
    ...planTaskResources(t),
    references: distinctKeys([
      ...t.nestedBaselines,
      ...(t.jit?.approvers ?? []).flatMap((a) => (a.kind === 'role' ? [a.role] : [])),
    ]),
  };
}

/** A role member and its resources. */
export interface PlannedMember {
  /** The member. */
  readonly member: ResolvedMember;
  /** `data.azuread_user.<role>__<key>`: a user given by user principal name only, looked up for its object ID. */
  readonly user?: PlannedResource;
  /** `azuread_group_member.<role>__member__<key>`, for a permanent member. */
  readonly membership?: PlannedResource;
  /** The active assignment at the same name, for a time-bound member. */
  readonly schedule?: PlannedSchedule;
}

/** What a role's group creates. */
export interface RoleResources {
  /** The role. */
  readonly role: ResolvedRole;
  /** Its group. */
  readonly group: PlannedResource;
  /** The PIM policy of a role with time-bound members. */
  readonly policy?: PlannedResource;
  /** Its members, sorted by key. */
  readonly members: readonly PlannedMember[];
  /** All of them, in creation order. */
  readonly resources: readonly PlannedResource[];
}

/** The resources of a role. */
export function planRoleResources(r: ResolvedRole): RoleResources {
  const group = planLayerGroup(r.name);
  const policy = r.assignmentPolicy ? planGroupPolicy(r.name) : undefined;
  const resources: PlannedResource[] = [group, ...(policy ? [policy] : [])];
  const members = r.members.map((m): PlannedMember => {
    const user =
      m.objectId === undefined && m.kind === 'user' ? planDataSource('azuread_user', r.name, m.key) : undefined;
    if (user) resources.push(user);
    if (m.window) {
      const schedule = planAssignmentSchedule([r.name, 'member', m.key]);
      resources.push(schedule.terms, schedule.schedule);
      return { member: m, ...(user ? { user } : {}), schedule };
    }
    const membership = planResource('azuread_group_member', r.name, 'member', m.key);
    resources.push(membership);
    return { member: m, ...(user ? { user } : {}), membership };
  });
  return { role: r, group, ...(policy ? { policy } : {}), members, resources };
}

/** The role unit. */
export interface RolePlan extends UnitPlan, RoleResources {
  /** Discriminant. */
  readonly kind: 'role';
}

/** The role unit: it refers to the applications among its members. */
export function planRole(r: ResolvedRole): RolePlan {
  return {
    kind: 'role',
    key: r.name,
    ...planRoleResources(r),
    references: distinctKeys(
      r.members.flatMap((m) => (m.kind === 'application' ? [applicationKey(m.application)] : [])),
    ),
  };
}
