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
  KubernetesClusterDefinition,
  Member,
} from './definition';
import type { KubernetesRule } from './grants';

/** A JIT policy with every default applied. */
export interface ResolvedJitPolicy {
  readonly maximumActivation: string;
  readonly requireJustification: boolean;
  readonly requireTicket: boolean;
  readonly requireApproval: boolean;
  readonly approvers: readonly Approver[];
  readonly requireMfa: boolean;
  readonly authenticationContext?: string;
  readonly notifyOnActivation: readonly string[];
  readonly eligibilityExpiry: EligibilityExpiry;
}

/** An Azure built-in role at a scope, with its GUID from the catalog. */
export interface ResolvedAzureRoleGrant {
  readonly kind: 'azureRole';
  readonly roleName: string;
  readonly roleDefinitionId: string;
  readonly scope: string;
}
/** A custom Azure role at a scope. */
export interface ResolvedCustomRoleGrant {
  readonly kind: 'azureCustomRole';
  readonly roleName: string;
  readonly scope: string;
}
/** An Entra directory role with its template ID. */
export interface ResolvedDirectoryRoleGrant {
  readonly kind: 'directoryRole';
  readonly roleName: string;
  readonly templateId: string;
}
/** A Kubernetes grant: `namespace` null means cluster-wide; `rules` are the effective rules. */
export interface ResolvedKubernetesGrant {
  readonly kind: 'kubernetes';
  readonly cluster: string;
  readonly namespace: string | null;
  /** The built-in ClusterRole bound, when not custom rules. */
  readonly clusterRole?: string;
  /** True for custom rules (a Role/ClusterRole is created). */
  readonly custom: boolean;
  readonly rules: readonly KubernetesRule[];
}
/** A VPN pool. */
export interface ResolvedVpnPoolGrant {
  readonly kind: 'vpnPool';
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
  readonly name: string;
  readonly environment: string;
  readonly protected: boolean;
  readonly description?: string;
  /** Role-assignable: reached only through PIM eligibility, never active nesting. */
  readonly roleAssignable: boolean;
  readonly grants: readonly ResolvedGrant[];
}

/** A task with its baselines split by how they are reached. */
export interface ResolvedTask {
  readonly name: string;
  readonly environment: string;
  readonly protected: boolean;
  readonly description?: string;
  /** Every baseline of the task, sorted. */
  readonly baselines: readonly string[];
  /** Baselines the task group is an active member of. */
  readonly nestedBaselines: readonly string[];
  /** Role-assignable baselines, reached by an eligibility of each role holding the task. */
  readonly roleAssignableBaselines: readonly string[];
  readonly jit?: ResolvedJitPolicy;
  readonly highPrivilege: boolean;
}

/** How a role holds a task: `via` is the inheritance chain from the role to the one that declares it. */
export interface TaskAccess {
  readonly task: string;
  readonly via: readonly string[];
}

/** A member with a stable key (object ID, or UPN) and a display name. */
export type ResolvedMember = Member & { readonly key: string; readonly label: string };

/** A role with inheritance flattened. */
export interface ResolvedRole {
  readonly name: string;
  readonly description?: string;
  readonly members: readonly ResolvedMember[];
  /** Every role inherited, directly or not, sorted. */
  readonly inherits: readonly string[];
  /** Standing tasks, own and inherited. */
  readonly standing: readonly TaskAccess[];
  /** Eligible tasks, own and inherited, minus those also standing. */
  readonly eligible: readonly TaskAccess[];
}

/** One task a principal reaches, with every path to it (`[role, ...inheritance chain]`). */
export interface PrincipalTaskAccess {
  readonly task: string;
  readonly mode: 'standing' | 'eligible';
  readonly paths: readonly (readonly string[])[];
}

/** A principal (role member) with the union of its roles' access. */
export interface ResolvedPrincipal {
  readonly key: string;
  readonly member: ResolvedMember;
  readonly roles: readonly string[];
  readonly tasks: readonly PrincipalTaskAccess[];
}

/** The whole resolved model. */
export interface ResolvedModel {
  readonly environments: readonly EnvironmentDefinition[];
  readonly clusters: readonly KubernetesClusterDefinition[];
  readonly customRoles: readonly CustomAzureRoleDefinition[];
  readonly baselines: readonly ResolvedBaseline[];
  readonly tasks: readonly ResolvedTask[];
  readonly roles: readonly ResolvedRole[];
  readonly principals: readonly ResolvedPrincipal[];
  readonly breakGlass: readonly BreakGlassAccount[];
  readonly vpn?: { readonly defaultAddressPrefixes: readonly string[]; readonly defaultGroupObjectId: string };
}
