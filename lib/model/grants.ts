/**
 * What a baseline grants. A baseline holds one or more grants; each grant is plain data, so a
 * definition can be written as an object literal or with the {@link Grants} factories.
 */

/** An Azure built-in role, by its exact name in the shipped catalog, at a scope. */
export interface AzureRoleGrant {
  /** Discriminant. */
  readonly kind: 'azureRole';
  /** Built-in role name exactly as Azure spells it, e.g. `Key Vault Secrets Officer`. */
  readonly role: string;
  /**
   * Azure resource ID of the scope: a management group (`/providers/Microsoft.Management/managementGroups/<id>`),
   * a subscription (`/subscriptions/<uuid>`), a resource group or a resource.
   */
  readonly scope: string;
}

/** A custom Azure role (declared in the definition's `customRoles`) at a scope. */
export interface AzureCustomRoleGrant {
  /** Discriminant. */
  readonly kind: 'azureCustomRole';
  /** Name of a custom role declared in `customRoles`. */
  readonly customRole: string;
  /** Azure resource ID of the scope; must lie within one of the custom role's assignable scopes. */
  readonly scope: string;
}

/** An Entra directory role (makes the baseline role-assignable, so it is reachable only just in time). */
export interface DirectoryRoleGrant {
  /** Discriminant. */
  readonly kind: 'directoryRole';
  /** Directory role display name, e.g. `Global Reader`, from the shipped catalog. */
  readonly role: string;
}

/** One Kubernetes RBAC rule, as in a Role's `rules`. */
export interface KubernetesRule {
  /** API groups; `""` is the core group. */
  readonly apiGroups: readonly string[];
  /** Resources, e.g. `pods`, `deployments`. */
  readonly resources: readonly string[];
  /** Verbs, e.g. `get`, `list`, `watch`. */
  readonly verbs: readonly string[];
  /** Optional resource names the rule is limited to. @default - all objects of the resources */
  readonly resourceNames?: readonly string[];
  /** Non-resource URLs (cluster-wide rules only), e.g. `/healthz`. @default - none */
  readonly nonResourceUrls?: readonly string[];
}

/**
 * A Kubernetes grant on a named cluster: a built-in ClusterRole (`view`, `edit`, `admin`, `cluster-admin`) or
 * custom rules, bound in one namespace (a RoleBinding) or, only when `clusterWide` is true, cluster-wide.
 */
export interface KubernetesGrant {
  /** Discriminant. */
  readonly kind: 'kubernetes';
  /** Name of a cluster declared in the definition's `clusters`. */
  readonly cluster: string;
  /** Namespace the binding lives in. Exactly one of `namespace` and `clusterWide` is set. */
  readonly namespace?: string;
  /** Bind cluster-wide (ClusterRoleBinding). Exactly one of `namespace` and `clusterWide` is set. */
  readonly clusterWide?: boolean;
  /** A built-in ClusterRole. Exactly one of `clusterRole` and `rules` is set. */
  readonly clusterRole?: string;
  /** Custom rules, rendered as a Role (namespace) or ClusterRole (cluster-wide). */
  readonly rules?: readonly KubernetesRule[];
}

/** A point-to-site VPN address pool for the baseline group's members. */
export interface VpnPoolGrant {
  /** Discriminant. */
  readonly kind: 'vpnPool';
  /** Address prefixes of the pool, e.g. `172.16.1.0/24`. */
  readonly addressPrefixes: readonly string[];
}

/** Anything a baseline can grant. */
export type Grant = AzureRoleGrant | AzureCustomRoleGrant | DirectoryRoleGrant | KubernetesGrant | VpnPoolGrant;

/** Factories for grants, for definitions that read like the task-based access model's examples (docs/definition.md). */
export const Grants = {
  /** An Azure built-in role at a scope. */
  azureRole(role: string, scope: string): AzureRoleGrant {
    return { kind: 'azureRole', role, scope };
  },
  /** A custom Azure role declared in `customRoles`, at a scope. */
  azureCustomRole(customRole: string, scope: string): AzureCustomRoleGrant {
    return { kind: 'azureCustomRole', customRole, scope };
  },
  /** An Entra directory role. */
  directoryRole(role: string): DirectoryRoleGrant {
    return { kind: 'directoryRole', role };
  },
  /** A built-in ClusterRole bound in one namespace of a cluster (a RoleBinding). */
  clusterRoleInNamespace(cluster: string, namespace: string, clusterRole: string): KubernetesGrant {
    return { kind: 'kubernetes', cluster, namespace, clusterRole };
  },
  /** A built-in ClusterRole bound cluster-wide (a ClusterRoleBinding). */
  clusterRoleClusterWide(cluster: string, clusterRole: string): KubernetesGrant {
    return { kind: 'kubernetes', cluster, clusterWide: true, clusterRole };
  },
  /** Custom rules in one namespace (a Role and its RoleBinding). */
  rulesInNamespace(cluster: string, namespace: string, rules: readonly KubernetesRule[]): KubernetesGrant {
    return { kind: 'kubernetes', cluster, namespace, rules };
  },
  /** Custom rules cluster-wide (a ClusterRole and its ClusterRoleBinding). */
  rulesClusterWide(cluster: string, rules: readonly KubernetesRule[]): KubernetesGrant {
    return { kind: 'kubernetes', cluster, clusterWide: true, rules };
  },
  /** A point-to-site VPN address pool. */
  vpnPool(...addressPrefixes: string[]): VpnPoolGrant {
    return { kind: 'vpnPool', addressPrefixes };
  },
} as const;
