/**
 * The typed definition of an organisation's access model: environments, baselines, tasks, roles and
 * break-glass accounts. Plain data, no cdktf: validate it with {@link validateDefinition} and resolve it
 * with {@link resolveDefinition}.
 */
import type { FederatedCredential } from './federated-credentials';
import type { Grant } from './grants';
import type { BaselineName, RoleName, TaskName } from './names';
import type { ExceptionSettings, MonitoringSettings } from './security-settings';

/** An environment such as `PROD` or `DEV`. */
export interface EnvironmentDefinition {
  /** One upper-case word, e.g. `PROD`. */
  readonly name: string;
  /**
   * A protected environment's groups carry `prevent_destroy`, and the rule pack asks more of its tasks.
   * @default false
   */
  readonly protected?: boolean;
  /** Free text. @default - none */
  readonly description?: string;
  /**
   * The Azure scopes that belong to this environment: management group, subscription, resource group or resource
   * IDs, e.g. `/subscriptions/<id>` or `/providers/Microsoft.Management/managementGroups/mg-prod`. A scope lies in
   * the environment when it is one of these or below one (whole segments, case-insensitively). Kubernetes clusters
   * are tied to environments by `clusters[].environment`; Azure scopes only through this list, which lets the rule
   * pack report a baseline granting in another environment's scopes (`cross-environment-scope`,
   * `environment-scope`) and a privileged role at a management group no environment claims
   * (`tenant-wide-privilege`). A scope ID does not say which management group a subscription is in: list the
   * subscriptions as well as their management groups. A scope belongs to one environment only (validation rejects
   * one listed for two, or lying within another environment's).
   * @default - none: no Azure scope is tied to the environment
   */
  readonly azureScopes?: readonly string[];
}

/** A Kubernetes cluster the definition grants access to; its provider is configured on the construct. */
export interface KubernetesClusterDefinition {
  /** Name used by Kubernetes grants and as the provider alias, e.g. `aks-prod`. A DNS label. */
  readonly name: string;
  /** Environment the cluster belongs to; only baselines of that environment may grant on it. */
  readonly environment: string;
  /** Free text. @default - none */
  readonly description?: string;
}

/** A custom Azure role definition, e.g. a VM start/stop role with only the power actions. */
export interface CustomAzureRoleDefinition {
  /** Role name, unique in the definition, e.g. `VM Power Operator (PROD)`. */
  readonly name: string;
  /** Free text. @default - none */
  readonly description?: string;
  /** Control-plane actions, e.g. `Microsoft.Compute/virtualMachines/start/action`. */
  readonly actions: readonly string[];
  /** @default - none */
  readonly notActions?: readonly string[];
  /** Data-plane actions. @default - none */
  readonly dataActions?: readonly string[];
  /** @default - none */
  readonly notDataActions?: readonly string[];
  /** Scopes the role may be assigned at; the first one is where the definition is created. */
  readonly assignableScopes: readonly string[];
}

/** A baseline: the smallest useful permission on one resource. Its name is built from its parts. */
export interface BaselineDefinition {
  /** Environment part (must be a declared environment). */
  readonly environment: string;
  /** Service part, one upper-case word, e.g. `KV`. */
  readonly service: string;
  /** Optional scope part, e.g. `SECRETS` or `NS_A`. @default - no scope part */
  readonly scope?: string;
  /** Action part, one upper-case word, e.g. `ADMIN`. */
  readonly action: string;
  /** Free text, becomes the group's description. @default - none */
  readonly description?: string;
  /**
   * Make the group role-assignable. Implied by a directory-role grant. A role-assignable baseline is
   * reached only just in time (groups can't be active members of it).
   * @default false
   */
  readonly roleAssignable?: boolean;
  /** What the baseline grants: at least one. */
  readonly grants: readonly Grant[];
}

/** An existing user or group approving just-in-time activation, by object ID. */
export interface DirectoryApprover {
  /** `user` (singleUser) or `group` (groupMembers). */
  readonly kind: 'user' | 'group';
  /** Entra object ID (UUID). */
  readonly objectId: string;
  /** Shown in reports. @default - the object ID */
  readonly displayName?: string;
}

/** The members of a role group of this definition approve (e.g. `ROLE_SNR_DEVELOPER`). */
export interface RoleApprover {
  /** Discriminant: the approvers are the members of a role of the definition. */
  readonly kind: 'role';
  /** Full name of a role declared in the definition. */
  readonly role: RoleName;
}

/** An approver of just-in-time activation. */
export type Approver = DirectoryApprover | RoleApprover;

/** Allowed eligibility expiry in a PIM for Groups policy. */
export type EligibilityExpiry = 'P15D' | 'P30D' | 'P90D' | 'P180D' | 'P365D' | 'never';

/** The just-in-time (PIM) policy of a task group. Every field has a safe default. */
export interface JitPolicy {
  /**
   * Maximum activation, ISO 8601: `PT30M` to `PT23H30M` in 30-minute steps, or `P1D`.
   * @default - the definition's `settings.defaultMaximumActivation`, itself `PT4H`
   */
  readonly maximumActivation?: string;
  /** Require a justification on activation. @default true */
  readonly requireJustification?: boolean;
  /** Require ticket (change request) information on activation. @default false */
  readonly requireTicket?: boolean;
  /** Approvers; a non-empty list turns approval on. @default - no approval */
  readonly approvers?: readonly Approver[];
  /** Require MFA on activation; mutually exclusive with `authenticationContext`. @default true unless an authentication context is set */
  readonly requireMfa?: boolean;
  /** Conditional Access authentication context ID required on activation, e.g. `c1`. @default - none */
  readonly authenticationContext?: string;
  /** Extra addresses notified of every activation (e.g. the security team). @default - none */
  readonly notifyOnActivation?: readonly string[];
  /** How long an eligibility may last before it must be renewed. @default 'never' (permanent eligibility) */
  readonly eligibilityExpiry?: EligibilityExpiry;
}

/** A task: a complete technical job made of baselines of one environment. */
export interface TaskDefinition {
  /** Environment part (must be a declared environment). */
  readonly environment: string;
  /** Name part, upper-case words joined by `_`, e.g. `KEYVAULT_ADMIN`. */
  readonly name: string;
  /** Free text. @default - none */
  readonly description?: string;
  /** Baselines of the same environment, by full name. */
  readonly baselines: readonly BaselineName[];
  /** Just-in-time policy; required when any role holds the task as eligible. @default - no policy (standing only) */
  readonly jit?: JitPolicy;
  /** A high-privilege (exception) task: senior approval and alerts on every activation. @default false */
  readonly highPrivilege?: boolean;
  /**
   * How the task is meant to be held (the task-based access model, docs/rules.md: "Routine tasks (performed more
   * than twice a week) received permanent assignments"): `routine` (done more than twice a week) is standing;
   * `sensitive` (infrequent or risky) is activated just in time. The rule pack checks roles against it
   * (`routine-task-eligible`, `sensitive-task-standing`); a high-privilege task counts as sensitive.
   * @default - not classified: no rule checks how roles hold the task
   */
  readonly access?: 'routine' | 'sensitive';
  /**
   * Whether the task writes or administers. Overrides what the rule pack derives from the task's baselines
   * (an Azure action beyond read, a Kubernetes verb beyond get/list/watch, a directory role other than a
   * reader, or an action part such as ADMIN, DEPLOY or PUSH). Set it when the derivation is wrong for you.
   * @default - derived from the baselines' grants and action parts
   */
  readonly writes?: boolean;
  /** Who answers for the task in access reviews (a person, team or address). @default - none */
  readonly owner?: string;
}

/**
 * When a grant starts and ends, ISO 8601 in UTC: a date (`2026-12-31`) or a date-time ending in `Z`
 * (`2026-12-31T18:00:00Z`). A date alone means the start of that day for `from` and the end of that day for
 * `until`. The grant becomes a PIM for Groups schedule with `start_date`/`expiration_date`, so it lapses on its
 * own; drop it from the definition once it has expired (`task-access expiring` lists them).
 */
export interface TimeBounds {
  /** When the grant starts. @default - as soon as it is applied */
  readonly from?: string;
  /** When the grant ends (inclusive for a date alone). @default - never: permanent */
  readonly until?: string;
}

/** A task held for a limited time, e.g. `{ task: 'TASK_PROD_VIEWER', until: '2026-12-31' }`. */
export interface TimeBoundTask extends TimeBounds {
  /** The task, by full name. */
  readonly task: TaskName;
}

/** A role's `standing` or `eligible` entry: a task name (permanent), or a time-bound task. */
export type HeldTask = TaskName | TimeBoundTask;

/**
 * An Entra user, by object ID or user principal name. `from`/`until` make the membership time-bound (a PIM
 * active assignment to the role group), e.g. a consultant staffed until a date.
 */
export interface UserMember extends TimeBounds {
  /** Discriminant: an Entra user. */
  readonly kind: 'user';
  /** Object ID (UUID). Exactly one of `objectId` and `userPrincipalName`. */
  readonly objectId?: string;
  /** User principal name, looked up with a data source at plan time. */
  readonly userPrincipalName?: string;
  /** Shown in reports. @default - the object ID or UPN */
  readonly displayName?: string;
}

/**
 * An existing Entra group, or a workload identity (service principal, managed identity), by object ID.
 * Only a group may carry `from`/`until` (PIM for Groups assigns users and groups); give a workload identity's
 * role a time-bound task instead.
 */
export interface ObjectMember extends TimeBounds {
  /** What the object ID is: an existing group, a service principal or a managed identity. */
  readonly kind: 'group' | 'servicePrincipal' | 'managedIdentity';
  /** Object ID (UUID); for a service principal, the enterprise application's object ID. */
  readonly objectId: string;
  /** Shown in reports. @default - the object ID */
  readonly displayName?: string;
}

/**
 * A pipeline or agent application the library creates, by its name in the definition's `applications`: the
 * role group gets the application's service principal as a member.
 */
export interface ApplicationMember extends TimeBounds {
  /** Discriminant: an application declared in the definition. */
  readonly kind: 'application';
  /** Name of an application declared in `applications`. */
  readonly application: string;
  /** Shown in reports. @default - the application's name */
  readonly displayName?: string;
  /** An application has no object ID before it is created. */
  readonly objectId?: never;
}

/** A member of a role group. */
export type Member = UserMember | ObjectMember | ApplicationMember;

/**
 * An application (and its service principal) the library creates for a pipeline or an agent, signing in only
 * through federated identity credentials (no secret): each trusts one repository and environment or branch,
 * one Azure DevOps service connection or one Kubernetes service account.
 */
export interface WorkloadApplicationDefinition {
  /**
   * Display name of the application, unique in the definition: lower-case letters, digits and `-`, starting with
   * a letter, 3-120 characters, e.g. `gh-contoso-app-prod-deploy`. It is also the Terraform address.
   */
  readonly name: string;
  /** Free text, becomes the application's description. @default - none */
  readonly description?: string;
  /** Who may sign in as the application: 1 to 20 credentials ({@link FederatedCredentials} builds them). */
  readonly federatedCredentials: readonly FederatedCredential[];
}

/**
 * A role: a business function, human or pipeline. Holds tasks only (never baselines: the task name type
 * makes a `BASE_` name a type error, and validation rejects it at run time).
 */
export interface RoleDefinition {
  /** Name part, e.g. `DEVELOPER` for `ROLE_DEVELOPER`. */
  readonly name: string;
  /** Free text. @default - none */
  readonly description?: string;
  /**
   * Tasks held permanently (the role group is an active member of the task group), or for a time
   * (`{ task, from?, until? }`: a PIM active assignment that lapses on its own). @default - none
   */
  readonly standing?: readonly HeldTask[];
  /**
   * Tasks activated just in time through PIM for Groups; `{ task, from?, until? }` makes the eligibility itself
   * expire (`expiration_date` on the eligibility schedule). @default - none
   */
  readonly eligible?: readonly HeldTask[];
  /** Roles whose tasks this role also gets (resolved at synthesis; groups are never nested). @default - none */
  readonly inherits?: readonly RoleName[];
  /** Members of the role group. @default - none */
  readonly members?: readonly Member[];
  /** Who answers for the role in access reviews (a person, team or address). @default - none */
  readonly owner?: string;
}

/** An emergency access account; existing, cloud-only, never created or given a password by the library. */
export interface BreakGlassAccount {
  /** Object ID (UUID). */
  readonly objectId: string;
  /** Shown in reports, e.g. the UPN. @default - the object ID */
  readonly displayName?: string;
  /**
   * ID of the active Global Administrator assignment the account already holds (Microsoft's emergency-access
   * guidance gives every break-glass account one before any tool manages it). When given, the synthesized
   * Terraform imports that assignment instead of creating a second one, which Entra would refuse. Find it with
   * `az rest --url "https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq '<objectId>'"`
   * (the `id` of the assignment whose `roleDefinitionId` is `62e90394-69f5-4237-9190-012177145e10`).
   * @default - none: the assignment is created
   */
  readonly globalAdministratorAssignmentId?: string;
}

/** Point-to-site VPN settings of the organisation. */
export interface VpnSettings {
  /** The default pool for VPN users in no pool baseline, e.g. `172.16.0.0/24`. */
  readonly defaultAddressPrefixes: readonly string[];
  /** Object ID of an existing group of every VPN user (the default policy group's member), e.g. all staff. */
  readonly defaultGroupObjectId: string;
}

/** Organisation-wide settings. */
export interface ModelSettings {
  /** Maximum activation for JIT policies that set none. @default 'PT4H' */
  readonly defaultMaximumActivation?: string;
  /**
   * Owners of every group the library creates (BASE_, TASK_, ROLE_), besides the deploying identity, which owns
   * every group: object IDs (UUIDs) of users or service principals, at most 99 (Entra and azuread allow 100 owners
   * per group). An owner manages the group's membership and its PIM assignments outside the definition, so on a
   * role-assignable group it controls who holds the group's directory roles: the `role-assignable-group-owner`
   * rule flags that. Not the `owner` of tasks and roles, which only names who answers for them in reviews.
   * @default - none: the deploying identity is the only owner
   */
  readonly groupOwners?: readonly string[];
  /**
   * Object ID (UUID) of the identity that applies the Terraform, the owner of every group. Give it when plans
   * run as another identity (a read-only plan identity in CI): read at plan time, the owner would be whoever
   * plans, and every plan by the plan identity would show every group's owners changing to it.
   * @default - read at plan time: `data.azuread_client_config.DEPLOYING_IDENTITY.object_id`
   */
  readonly deployingIdentityObjectId?: string;
}

/**
 * Objects that already exist in the tenant, so the first apply adopts them (Terraform `import` blocks) instead of
 * creating them again: the groups of an organisation adopting the library keep their object IDs, role assignments
 * and PIM history. `task-access import` writes this section from an export of the tenant (docs/import.md).
 */
export interface ExistingObjects {
  /**
   * Object ID of each group of the definition that exists, by its `BASE_`, `TASK_` or `ROLE_` name, e.g.
   * `{ BASE_PROD_KV_SECRETS_GET: '<object id>' }`: the group is imported into
   * `azuread_group_without_members.<name>`.
   * @default - none: every group is created
   */
  readonly groups?: Readonly<Record<string, string>>;
  /**
   * The provider's import ID of every other resource that exists, by the Terraform address the library synthesizes
   * for it, e.g. `{ 'azuread_group_member.ROLE_DEVELOPER__in__TASK_DEV_VIEWER': '<group id>/member/<member id>' }`.
   * Synthesis refuses an address it does not synthesize (`existing-object`), so an entry can't silently import
   * nothing. `task-access import` computes the addresses and the IDs.
   * @default - none: every other resource is created
   */
  readonly resources?: Readonly<Record<string, string>>;
}

/** The whole access model of an organisation. */
export interface AccessModelDefinition {
  /** Environments, e.g. PROD (protected) and DEV. */
  readonly environments: readonly EnvironmentDefinition[];
  /** Kubernetes clusters referenced by grants. @default - none */
  readonly clusters?: readonly KubernetesClusterDefinition[];
  /** Custom Azure roles referenced by grants. @default - none */
  readonly customRoles?: readonly CustomAzureRoleDefinition[];
  /** Baselines. */
  readonly baselines: readonly BaselineDefinition[];
  /** Tasks. */
  readonly tasks: readonly TaskDefinition[];
  /** Roles. */
  readonly roles: readonly RoleDefinition[];
  /** Break-glass accounts. @default - none */
  readonly breakGlass?: readonly BreakGlassAccount[];
  /** Pipeline and agent applications the library creates, referenced by `application` members. @default - none */
  readonly applications?: readonly WorkloadApplicationDefinition[];
  /** VPN settings; required when a baseline grants a VPN pool. @default - no VPN */
  readonly vpn?: VpnSettings;
  /** Settings. @default - defaults of each setting */
  readonly settings?: ModelSettings;
  /** How exception (high-privilege) tasks are approved and announced. @default - each task's own policy */
  readonly exceptions?: ExceptionSettings;
  /** Where activations and break-glass sign-ins are watched. @default - no monitoring resources */
  readonly monitoring?: MonitoringSettings;
  /** Objects that already exist in the tenant and are imported, not created. @default - none: everything is created */
  readonly existing?: ExistingObjects;
}
