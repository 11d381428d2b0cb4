/**
 * The resolved access model: every name expanded, inheritance flattened, defaults applied, catalog IDs
 * looked up. Plain, sorted data; the constructs and every report consume it and never re-derive it.
 */
import type {
  Approver,
  BreakGlassAccount,
  CustomAzureRoleDefinition,
  EligibilityExpiry,
  EnvironmentDefinition,
  ExistingObjects,
  KubernetesClusterDefinition,
  Member,
} from './definition';
import type { DefinitionPaths } from './definition-paths';
import type { FederatedCredential } from './federated-credentials';
import type { ResolvedGroupOwners } from './group-owners';
import type { KubernetesRule } from './grants';
import type { AccessWindow } from './time-bounds';
import type { ResolvedConditionalAccessPolicy, ResolvedExceptions, ResolvedMonitoring } from './resolved-security';

/** A JIT policy with every default applied. */
export interface ResolvedJitPolicy {
  /** Maximum activation, ISO 8601 (`PT30M`..`PT23H30M` or `P1D`). */
  readonly maximumActivation: string;
  /** A justification is required on activation. */
  readonly requireJustification: boolean;
  /** Ticket (change request) information is required on activation. */
  readonly requireTicket: boolean;
  /** Activation needs approval: true when there are approvers. */
  readonly requireApproval: boolean;
  /** Approvers, as declared (roles are not expanded here); empty when no approval. */
  readonly approvers: readonly Approver[];
  /** MFA is required on activation (false when an authentication context is required instead). */
  readonly requireMfa: boolean;
  /** Conditional Access authentication context ID required on activation, when set. */
  readonly authenticationContext?: string;
  /** Extra addresses notified of every activation. */
  readonly notifyOnActivation: readonly string[];
  /** How long an eligibility lasts; `never` for permanent eligibility. */
  readonly eligibilityExpiry: EligibilityExpiry;
}

/** An Azure built-in role at a scope, with its GUID from the catalog. */
export interface ResolvedAzureRoleGrant {
  /** Discriminant. */
  readonly kind: 'azureRole';
  /** Exact name of the built-in role, e.g. `Key Vault Secrets Officer`. */
  readonly roleName: string;
  /** GUID of the built-in role definition, from the catalog. */
  readonly roleDefinitionId: string;
  /** Scope of the assignment: management group, subscription, resource group or resource ID. */
  readonly scope: string;
}
/** A custom Azure role at a scope. */
export interface ResolvedCustomRoleGrant {
  /** Discriminant. */
  readonly kind: 'azureCustomRole';
  /** Name of the custom role, as declared in `customRoles`. */
  readonly roleName: string;
  /** Scope of the assignment. */
  readonly scope: string;
}
/** An Entra directory role with its template ID. */
export interface ResolvedDirectoryRoleGrant {
  /** Discriminant. */
  readonly kind: 'directoryRole';
  /** Display name of the Entra directory role, e.g. `Global Reader`. */
  readonly roleName: string;
  /** Template ID of the directory role, from the catalog. */
  readonly templateId: string;
}
/** A Kubernetes grant: `namespace` null means cluster-wide; `rules` are the effective rules. */
export interface ResolvedKubernetesGrant {
  /** Discriminant. */
  readonly kind: 'kubernetes';
  /** Name of the cluster, as declared in `clusters`. */
  readonly cluster: string;
  /** Namespace of the RoleBinding; null for a cluster-wide ClusterRoleBinding. */
  readonly namespace: string | null;
  /** The built-in ClusterRole bound, when not custom rules. */
  readonly clusterRole?: string;
  /** True for custom rules (a Role/ClusterRole is created). */
  readonly custom: boolean;
  /** The effective rules: the custom rules, or those of the built-in ClusterRole from the catalog. */
  readonly rules: readonly KubernetesRule[];
}
/** A VPN pool. */
export interface ResolvedVpnPoolGrant {
  /** Discriminant. */
  readonly kind: 'vpnPool';
  /** Address prefixes of the pool, e.g. `172.16.1.0/24`. */
  readonly addressPrefixes: readonly string[];
}
/** Any concrete grant. */
export type ResolvedGrant =
  | ResolvedAzureRoleGrant
  | ResolvedCustomRoleGrant
  | ResolvedDirectoryRoleGrant
  | ResolvedKubernetesGrant
  | ResolvedVpnPoolGrant;

/** A baseline with its concrete grants. */
export interface ResolvedBaseline {
  /** Full name, e.g. `BASE_PROD_KV_SECRETS_ADMIN`; also the group's display name. */
  readonly name: string;
  /** Environment of the baseline. */
  readonly environment: string;
  /** The environment is protected (its groups carry `prevent_destroy`). */
  readonly protected: boolean;
  /** Free text from the definition, when given. */
  readonly description?: string;
  /** Role-assignable: reached only through PIM eligibility, never active nesting. */
  readonly roleAssignable: boolean;
  /** What the baseline grants, in the definition's order. */
  readonly grants: readonly ResolvedGrant[];
}

/** A task with its baselines split by how they are reached. */
export interface ResolvedTask {
  /** Full name, e.g. `TASK_PROD_KEYVAULT_ADMIN`; also the group's display name. */
  readonly name: string;
  /** Environment of the task. */
  readonly environment: string;
  /** The environment is protected (its groups carry `prevent_destroy`). */
  readonly protected: boolean;
  /** Free text from the definition, when given. */
  readonly description?: string;
  /** Every baseline of the task, sorted. */
  readonly baselines: readonly string[];
  /** Baselines the task group is an active member of. */
  readonly nestedBaselines: readonly string[];
  /** Role-assignable baselines, reached by an eligibility of each role holding the task. */
  readonly roleAssignableBaselines: readonly string[];
  /** The just-in-time policy with every default applied; absent for a standing-only task. */
  readonly jit?: ResolvedJitPolicy;
  /** A high-privilege (exception) task. */
  readonly highPrivilege: boolean;
  /** The definition's `writes` flag, when given: overrides what is derived from the grants (`taskWrites`). */
  readonly writes?: boolean;
  /**
   * The definition's `access` flag, when given: how the task is meant to be held (`taskAccessClass`). Absent in a
   * model read back from access-model.json written before 1.3.0.
   */
  readonly access?: 'routine' | 'sensitive';
  /** Who answers for the task in access reviews, when given. */
  readonly owner?: string;
  /**
   * For a task without `jit` that a role holds time-bound: the policy its group gets so PIM onboards it and
   * accepts expiring active assignments (the defaults of `jit: {}`; nobody is eligible, so it never governs an
   * activation). Absent otherwise.
   */
  readonly assignmentPolicy?: ResolvedJitPolicy;
}

/** How a role holds a task: `via` is the inheritance chain from the role to the one that declares it. */
export interface TaskAccess {
  /** Full name of the task. */
  readonly task: string;
  /** Inheritance chain, from the role itself to the role that declares the task. */
  readonly via: readonly string[];
  /** When the access starts and ends, for a time-bound entry (`{ task, from?, until? }`); absent when permanent. */
  readonly window?: AccessWindow;
}

/** A member with a stable key (object ID, or UPN) and a display name. */
export type ResolvedMember = Member & {
  /** Stable key: the object ID, else the user principal name, else `app:<name>` for an application. */
  readonly key: string;
  /** Display name: `displayName`, else the user principal name, object ID or application name. */
  readonly label: string;
  /** When the membership starts and ends, for a time-bound member; absent when permanent. */
  readonly window?: AccessWindow;
};

/** A role with inheritance flattened. */
export interface ResolvedRole {
  /** Full name, e.g. `ROLE_DEVELOPER`; also the group's display name. */
  readonly name: string;
  /** Free text from the definition, when given. */
  readonly description?: string;
  /** Members of the role group, sorted by key. */
  readonly members: readonly ResolvedMember[];
  /** Every role inherited, directly or not, sorted. */
  readonly inherits: readonly string[];
  /** Standing tasks, own and inherited. */
  readonly standing: readonly TaskAccess[];
  /** Eligible tasks, own and inherited, minus those also standing. */
  readonly eligible: readonly TaskAccess[];
  /** Who answers for the role in access reviews, when given. */
  readonly owner?: string;
  /**
   * For a role with time-bound members: the policy its group gets so PIM onboards it and accepts expiring active
   * assignments (the defaults of `jit: {}`). Absent otherwise.
   */
  readonly assignmentPolicy?: ResolvedJitPolicy;
}

/** One task a principal reaches, with every path to it (`[role, ...inheritance chain]`). */
export interface PrincipalTaskAccess {
  /** Full name of the task. */
  readonly task: string;
  /** `standing` when any of the principal's roles holds the task standing, else `eligible`. */
  readonly mode: 'standing' | 'eligible';
  /** Every path to the task: `[role, ...inheritance chain]`, sorted. */
  readonly paths: readonly (readonly string[])[];
  /**
   * When every path is time-bound (the member's window in the role intersected with the role's window on the
   * task): the envelope of those windows, earliest start and latest end. Absent when any path is permanent.
   */
  readonly window?: AccessWindow;
}

/** A principal (role member) with the union of its roles' access. */
export interface ResolvedPrincipal {
  /** Stable key: the object ID, or the user principal name. */
  readonly key: string;
  /** The member as declared, with its key and label. */
  readonly member: ResolvedMember;
  /** Roles the principal is a member of, sorted. */
  readonly roles: readonly string[];
  /** Every task the principal reaches, sorted by name. */
  readonly tasks: readonly PrincipalTaskAccess[];
}

/** A federated identity credential with its issuer, subject and audience resolved. */
export interface ResolvedFederatedCredential {
  /** Which kind of workload signs in with it. */
  readonly kind: FederatedCredential['kind'];
  /** Display name, unique in the application. */
  readonly name: string;
  /** Token issuer, e.g. `https://token.actions.githubusercontent.com`. */
  readonly issuer: string;
  /** Token subject, e.g. `repo:contoso/app:environment:prod`. */
  readonly subject: string;
  /** Always `["api://AzureADTokenExchange"]`. */
  readonly audiences: readonly string[];
  /** Free text from the definition, when given. */
  readonly description?: string;
}

/** An application (and its service principal) the library creates for a pipeline or an agent. */
export interface ResolvedApplication {
  /** Display name, unique in the definition; also the Terraform address. */
  readonly name: string;
  /** Free text from the definition, when given. */
  readonly description?: string;
  /** Its federated identity credentials, sorted by name. */
  readonly federatedCredentials: readonly ResolvedFederatedCredential[];
  /** Roles with the application as a member, sorted. */
  readonly roles: readonly string[];
}

/** The whole resolved model. */
export interface ResolvedModel {
  /** Environments, sorted by name, each with its `azureScopes` as declared. */
  readonly environments: readonly EnvironmentDefinition[];
  /** Kubernetes clusters, sorted by name. */
  readonly clusters: readonly KubernetesClusterDefinition[];
  /** Custom Azure roles, sorted by name. */
  readonly customRoles: readonly CustomAzureRoleDefinition[];
  /** Baselines with their concrete grants, sorted by name. */
  readonly baselines: readonly ResolvedBaseline[];
  /** Tasks, sorted by name. */
  readonly tasks: readonly ResolvedTask[];
  /** Roles with inheritance flattened, sorted by name. */
  readonly roles: readonly ResolvedRole[];
  /** Role members with the union of their roles' access, sorted by key. */
  readonly principals: readonly ResolvedPrincipal[];
  /** Break-glass accounts, sorted by object ID. */
  readonly breakGlass: readonly BreakGlassAccount[];
  /**
   * Applications the library creates for pipelines and agents, sorted by name. Always set by
   * `resolveDefinition`; optional so models read back from JSON written before it existed stay valid.
   */
  readonly applications?: readonly ResolvedApplication[];
  /** VPN settings, when the definition has them. */
  readonly vpn?: {
    /** The default pool for VPN users in no pool baseline. */
    readonly defaultAddressPrefixes: readonly string[];
    /** Object ID of the existing group of every VPN user. */
    readonly defaultGroupObjectId: string;
  };
  /**
   * Conditional Access policies the model needs (break-glass accounts excluded from each), sorted by name.
   * Always set by `resolveDefinition`; optional so models read back from older JSON stay valid.
   */
  readonly conditionalAccessPolicies?: readonly ResolvedConditionalAccessPolicy[];
  /** The exception settings, when the definition has them (already applied to the tasks' policies). */
  readonly exceptions?: ResolvedExceptions;
  /** Monitoring settings, when the definition has them. */
  readonly monitoring?: ResolvedMonitoring;
  /**
   * Owners of every group the library creates. Always set by `resolveDefinition`; optional so models read back
   * from older JSON stay valid (absent: the deploying identity only, read at plan time).
   */
  readonly groupOwners?: ResolvedGroupOwners;
  /**
   * Objects the tenant already has, imported rather than created (the definition's `existing`, as declared). Not
   * written to access-model.json: it is about deploying, not about access.
   */
  readonly existing?: ExistingObjects;
  /**
   * Where each element is declared in the definition (the paths the rule pack reports at). Always set by
   * `resolveDefinition`; not written to access-model.json, so a model read back has none (paths then name the
   * element without a list index).
   */
  readonly paths?: DefinitionPaths;
}
