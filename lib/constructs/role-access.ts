/**
 * What one role holds in one set of tasks: standing memberships (the role group is an active member of the
 * task group) and PIM eligibility schedules (role group eligible for the task group, and directly for each
 * role-assignable baseline the task reaches, under the task's policy). A time-bound standing task is a PIM
 * active assignment at the same name as the membership it replaces; a time-bound eligibility has an end date.
 */
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { GroupMember } from '@cdktf/provider-azuread/lib/group-member';
import { TerraformStack, type ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedRole, ResolvedTask } from '../model/resolved';
import type { RoleAssignableEligibility } from '../model/role-assignable';
import { named } from './addresses';
import { AssignmentSchedule } from './assignment-schedule';
import type { BaselineGroup } from './baseline-group';
import { EligibilitySchedule } from './eligibility-schedule';
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
   * between several (each baseline's eligibility must exist once). @default - every one its tasks reach
   */
  readonly roleAssignableBaselines?: ReadonlySet<string>;
  /**
   * The role's eligibilities for role-assignable baselines (`roleAssignableEligibilities(model)`); this construct
   * creates those of its tasks. @default - none
   */
  readonly roleAssignableEligibilities?: readonly RoleAssignableEligibility[];
}

/** Standing memberships and eligibilities of one role. */
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

    for (const a of r.standing) {
      const tg = props.taskGroups.get(a.task);
      if (!tg) continue;
      if (a.window) {
        new AssignmentSchedule(this, `standing-${a.task}`, {
          address: [r.name, 'in', a.task],
          justification: `cdktf-task-access: ${r.name} standing in ${a.task}`,
          principalObjectId: props.roleGroup.objectId,
          groupObjectId: tg.group.objectId,
          window: a.window,
          dependsOn: local([tg.policy?.resource, tg.group, props.roleGroup]),
          provider,
        });
        continue;
      }
      named(
        new GroupMember(this, `standing-${a.task}`, {
          provider,
          groupObjectId: tg.group.objectId,
          memberObjectId: props.roleGroup.objectId,
          ...(tg.policy && local([tg.policy.resource]).length > 0 ? { dependsOn: [tg.policy.resource] } : {}),
        }),
        r.name,
        'in',
        a.task,
      );
    }
    const raEligibilities = props.roleAssignableEligibilities ?? [];
    for (const a of r.eligible) {
      const tg = props.taskGroups.get(a.task);
      const task = props.tasks.get(a.task);
      if (!tg || !task?.jit) continue;
      new EligibilitySchedule(this, `eligible-${a.task}`, {
        principalName: r.name,
        groupName: a.task,
        principalObjectId: props.roleGroup.objectId,
        groupObjectId: tg.group.objectId,
        expiry: task.jit.eligibilityExpiry,
        ...(a.window ? { window: a.window } : {}),
        dependsOn: local([tg.policy?.resource, tg.group, props.roleGroup]),
        provider,
      });
      // The role's eligibilities for role-assignable baselines this task creates (the model says which, once).
      for (const e of raEligibilities) {
        if (e.access.task !== a.task) continue;
        const b = e.baseline;
        if (props.roleAssignableBaselines && !props.roleAssignableBaselines.has(b)) continue;
        const bg = props.baselineGroups.get(b) as BaselineGroup;
        new EligibilitySchedule(this, `eligible-${b}`, {
          principalName: r.name,
          groupName: b,
          principalObjectId: props.roleGroup.objectId,
          groupObjectId: bg.group.objectId,
          expiry: e.expiry,
          ...(e.window ? { window: e.window } : {}),
          dependsOn: local([bg.policy?.resource, bg.group, props.roleGroup]),
          provider,
        });
      }
    }
  }
}
