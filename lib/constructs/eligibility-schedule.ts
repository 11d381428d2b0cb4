/**
 * A PIM for Groups eligibility: the principal (a role group) may activate membership of the group (a task
 * group, or a role-assignable baseline). Never updated in place: the pinned azuread 3.7.0 fails updates with
 * RoleAssignmentExists (azuread #1412), so any change to its terms replaces it (`replace_triggered_by` a
 * `terraform_data` holding the terms; see immutable-schedule.ts). A time-bound eligibility has an
 * `expiration_date` (and `start_date`), so it lapses on its own. One with a `duration` (the task's
 * `eligibilityExpiry`, when the entry has no `until`) lapses that long after it starts, and Terraform doesn't
 * re-create it: see lib/model/eligibility-lapse.ts and {@link eligibilityScheduleAddress}.
 */
import { PrivilegedAccessGroupEligibilitySchedule } from '@cdktf/provider-azuread/lib/privileged-access-group-eligibility-schedule';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { EligibilityExpiry } from '../model/definition';
import type { AccessWindow } from '../model/time-bounds';
import { renderAs } from './addresses';
import { planEligibilitySchedule, plannedAddress, type PlannedSchedule } from './plan/planned-resource';
import type { TerraformData } from './terraform-data';
import { plannedTerms, scheduleTerms, scheduleTiming, timingArguments, replacedWhen } from './immutable-schedule';

/** Props of {@link EligibilitySchedule}. */
export interface EligibilityScheduleProps {
  /** Name of the principal (role group), for the address. */
  readonly principalName: string;
  /** Name of the group the principal becomes eligible for, for the address. */
  readonly groupName: string;
  /** Object ID of the principal (the role group) made eligible. */
  readonly principalObjectId: string;
  /** Object ID of the group the principal becomes eligible for. */
  readonly groupObjectId: string;
  /** `never` = permanent eligibility; otherwise the ISO 8601 duration it lasts (when the window has no end). */
  readonly expiry: EligibilityExpiry;
  /** Start and end of a time-bound eligibility; its end wins over `expiry`. @default - from apply, for `expiry` */
  readonly window?: AccessWindow;
  /** What must exist first: the group's policy and both groups (same stack only). */
  readonly dependsOn: readonly ITerraformDependable[];
  /** The azuread provider. */
  readonly provider: TerraformProvider;
  /** The terms and the schedule as the unit plan names them. @default - planned from the two names */
  readonly planned?: PlannedSchedule;
}

/**
 * The Terraform address of the eligibility of `principalName` for `groupName`, as {@link EligibilitySchedule}
 * names it: `azuread_privileged_access_group_eligibility_schedule.<principal>__eligible__<group>` (the one to
 * give `terraform apply -replace=` or `terraform state rm` when renewing it).
 */
export function eligibilityScheduleAddress(principalName: string, groupName: string): string {
  return plannedAddress(planEligibilitySchedule(principalName, groupName).schedule);
}

/** `azuread_privileged_access_group_eligibility_schedule.<principal>__eligible__<group>`. */
export class EligibilitySchedule extends Construct {
  /** The schedule resource. */
  public readonly resource: PrivilegedAccessGroupEligibilitySchedule;
  /** The terms; a change replaces the schedule. */
  public readonly terms: TerraformData;

  constructor(scope: Construct, id: string, props: EligibilityScheduleProps) {
    super(scope, id);
    const justification = `cdktf-task-access: ${props.principalName} eligible for ${props.groupName}`;
    const timing = scheduleTiming(props.window, props.expiry);
    const planned = props.planned ?? planEligibilitySchedule(props.principalName, props.groupName);
    this.terms = plannedTerms(this, scheduleTerms(timing, justification), planned.terms);
    this.resource = renderAs(
      new PrivilegedAccessGroupEligibilitySchedule(this, 'schedule', {
        provider: props.provider,
        groupId: props.groupObjectId,
        principalId: props.principalObjectId,
        assignmentType: 'member',
        ...timingArguments(timing),
        justification,
        dependsOn: [...props.dependsOn],
        lifecycle: { replaceTriggeredBy: [replacedWhen(this.terms)] },
      }),
      planned.schedule,
    );
  }
}
