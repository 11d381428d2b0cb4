/**
 * Kubernetes RBAC evaluation, offline, as the API server's RBAC authorizer does it
 * (kubernetes pkg/apis/rbac/v1/evaluation_helpers.go, plugin/pkg/auth/authorizer/rbac/rbac.go):
 * - verbs, API groups and resources match exactly or by `*`; a rule on `pods` does not cover `pods/log`, while
 *   `*` does, and so does a `*` + `/log` entry; `resourceNames`, when set, only allow requests naming one of them;
 * - non-resource URLs match exactly, by `*`, or by a prefix ending in `*`, and only through cluster-wide bindings;
 * - a RoleBinding (a namespaced grant) only allows requests in its namespace; a ClusterRoleBinding allows them
 *   in every namespace and on cluster-scoped resources.
 * Rules are additive: there are no deny rules.
 */
import type { KubernetesRule } from '../model/grants';
import type { ResolvedKubernetesGrant } from '../model/resolved';

/** A Kubernetes API request to evaluate. */
export interface KubernetesRequest {
  /** Cluster name as declared in the definition. */
  readonly cluster: string;
  /** The verb: `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, `deletecollection`, ... */
  readonly verb: string;
  /**
   * Namespace of the request; undefined for a cluster-scoped request (a cluster-scoped resource such as `nodes`,
   * a request across all namespaces, or a non-resource URL).
   */
  readonly namespace?: string;
  /** Resource, optionally with a subresource: `secrets`, `pods/log`. Exactly one of `resource` and `nonResourceUrl`. */
  readonly resource?: string;
  /** API group of the resource (`""` for core); undefined matches a rule of any group. */
  readonly apiGroup?: string;
  /** Name of the object, when the request names one. @default - none (e.g. `list`, `create`) */
  readonly resourceName?: string;
  /** A non-resource URL such as `/healthz`. */
  readonly nonResourceUrl?: string;
}

/** True when the rule's verbs cover the verb. */
export function verbMatches(rule: KubernetesRule, verb: string): boolean {
  return rule.verbs.some((v) => v === '*' || v === verb);
}

/** True when the rule's API groups cover the group; an undefined group is covered by any. */
export function apiGroupMatches(rule: KubernetesRule, group: string | undefined): boolean {
  if (group === undefined) return rule.apiGroups.length > 0;
  return rule.apiGroups.some((g) => g === '*' || g === group);
}

/** True when the rule's resources cover `resource` (`pods`, or `pods/log` with a subresource). */
export function resourceMatches(rule: KubernetesRule, resource: string): boolean {
  const slash = resource.indexOf('/');
  const subresource = slash >= 0 ? resource.slice(slash + 1) : '';
  return rule.resources.some((r) => r === '*' || r === resource || (subresource !== '' && r === `*/${subresource}`));
}

/** True when the rule's resource names (if any) include the requested name. */
export function resourceNameMatches(rule: KubernetesRule, name: string | undefined): boolean {
  if (!rule.resourceNames || rule.resourceNames.length === 0) return true;
  return name !== undefined && rule.resourceNames.includes(name);
}

/** True when the rule's non-resource URLs cover the URL. */
export function nonResourceUrlMatches(rule: KubernetesRule, url: string): boolean {
  return (rule.nonResourceUrls ?? []).some(
    (u) => u === '*' || u === url || (u.endsWith('*') && url.startsWith(u.slice(0, -1))),
  );
}

/** True when one rule allows the request, ignoring where it is bound. */
export function ruleAllows(rule: KubernetesRule, req: KubernetesRequest): boolean {
  if (!verbMatches(rule, req.verb)) return false;
  if (req.nonResourceUrl !== undefined) return nonResourceUrlMatches(rule, req.nonResourceUrl);
  if (req.resource === undefined) return false;
  return (
    apiGroupMatches(rule, req.apiGroup) &&
    resourceMatches(rule, req.resource) &&
    resourceNameMatches(rule, req.resourceName)
  );
}

/** True when the grant's binding covers the request's cluster and namespace. */
export function bindingCovers(grant: ResolvedKubernetesGrant, req: KubernetesRequest): boolean {
  if (grant.cluster !== req.cluster) return false;
  if (grant.namespace === null) return true;
  return req.nonResourceUrl === undefined && req.namespace === grant.namespace;
}

/** The first rule of the grant that allows the request where the grant is bound, or undefined. */
export function grantAllows(grant: ResolvedKubernetesGrant, req: KubernetesRequest): KubernetesRule | undefined {
  if (!bindingCovers(grant, req)) return undefined;
  return grant.rules.find((r) => ruleAllows(r, req));
}

/**
 * `get, list, watch on pods, pods/log (apps)`: one rule in a line. A non-resource rule says so
 * (`get on non-resource URLs /healthz, /version`), so `*` on every URL can't read as `*` on every resource.
 */
export function describeRule(rule: KubernetesRule): string {
  const urls = rule.nonResourceUrls ?? [];
  const what =
    urls.length > 0 ? `non-resource URL${urls.length === 1 ? '' : 's'} ${urls.join(', ')}` : rule.resources.join(', ');
  const groups = rule.apiGroups.filter((g) => g !== '');
  const groupText = rule.nonResourceUrls?.length
    ? ''
    : groups.length === 0
      ? ''
      : ` (API groups: ${rule.apiGroups.map((g) => (g === '' ? 'core' : g)).join(', ')})`;
  const names = rule.resourceNames && rule.resourceNames.length > 0 ? ` named ${rule.resourceNames.join(', ')}` : '';
  return `${rule.verbs.join(', ')} on ${what}${names}${groupText}`;
}
