/**
 * Kubernetes default user-facing ClusterRoles (cluster-admin, admin, edit, view) with their effective rules
 * after aggregation, Kubernetes v1.32.10 (see data/SOURCES.md).
 */
import data from './data/k8s-aggregated-cluster-roles.json';
import type { KubernetesRule } from '../model/grants';

/** A default ClusterRole and its aggregated rules. */
export interface KubernetesClusterRole {
  /** Name of the ClusterRole, e.g. `view`. */
  readonly name: string;
  /** Its rules, aggregated ones included. */
  readonly rules: readonly KubernetesRule[];
}

type RawRule = { apiGroups?: string[]; resources?: string[]; verbs: string[]; nonResourceURLs?: string[] };
const roles: readonly KubernetesClusterRole[] = (data as { roles: { name: string; rules: RawRule[] }[] }).roles.map(
  (r) => ({
    name: r.name,
    rules: r.rules.map((x) => ({
      apiGroups: x.apiGroups ?? [],
      resources: x.resources ?? [],
      verbs: x.verbs,
      ...(x.nonResourceURLs ? { nonResourceUrls: x.nonResourceURLs } : {}),
    })),
  }),
);
const byName = new Map(roles.map((r) => [r.name, r]));

/** Names of the built-in ClusterRoles a grant may bind. */
export function kubernetesClusterRoleNames(): readonly string[] {
  return roles.map((r) => r.name);
}

/** The built-in ClusterRole with this name, or undefined. */
export function findKubernetesClusterRole(name: string): KubernetesClusterRole | undefined {
  return byName.get(name);
}
