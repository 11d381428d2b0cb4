/**
 * Kubernetes RBAC rules that reach more than they list: the privilege escalation risks of the Kubernetes RBAC
 * good practices (https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks):
 * the `impersonate`, `bind` and `escalate` verbs, token requests for service accounts, and workload creation (a
 * Pod can run as any ServiceAccount of its namespace). Used by `standing-cluster-admin`
 * (`k8s-escalation-rule` warns for the verbs wherever they are bound).
 */
import type { KubernetesRule } from '../../model/grants';
import type { ResolvedKubernetesGrant } from '../../model/resolved';

/** One way a rule escalates, with the (API group, resource) pairs and verbs it takes. */
interface Escalation {
  /** What it lets the holder do, for messages. */
  readonly label: string;
  /** Verbs that give it (a `*` verb gives every one). */
  readonly verbs: readonly string[];
  /** `[apiGroup, resource]` pairs (`""` is the core group). */
  readonly on: readonly (readonly [string, string])[];
  /** Resource names that keep it whole when a rule is limited by `resourceNames`. */
  readonly names: readonly string[];
  /**
   * False when a RoleBinding can't grant it: impersonating users and groups is not namespace scoped and needs a
   * ClusterRoleBinding (https://kubernetes.io/docs/reference/access-authn-authz/user-impersonation/).
   */
  readonly namespaced: boolean;
}

const WORKLOADS: readonly (readonly [string, string])[] = [
  ['', 'pods'],
  ['', 'replicationcontrollers'],
  ['apps', 'deployments'],
  ['apps', 'daemonsets'],
  ['apps', 'statefulsets'],
  ['apps', 'replicasets'],
  ['batch', 'jobs'],
  ['batch', 'cronjobs'],
];

const ESCALATIONS: readonly Escalation[] = [
  {
    label: 'impersonate users or groups (e.g. system:masters)',
    verbs: ['impersonate'],
    on: [
      ['', 'users'],
      ['', 'groups'],
    ],
    names: ['system:masters'],
    namespaced: false,
  },
  {
    label: 'impersonate service accounts',
    verbs: ['impersonate'],
    on: [['', 'serviceaccounts']],
    names: [],
    namespaced: true,
  },
  {
    label: 'bind or escalate roles beyond its own rights',
    verbs: ['bind', 'escalate'],
    on: [
      ['rbac.authorization.k8s.io', 'roles'],
      ['rbac.authorization.k8s.io', 'clusterroles'],
    ],
    names: ['cluster-admin'],
    namespaced: true,
  },
  {
    label: 'request tokens of service accounts',
    verbs: ['create'],
    on: [['', 'serviceaccounts/token']],
    names: [],
    namespaced: true,
  },
  // A create request carries no object name, so resourceNames never limits it (names: []).
  // https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
  { label: 'create workloads', verbs: ['create'], on: WORKLOADS, names: [], namespaced: true },
];

/** Whether a rule's resource entry covers `resource` (`*`, the exact resource, or `*\/<subresource>`). */
function resourceMatches(entry: string, resource: string): boolean {
  if (entry === '*' || entry === resource) return true;
  const slash = resource.indexOf('/');
  return slash > 0 && entry === `*${resource.slice(slash)}`;
}

/** Whether one rule gives an escalation. */
function gives(rule: KubernetesRule, e: Escalation): boolean {
  if (!rule.verbs.some((v) => v === '*' || e.verbs.includes(v))) return false;
  const names = rule.resourceNames ?? [];
  if (names.length > 0 && !names.some((n) => e.names.includes(n))) return false;
  return e.on.some(
    ([group, resource]) =>
      rule.apiGroups.some((g) => g === '*' || g === group) && rule.resources.some((r) => resourceMatches(r, resource)),
  );
}

/**
 * Why a Kubernetes grant is as good as cluster-admin through escalation, or undefined: bound cluster-wide, or in
 * `kube-system`, its rules let the holder impersonate, bind or escalate, request service account tokens or create
 * workloads. `kube-system` holds the service accounts of the components that run the cluster, with cluster-wide
 * rights (kube-controller-manager runs each controller as a kube-system service account bound to its
 * `system:controller:*` ClusterRole: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles). The built-in `admin`
 * and `edit` ClusterRoles do (they impersonate service accounts and create Pods), so binding them in
 * `kube-system` is flagged. Bound in another namespace, the same rules stay within it (see `k8s-escalation-rule`).
 */
export function clusterAdminEscalation(g: ResolvedKubernetesGrant): string | undefined {
  if (g.namespace !== null && g.namespace !== 'kube-system') return undefined;
  const found = ESCALATIONS.filter((e) => (g.namespace === null || e.namespaced) && g.rules.some((r) => gives(r, e)));
  if (found.length === 0) return undefined;
  const what = g.clusterRole !== undefined && !g.custom ? `ClusterRole "${g.clusterRole}"` : 'rules';
  const where = g.namespace === null ? `cluster-wide on ${g.cluster}` : `in namespace kube-system of ${g.cluster}`;
  return `${what} ${where} can ${found.map((e) => e.label).join(', ')}`;
}
