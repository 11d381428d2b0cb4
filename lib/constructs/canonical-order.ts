/**
 * Lists whose order means nothing to Azure or Kubernetes, in one canonical order: a custom role's actions and
 * a Kubernetes role's rules and their fields. The providers keep them as ordered lists (azurerm 4.55.0
 * `permissions.actions` is a TypeList; kubernetes `rule` is a TypeList), so reordering them in the definition
 * would otherwise plan an update that changes nothing.
 */
import type { KubernetesRule } from '../model/grants';

/** The distinct values in code-unit order (locale-independent, the same on every machine). */
export function canonicalList(values: readonly string[] | undefined): string[] {
  return [...new Set(values ?? [])].sort();
}

/** Items ordered by a canonical key, e.g. their JSON with sorted fields. */
function canonicalBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items]
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.item);
}

/** Kubernetes rules and their fields in canonical order, deduplicated, as the provider's `rule` blocks take them. */
export function canonicalKubernetesRules(rules: readonly KubernetesRule[]): {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
  nonResourceUrls?: string[];
}[] {
  return canonicalBy(
    rules.map((r) => ({
      apiGroups: canonicalList(r.apiGroups),
      resources: canonicalList(r.resources),
      verbs: canonicalList(r.verbs),
      ...(r.resourceNames ? { resourceNames: canonicalList(r.resourceNames) } : {}),
      ...(r.nonResourceUrls ? { nonResourceUrls: canonicalList(r.nonResourceUrls) } : {}),
    })),
    (r) => JSON.stringify([r.apiGroups, r.resources, r.verbs, r.resourceNames ?? [], r.nonResourceUrls ?? []]),
  );
}
