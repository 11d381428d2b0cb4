/**
 * The PIM for Groups policy (member role) of a just-in-time group, with every block explicit: unset blocks
 * drift or fall back to tenant defaults (azuread #1398), so nothing is left to defaults.
 */
import { GroupRoleManagementPolicy } from '@cdktf/provider-azuread/lib/group-role-management-policy';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedJitPolicy } from '../model/resolved';
import { renderAs } from './addresses';
import { planGroupPolicy, type PlannedResource } from './plan/planned-resource';

/** Notification settings every rule block gets: default recipients, every level. */
const notify = (additional: readonly string[] = []) => ({
  defaultRecipients: true,
  notificationLevel: 'All',
  ...(additional.length > 0 ? { additionalRecipients: [...additional] } : {}),
});

/** Props of {@link GroupJitPolicy}. */
export interface GroupJitPolicyProps {
  /** Display name of the group, used for the address. */
  readonly groupName: string;
  /** The group's object ID. */
  readonly groupObjectId: string;
  /** The resolved policy. */
  readonly policy: ResolvedJitPolicy;
  /** Object ID of each approver, in the policy's order, and its type. */
  readonly approvers: readonly {
    /** Object ID of the approving user or group. */
    readonly objectId: string;
    /** `singleUser` for a user, `groupMembers` for a group, as PIM names them. */
    readonly type: 'singleUser' | 'groupMembers';
  }[];
  /** The azuread provider. */
  readonly provider: TerraformProvider;
  /** Created after these: the group itself (PIM onboards a group on its first policy update, azuread #1769). */
  readonly dependsOn: readonly ITerraformDependable[];
  /** The policy as its unit plan names it. @default - planned from `groupName` */
  readonly planned?: PlannedResource;
}

/** `azuread_group_role_management_policy.<group>`. */
export class GroupJitPolicy extends Construct {
  /** The policy resource. */
  public readonly resource: GroupRoleManagementPolicy;

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: GroupJitPolicyProps) {
    super(scope, id);
    const p = props.policy;
    this.resource = renderAs(
      new GroupRoleManagementPolicy(this, 'policy', {
        provider: props.provider,
        groupId: props.groupObjectId,
        roleId: 'member',
        dependsOn: [...props.dependsOn],
        activationRules: {
          maximumDuration: p.maximumActivation,
          requireJustification: p.requireJustification,
          requireTicketInfo: p.requireTicket,
          requireApproval: p.requireApproval,
          ...(p.requireApproval
            ? {
                approvalStage: {
                  primaryApprover: props.approvers.map((a) => ({ objectId: a.objectId, type: a.type })),
                },
              }
            : {}),
          ...(p.authenticationContext !== undefined
            ? { requiredConditionalAccessAuthenticationContext: p.authenticationContext }
            : { requireMultifactorAuthentication: p.requireMfa }),
        },
        eligibleAssignmentRules:
          p.eligibilityExpiry === 'never'
            ? { expirationRequired: false }
            : { expirationRequired: true, expireAfter: p.eligibilityExpiry },
        // Standing (permanent active) membership of a JIT group is allowed: pipelines and standing roles use it.
        // azuread 3.7.0 sends a policy rule only when its arguments differ from their zero value (`HasChange`
        // in buildPolicyForUpdate, internal/services/policies/group_role_management_policy_resource.go): an
        // all-false block is never sent on create, and the group keeps PIM's default (active assignments expire
        // after 180 days), which the next plan shows as drift. `expire_after` (one of P15D..P365D) makes the
        // provider send Expiration_Admin_Assignment with isExpirationRequired = false (permanent allowed), and
        // `require_justification` (every schedule of the library carries one) sends Enablement_Admin_Assignment.
        // No MFA on assignment: the deploying identity is a pipeline that can't do MFA.
        activeAssignmentRules: {
          expirationRequired: false,
          expireAfter: 'P365D',
          requireJustification: true,
          requireMultifactorAuthentication: false,
          requireTicketInfo: false,
        },
        notificationRules: {
          activeAssignments: {
            adminNotifications: notify(),
            approverNotifications: notify(),
            assigneeNotifications: notify(),
          },
          eligibleActivations: {
            adminNotifications: notify(p.notifyOnActivation),
            approverNotifications: notify(),
            assigneeNotifications: notify(),
          },
          eligibleAssignments: {
            adminNotifications: notify(),
            approverNotifications: notify(),
            assigneeNotifications: notify(),
          },
        },
      }),
      props.planned ?? planGroupPolicy(props.groupName),
    );
  }
}
