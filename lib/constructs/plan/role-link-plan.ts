/**
 * What a role's link to one task creates (RoleAccess renders it): a standing membership of the task group (a PIM
 * active assignment when time-bound), or an eligibility for the task group and one for each role-assignable
 * baseline the link owns. A role holds one eligibility per role-assignable baseline however many of its tasks reach
 * it: the link of its first eligible just-in-time task (by name) reaching the baseline owns it.
 */
import type { ResolvedModel, ResolvedRole, ResolvedTask, TaskAccess } from '../../model/resolved';
import { roleAssignableEligibilityWindow } from '../../model/role-assignable';
import type { AccessWindow } from '../../model/time-bounds';
import {
  planAssignmentSchedule,
  planEligibilitySchedule,
  planResource,
  type PlannedResource,
  type PlannedSchedule,
} from './planned-resource';
import { distinctKeys, roleLinkKey, type UnitPlan } from './unit';

/** An eligibility of the role for a role-assignable baseline. */
export interface PlannedRoleAssignableEligibility {
  /** The baseline. */
  readonly baseline: string;
  /** Its window: the envelope of the windows of the role's eligible tasks reaching it; absent when permanent. */
  readonly window?: AccessWindow;
  /** The eligibility `<role>__eligible__<baseline>`. */
  readonly eligibility: PlannedSchedule;
}

/** A role's link to one task. */
export interface RoleLinkPlan extends UnitPlan {
  /** Discriminant. */
  readonly kind: 'roleLink';
  /** The role. */
  readonly role: ResolvedRole;
  /** The task. */
  readonly task: ResolvedTask;
  /** Standing or eligible, with the entry's window. */
  readonly access: 'standing' | 'eligible';
  /** The entry of the role's `standing` or `eligible` list. */
  readonly entry: TaskAccess;
  /** Standing, permanent: `azuread_group_member.<role>__in__<task>`. */
  readonly membership?: PlannedResource;
  /** Standing, time-bound: the active assignment at the same name. */
  readonly assignment?: PlannedSchedule;
  /** Eligible for a just-in-time task: the eligibility `<role>__eligible__<task>` (none for a standing-only task). */
  readonly eligibility?: PlannedSchedule;
  /** Eligible: the eligibilities for the role-assignable baselines this link owns. */
  readonly roleAssignable: readonly PlannedRoleAssignableEligibility[];
}

/**
 * For one role, the role-assignable baselines each eligible task owns the eligibility for: the first eligible
 * just-in-time task (in the role's order) reaching it, among the tasks `include` accepts. `task -> baselines`.
 */
export function roleAssignableOwnersOf(
  role: Pick<ResolvedRole, 'eligible'>,
  tasks: ReadonlyMap<string, ResolvedTask>,
  include: (task: string) => boolean = () => true,
): Map<string, string[]> {
  const done = new Set<string>();
  const owners = new Map<string, string[]>();
  for (const a of role.eligible) {
    const t = tasks.get(a.task);
    if (!t?.jit || !include(a.task)) continue;
    const mine = t.roleAssignableBaselines.filter((b) => !done.has(b));
    mine.forEach((b) => done.add(b));
    if (mine.length > 0) owners.set(t.name, mine);
  }
  return owners;
}

/**
 * For each role, the role-assignable baselines each eligible task owns the eligibility for (roles owning none are
 * left out). `role -> task -> baselines`.
 */
export function roleAssignableOwners(model: ResolvedModel): Map<string, Map<string, string[]>> {
  const tasks = new Map(model.tasks.map((t) => [t.name, t]));
  const out = new Map<string, Map<string, string[]>>();
  for (const r of model.roles) {
    const owners = roleAssignableOwnersOf(r, tasks);
    if (owners.size > 0) out.set(r.name, owners);
  }
  return out;
}

/**
 * The links of a role to the tasks `include` accepts, standing first, then eligible, each in the role's order;
 * `owners`: the role-assignable baselines each eligible link owns (default {@link roleAssignableOwnersOf}).
 * A link refers to its role, its task and the role-assignable baselines it is eligible for.
 */
export function planRoleLinks(
  role: ResolvedRole,
  tasks: ReadonlyMap<string, ResolvedTask>,
  include: (task: string) => boolean = () => true,
  owners: ReadonlyMap<string, readonly string[]> = roleAssignableOwnersOf(role, tasks, include),
): RoleLinkPlan[] {
  const out: RoleLinkPlan[] = [];
  const link = (a: TaskAccess) => {
    const task = tasks.get(a.task) as ResolvedTask;
    return {
      kind: 'roleLink' as const,
      key: roleLinkKey(a.task, role.name),
      environment: task.environment,
      role,
      task,
    };
  };
  for (const a of role.standing) {
    if (!include(a.task)) continue;
    const base = link(a);
    if (a.window) {
      const assignment = planAssignmentSchedule([role.name, 'in', a.task]);
      out.push({
        ...base,
        access: 'standing',
        entry: a,
        assignment,
        roleAssignable: [],
        resources: [assignment.terms, assignment.schedule],
        references: [role.name, a.task],
      });
    } else {
      const membership = planResource('azuread_group_member', role.name, 'in', a.task);
      out.push({
        ...base,
        access: 'standing',
        entry: a,
        membership,
        roleAssignable: [],
        resources: [membership],
        references: [role.name, a.task],
      });
    }
  }
  for (const a of role.eligible) {
    if (!include(a.task)) continue;
    const base = link(a);
    if (!base.task.jit) {
      out.push({ ...base, access: 'eligible', entry: a, roleAssignable: [], resources: [], references: [] });
      continue;
    }
    const eligibility = planEligibilitySchedule(role.name, a.task);
    const roleAssignable = (owners.get(a.task) ?? []).map((b): PlannedRoleAssignableEligibility => {
      const window = roleAssignableEligibilityWindow(role, b, tasks);
      return { baseline: b, ...(window ? { window } : {}), eligibility: planEligibilitySchedule(role.name, b) };
    });
    out.push({
      ...base,
      access: 'eligible',
      entry: a,
      eligibility,
      roleAssignable,
      resources: [
        eligibility.terms,
        eligibility.schedule,
        ...roleAssignable.flatMap((e) => [e.eligibility.terms, e.eligibility.schedule]),
      ],
      references: distinctKeys([role.name, a.task, ...roleAssignable.map((e) => e.baseline)]),
    });
  }
  return out;
}
