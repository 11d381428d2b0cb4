/**
 * A PIM for Groups eligibility: the principal (a role group) may activate membership of the group (a task
 * group, or a role-assignable baseline). Never updated in place: the pinned azuread 3.7.0 fails updates with
 * RoleAssignmentExists (azuread #1412), so any change to its terms replaces it (`replace_triggered_by` a
 * `terraform_data` holding the terms).
 */
import { PrivilegedAccessGroupEligibilitySchedule } from '@cdktf/provider-azuread/lib/privileged-access-group-eligibility-schedule';
import { DataResource, type ITerraformDependable, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { EligibilityExpiry } from '../model/definition';
import { named } from './addresses';

/** Props of {@link EligibilitySchedule}. */
export interface EligibilityScheduleProps {
  /** Name of the principal (role group), for the address. */
  readonly principalName: string;
  /** Name of the group the principal becomes eligible for, for the address. */
  readonly groupName: string;
  readonly principalObjectId: string;
  readonly groupObjectId: string;
  /** `never` = permanent eligibility; otherwise the ISO 8601 duration it lasts. */
  readonly expiry: EligibilityExpiry;
  /** What must exist first: the group's policy and both groups (same stack only). */
  readonly dependsOn: readonly ITerraformDependable[];
  readonly provider: TerraformProvider;
}

/** `azuread_privileged_access_group_eligibility_schedule.<principal>__eligible__<group>`. */
export class EligibilitySchedule extends Construct {
  /** The schedule resource. */
  public readonly resource: PrivilegedAccessGroupEligibilitySchedule;
  /** The terms; a change replaces the schedule. */
  public readonly terms: DataResource;

  constructor(scope: Construct, id: string, props: EligibilityScheduleProps) {
    super(scope, id);
    const justification = `cdktf-task-access: ${props.principalName} eligible for ${props.groupName}`;
    const expiry = props.expiry === 'never' ? { permanentAssignment: true } : { duration: props.expiry };
    this.terms = named(
      new DataResource(this, 'terms', {
        input: { ...(props.expiry === 'never' ? { permanent_assignment: true } : { duration: props.expiry }), justification },
      }),
      props.principalName,
      'eligible',
      props.groupName,
    );
    this.resource = named(
      new PrivilegedAccessGroupEligibilitySchedule(this, 'schedule', {
        provider: props.provider,
        groupId: props.groupObjectId,
        principalId: props.principalObjectId,
        assignmentType: 'member',
        ...expiry,
        justification,
        dependsOn: [...props.dependsOn],
        lifecycle: { replaceTriggeredBy: [this.terms] },
      }),
      props.principalName,
      'eligible',
      props.groupName,
    );
  }
}
