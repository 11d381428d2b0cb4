/**
 * A time-bound active membership: a PIM for Groups active assignment (`assignment_type = "member"`) of the
 * principal to the group, with `expiration_date` (and `start_date`), so the access lapses on schedule with no
 * cleanup. Used for a role holding a task for a time (principal = role group, group = task group) and for a
 * member belonging to a role for a time (principal = user or group, group = role group). Never updated in place
 * (azuread #1412): its terms replace it when they change (immutable-schedule.ts).
 */
import { PrivilegedAccessGroupAssignmentSchedule } from '@cdktf/provider-azuread/lib/privileged-access-group-assignment-schedule';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { AccessWindow } from '../model/time-bounds';
import { renderAs } from './addresses';
import { planAssignmentSchedule, type PlannedSchedule } from './plan/planned-resource';
import type { TerraformData } from './terraform-data';
import { plannedTerms, scheduleTerms, scheduleTiming, timingArguments, replacedWhen } from './immutable-schedule';

/** Props of {@link AssignmentSchedule}. */
export interface AssignmentScheduleProps {
  /**
   * Address parts: `[ROLE, 'in', TASK]` for a role->task link, `[ROLE, 'member', key]` for a member. The same
   * name as the permanent `azuread_group_member`, so making access time-bound changes only the resource type.
   */
  readonly address: readonly string[];
  /** Stable justification recorded by PIM (part of the terms: changing it replaces the schedule). */
  readonly justification: string;
  /** Object ID of the principal assigned (a role group, user or group). */
  readonly principalObjectId: string;
  /** Object ID of the group the principal becomes an active member of. */
  readonly groupObjectId: string;
  /** When the assignment starts and ends; without an end it is permanent from its start. */
  readonly window: AccessWindow;
  /**
   * What must exist first (same stack only): the group's PIM policy (PIM onboards the group and must accept the
   * expiring assignment, azuread #1769/#1450) and both groups (replication, PrincipalNotFound).
   */
  readonly dependsOn: readonly ITerraformDependable[];
  /** The azuread provider. */
  readonly provider: TerraformProvider;
  /** The terms and the schedule as the unit plan names them. @default - planned from `address` */
  readonly planned?: PlannedSchedule;
}

/** `azuread_privileged_access_group_assignment_schedule.<address>` and its `terraform_data` terms. */
export class AssignmentSchedule extends Construct {
  /** The schedule resource. */
  public readonly resource: PrivilegedAccessGroupAssignmentSchedule;
  /** The terms; a change replaces the schedule. */
  public readonly terms: TerraformData;

  constructor(scope: Construct, id: string, props: AssignmentScheduleProps) {
    super(scope, id);
    const timing = scheduleTiming(props.window);
    const planned = props.planned ?? planAssignmentSchedule(props.address);
    this.terms = plannedTerms(this, scheduleTerms(timing, props.justification), planned.terms);
    this.resource = renderAs(
      new PrivilegedAccessGroupAssignmentSchedule(this, 'schedule', {
        provider: props.provider,
        groupId: props.groupObjectId,
        principalId: props.principalObjectId,
        assignmentType: 'member',
        ...timingArguments(timing),
        justification: props.justification,
        dependsOn: [...props.dependsOn],
        lifecycle: { replaceTriggeredBy: [replacedWhen(this.terms)] },
      }),
      planned.schedule,
    );
  }
}
