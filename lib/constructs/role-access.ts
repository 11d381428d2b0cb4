/**
 * What one role holds in one set of tasks: standing memberships (the role group is an active member of the
 * task group) and PIM eligibility schedules (role group eligible for the task group, and directly for each
 * role-assignable baseline the task reaches, under the task's policy). A time-bound standing task is a PIM
 * active assignment at the same name as the membership it replaces; a time-bound eligibility has an end date.
 * The window of a role-assignable baseline's eligibility comes from lib/model/role-assignable.ts, through the plan.
 */
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { GroupMember } from '@cdktf/provider-azuread/lib/group-member';
import { TerraformStack, type ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedJitPolicy, ResolvedRole, ResolvedTask } from '../model/resolved';
import type { AccessWindow } from '../model/time-bounds';
import { renderAs } from './addresses';
import { AssignmentSchedule } from './assignment-schedule';
import type { BaselineGroup } from './baseline-group';
import { EligibilitySchedule } from './eligibility-schedule';
import { planRoleLinks, roleAssignableOwnersOf, type RoleLinkPlan } from './plan/role-link-plan';
import type { AccessProviders } from './providers';
import type { TaskGroup } from './task-group';

/** Props of {@link RoleAccess}. */
export interface RoleAccessProps {
  /** The resolved role. */
  readonly role: ResolvedRole;
  /** The role's group: the member or eligible principal. */
  readonly roleGroup: GroupWithoutMembers;
  /** Resolved tasks by name. */
  readonly tasks: ReadonlyMap<string, ResolvedTask>;
  /** Task groups placed with this construct, by name; the role's other tasks are handled elsewhere. */
  readonly taskGroups: ReadonlyMap<string, TaskGroup>;
  /** Baseline groups by name. */
  readonly baselineGroups: ReadonlyMap<string, BaselineGroup>;
  /** Providers of the stack the role's access is placed in. */
  readonly providers: AccessProviders;
  /**
   * The role-assignable baselines whose eligibility this construct creates, when the role's links are split
   * between several (each baseline's eligibility must exist once). Only without `links`.
   * @default - every one its tasks reach
   */
  readonly roleAssignableBaselines?: ReadonlySet<string>;
  /**
   * The plans of the links to render (their tasks among `taskGroups`), from the unit plan.
   * @default - planned from `role` for the tasks of `taskGroups`
   */
  readonly links?: readonly RoleLinkPlan[];
}

/** Standing memberships and eligibilities of one role: the resources of its links' plans (plan/role-link-plan.ts). */
export class RoleAccess extends Construct {
  constructor(scope: Construct, id: string, props: RoleAccessProps) {
    super(scope, id);
    const r = props.role;
    const provider = props.providers.azuread;
    const local = (deps: (ITerraformDependable | undefined)[]): ITerraformDependable[] =>
      deps.filter(
        (d): d is ITerraformDependable =>
          d !== undefined && TerraformStack.of(d as unknown as Construct) === TerraformStack.of(this),
      );
    const links = props.links ?? defaultLinks(props);

    for (const link of links) {
      const task = link.task.name;
      const tg = props.taskGroups.get(task) as TaskGroup;
      if (link.assignment) {
        new AssignmentSchedule(this, `standing-${task}`, {
          address: [r.name, 'in', task],
          justification: `cdktf-task-access: ${r.name} standing in ${task}`,
          principalObjectId: props.roleGroup.objectId,
          groupObjectId: tg.group.objectId,
          window: link.entry.window as AccessWindow,
          dependsOn: local([tg.policy?.resource, tg.group, props.roleGroup]),
          provider,
          planned: link.assignment,
        });
      }
      if (link.membership) {
        renderAs(
          new GroupMember(this, `standing-${task}`, {
            provider,
            groupObjectId: tg.group.objectId,
            memberObjectId: props.roleGroup.objectId,
            ...(tg.policy && local([tg.policy.resource]).length > 0 ? { dependsOn: [tg.policy.resource] } : {}),
          }),
          link.membership,
        );
      }
      if (!link.eligibility) continue;
      const jit = link.task.jit as ResolvedJitPolicy;
      new EligibilitySchedule(this, `eligible-${task}`, {
        principalName: r.name,
        groupName: task,
        principalObjectId: props.roleGroup.objectId,
        groupObjectId: tg.group.objectId,
        expiry: jit.eligibilityExpiry,
        ...(link.entry.window ? { window: link.entry.window } : {}),
        dependsOn: local([tg.policy?.resource, tg.group, props.roleGroup]),
        provider,
        planned: link.eligibility,
      });
      // One eligibility per role-assignable baseline however many eligible tasks reach it (the plan's window).
      for (const ra of link.roleAssignable) {
        const bg = props.baselineGroups.get(ra.baseline) as BaselineGroup;
        new EligibilitySchedule(this, `eligible-${ra.baseline}`, {
          principalName: r.name,
          groupName: ra.baseline,
          principalObjectId: props.roleGroup.objectId,
          groupObjectId: bg.group.objectId,
          expiry: jit.eligibilityExpiry,
          ...(ra.window ? { window: ra.window } : {}),
          dependsOn: local([bg.policy?.resource, bg.group, props.roleGroup]),
          provider,
          planned: ra.eligibility,
        });
      }
    }
  }
}

/** The links of the role to the tasks placed with the construct, when no plan is given. */
function defaultLinks(props: RoleAccessProps): RoleLinkPlan[] {
  const include = (task: string): boolean => props.taskGroups.has(task);
  const owners = roleAssignableOwnersOf(props.role, props.tasks, include);
  const only = props.roleAssignableBaselines;
  if (only)
    for (const [t, bs] of owners)
      owners.set(
        t,
        bs.filter((b) => only.has(b)),
      );
  return planRoleLinks(props.role, props.tasks, include, owners);
}
