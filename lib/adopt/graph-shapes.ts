/**
 * The JSON an export holds: the parts of the Microsoft Graph, Azure Resource Manager and Kubernetes list responses
 * the importer reads (every other property is ignored). Each type names the reference page of its shape.
 */

/** A Graph collection page: `value`, and `@odata.nextLink` when more pages follow (https://learn.microsoft.com/graph/paging). */
export interface GraphPage<T> {
  /** The page's items. */
  readonly value: readonly T[];
  /** The URL of the next page; absent on the last one. */
  readonly '@odata.nextLink'?: string;
}

/**
 * A directory object as `members`/`transitiveMembers`/`owners` list it, with its `@odata.type`
 * (https://learn.microsoft.com/graph/api/group-list-members).
 */
export interface GraphDirectoryObject {
  /** `#microsoft.graph.user`, `#microsoft.graph.group`, `#microsoft.graph.servicePrincipal`, ... */
  readonly '@odata.type'?: string;
  /** Object ID. */
  readonly id: string;
  /** Display name. */
  readonly displayName?: string | null;
  /** A user's UPN. */
  readonly userPrincipalName?: string | null;
}

/** A group of `GET /groups?$expand=members` (https://learn.microsoft.com/graph/api/group-list). */
export interface GraphGroup {
  /** Object ID. */
  readonly id: string;
  /** Display name. */
  readonly displayName: string;
  /** Description. */
  readonly description?: string | null;
  /** Role-assignable. */
  readonly isAssignableToRole?: boolean | null;
  /** Direct members, when expanded. */
  readonly members?: readonly GraphDirectoryObject[];
  /** Owners, when expanded (`$expand=owners`, a second export of the groups). */
  readonly owners?: readonly GraphDirectoryObject[];
}

/**
 * A PIM for Groups eligibility or assignment schedule
 * (https://learn.microsoft.com/graph/api/privilegedaccessgroup-list-eligibilityschedules,
 * https://learn.microsoft.com/graph/api/privilegedaccessgroup-list-assignmentschedules).
 */
export interface GraphGroupSchedule {
  /** `<groupId>_<accessId>_<scheduleId>`. */
  readonly id: string;
  /** The group. */
  readonly groupId: string;
  /** The principal. */
  readonly principalId: string;
  /** `member` or `owner`. */
  readonly accessId: string;
  /** `direct` or `group` (inherited through a group). */
  readonly memberType?: string;
  /** Assignment schedules only: `assigned` or `activated`. */
  readonly assignmentType?: string;
  /** `Provisioned`, ... */
  readonly status?: string;
  /** When it starts and ends. */
  readonly scheduleInfo?: {
    readonly startDateTime?: string | null;
    readonly expiration?: {
      readonly type?: string;
      readonly endDateTime?: string | null;
      readonly duration?: string | null;
    } | null;
  } | null;
}

/** A rule of a role management policy (https://learn.microsoft.com/graph/api/resources/unifiedrolemanagementpolicyrule). */
export interface GraphPolicyRule {
  /** `#microsoft.graph.unifiedRoleManagementPolicyExpirationRule`, ... */
  readonly '@odata.type'?: string;
  /** e.g. `Expiration_EndUser_Assignment`. */
  readonly id: string;
  /** Expiration rules. */
  readonly isExpirationRequired?: boolean;
  /** Expiration rules: an ISO 8601 duration. */
  readonly maximumDuration?: string;
  /** Enablement rules: `MultiFactorAuthentication`, `Justification`, `Ticketing`. */
  readonly enabledRules?: readonly string[];
  /** Approval rules. */
  readonly setting?: {
    readonly isApprovalRequired?: boolean;
    readonly approvalStages?: readonly {
      readonly primaryApprovers?: readonly {
        readonly '@odata.type'?: string;
        readonly userId?: string;
        readonly groupId?: string;
        readonly description?: string | null;
      }[];
      readonly escalationApprovers?: readonly unknown[];
      readonly isEscalationEnabled?: boolean;
    }[];
  };
  /** Authentication context rules. */
  readonly isEnabled?: boolean;
  /** Authentication context rules: the context ID, e.g. `c1`. */
  readonly claimValue?: string | null;
  /** Notification rules. */
  readonly notificationRecipients?: readonly string[];
}

/**
 * A role management policy assignment of a group with its policy expanded:
 * `GET /policies/roleManagementPolicyAssignments?$filter=scopeId eq '<group>' and scopeType eq 'Group' and roleDefinitionId eq 'member'&$expand=policy($expand=rules)`
 * (https://learn.microsoft.com/graph/api/policyroot-list-rolemanagementpolicyassignments).
 */
export interface GraphPolicyAssignment {
  /** `Group_<groupId>_<policyId>_member`. */
  readonly id: string;
  /** `Group_<groupId>_<policyId>`. */
  readonly policyId: string;
  /** The group. */
  readonly scopeId: string;
  /** `Group`. */
  readonly scopeType: string;
  /** `member` or `owner`. */
  readonly roleDefinitionId: string;
  /** The policy, expanded with its rules. */
  readonly policy?: { readonly id: string; readonly rules?: readonly GraphPolicyRule[] };
}

/** A directory role assignment (https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments). */
export interface GraphDirectoryRoleAssignment {
  /** The assignment ID. */
  readonly id: string;
  /** The role's template ID (built-in roles). */
  readonly roleDefinitionId: string;
  /** The principal. */
  readonly principalId: string;
  /** `/` for the tenant. */
  readonly directoryScopeId: string;
}

/**
 * An Azure role assignment: `az role assignment list --all` (flat) or the ARM REST list (`properties`)
 * (https://learn.microsoft.com/rest/api/authorization/role-assignments/list-for-subscription).
 */
export interface ArmRoleAssignment {
  /** `/…/providers/Microsoft.Authorization/roleAssignments/<guid>`. */
  readonly id: string;
  /** The assignment's GUID. */
  readonly name?: string;
  /** Flat (az CLI) fields. */
  readonly principalId?: string;
  readonly principalType?: string;
  readonly roleDefinitionId?: string;
  readonly scope?: string;
  /** REST fields. */
  readonly properties?: {
    readonly principalId: string;
    readonly principalType?: string;
    readonly roleDefinitionId: string;
    readonly scope: string;
  };
}

/**
 * An Azure role definition: `az role definition list --custom-role-only true` (flat) or the REST list (`properties`)
 * (https://learn.microsoft.com/rest/api/authorization/role-definitions/list).
 */
export interface ArmRoleDefinition {
  /** `/subscriptions/<id>/providers/Microsoft.Authorization/roleDefinitions/<guid>`. */
  readonly id: string;
  /** The GUID. */
  readonly name: string;
  readonly roleName?: string;
  readonly roleType?: string;
  readonly description?: string | null;
  readonly assignableScopes?: readonly string[];
  readonly permissions?: readonly ArmPermission[];
  readonly properties?: {
    readonly roleName: string;
    readonly type?: string;
    readonly description?: string | null;
    readonly assignableScopes: readonly string[];
    readonly permissions: readonly ArmPermission[];
  };
}

/** One permission block of an Azure role definition. */
export interface ArmPermission {
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly dataActions?: readonly string[];
  readonly notDataActions?: readonly string[];
}

/**
 * A RoleBinding or ClusterRoleBinding of `kubectl get rolebindings -A -o json` / `kubectl get clusterrolebindings -o json`
 * (a `List` with `items`; https://kubernetes.io/docs/reference/kubernetes-api/authorization-resources/role-binding-v1/).
 */
export interface KubernetesBindingObject {
  /** `RoleBinding` or `ClusterRoleBinding`. */
  readonly kind?: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly roleRef: { readonly apiGroup?: string; readonly kind: string; readonly name: string };
  readonly subjects?: readonly { readonly kind: string; readonly name: string; readonly namespace?: string }[];
}
