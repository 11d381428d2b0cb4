/**
 * An object of the export the definition adopts: what it is in the model's terms (which group is a member of which,
 * which baseline holds which grant) and the provider's import ID. lib/constructs/plan/existing-addresses.ts names
 * the Terraform address the library synthesizes for each, from these terms.
 *
 * Import ID formats, from the importers at the pinned tags:
 * - `azuread_group_member`: `<group id>/member/<member id>` (azuread v3.7.0
 *   internal/services/groups/parse/group_member.go `GroupMemberID`, via `parse.ObjectSubResourceID(id, "member")`);
 * - `azuread_privileged_access_group_eligibility_schedule` / `..._assignment_schedule`: the schedule's Graph ID,
 *   `<group id>_member_<schedule id>` (internal/services/identitygovernance/parse/privileged_access_group_schedule.go
 *   `ParsePrivilegedAccessGroupScheduleID`: three `_`-separated parts, UUID, `member`/`owner`, UUID);
 * - `azuread_group_role_management_policy`: the policy's Graph ID, `Group_<group id>_<policy id>`
 *   (internal/services/policies/parse/role_management_policy.go `ParseRoleManagementPolicyID`, scope type `Group`);
 * - `azuread_directory_role_assignment`: `/roleManagement/directory/roleAssignments/<id>`
 *   (internal/services/directoryroles/directory_role_assignment_resource.go, `stable.ValidateRoleManagementDirectoryRoleAssignmentID`);
 * - `azurerm_role_assignment`: the assignment's ARM ID (azurerm v4.55.0
 *   internal/services/authorization/role_assignment_resource.go, importer `parse.RoleAssignmentID`);
 * - `azurerm_role_definition`: `<role definition ARM ID>|<scope>` (internal/services/authorization/parse/role_definition.go
 *   `RoleDefinitionId`, the `|`-joined form);
 * - `kubernetes_role_binding_v1`: `<namespace>/<name>`; `kubernetes_cluster_role_binding_v1`: `<name>`
 *   (https://registry.terraform.io/providers/hashicorp/kubernetes/2.38.0/docs/resources/role_binding_v1#import).
 */

/** Where an object is in the export: what a finding about it names. */
export interface ExportObjectRef {
  /** What it is, e.g. `group`, `membership`, `Azure role assignment`. */
  readonly what: string;
  /** Its display name or a description naming the objects it links, e.g. `ROLE_DEVELOPER in TASK_DEV_VIEWER`. */
  readonly name: string;
  /** Its ID in the export (object ID, schedule ID, ARM ID, `namespace/name`). */
  readonly id: string;
}

/** An existing object in the model's terms. */
export type ExistingTarget =
  | { readonly kind: 'membership'; readonly group: string; readonly member: string; readonly memberIsGroup: boolean }
  | { readonly kind: 'eligibility'; readonly principal: string; readonly group: string }
  | { readonly kind: 'assignment'; readonly role: string; readonly task?: string; readonly member?: string }
  | { readonly kind: 'policy'; readonly group: string }
  | {
      readonly kind: 'azureRoleAssignment';
      readonly baseline: string;
      readonly roleName: string;
      readonly scope: string;
    }
  | { readonly kind: 'directoryRoleAssignment'; readonly baseline: string; readonly roleName: string }
  | {
      readonly kind: 'kubernetesBinding';
      readonly baseline: string;
      readonly cluster: string;
      readonly namespace: string | null;
      readonly clusterRole: string;
    }
  | { readonly kind: 'customRole'; readonly name: string };

/** An existing object the definition adopts. */
export interface ExistingObject {
  /** What it is in the model. */
  readonly target: ExistingTarget;
  /** The provider's import ID. */
  readonly importId: string;
  /** The object in the export. */
  readonly source: ExportObjectRef;
}
