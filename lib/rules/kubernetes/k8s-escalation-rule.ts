/**
 * Rule `k8s-escalation-rule`: custom Kubernetes rules of a baseline don't name an escalation verb (`impersonate`,
 * `bind`, `escalate`) unless limited to named objects. These verbs are the ones RBAC's own escalation check lets
 * through: `bind` and `escalate` grant roles with rights the holder does not have, `impersonate` acts as another
 * identity with all of its rights, and impersonated service accounts act outside their namespace
 * (https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb, #bind-verb, #impersonate-verb;
 * https://kubernetes.io/docs/reference/access-authn-authz/user-impersonation/).
 *
 * A warning, not an error: bound in an application namespace, the holder reaches what that namespace's roles and
 * service accounts reach, and delegating namespace administration can need `bind`. Cluster-wide or in `kube-system` the same rules are cluster-admin, and
 * `standing-cluster-admin` reports them as an error when held standing; `*` verbs are `k8s-wildcard-rule` errors.
 */
import { notApplicable, type Rule, type Violation } from '../rule';
import { customKubernetesRules } from '../support/custom-kubernetes-rules';

/** The verbs that get past RBAC's escalation prevention, with what each does. */
const ESCALATION_VERBS: Readonly<Record<string, string>> = {
  impersonate: 'acts as another identity with all of its rights',
  bind: 'binds roles with rights the holder does not have',
  escalate: 'creates or updates roles with rights the holder does not have',
};

/** No escalation verb in custom rules, unless limited by resourceNames. */
export const k8sEscalationRule: Rule = {
  id: 'k8s-escalation-rule',
  level: 'warning',
  suppressible: true,
  summary:
    'custom Kubernetes rules of a baseline do not name impersonate, bind or escalate unless limited to named objects (resourceNames)',
  source:
    'the task-based access model: "the smallest set of access rights"; Kubernetes RBAC good practices (escalate, bind, impersonate verbs)',
  check(ctx) {
    const { rules, grants } = customKubernetesRules(ctx.model);
    if (grants === 0) return notApplicable('no baseline grants custom Kubernetes rules');
    const out: Violation[] = [];
    for (const { baseline: b, grant: g, rule: r, path } of rules) {
      if ((r.resourceNames ?? []).length > 0) continue;
      const verbs = r.verbs.filter((v) => ESCALATION_VERBS[v] !== undefined);
      if (verbs.length === 0) continue;
      const where =
        g.namespace === null ? `cluster-wide on ${g.cluster}` : `in namespace ${g.namespace} of ${g.cluster}`;
      out.push({
        path,
        message: `a custom rule of ${b.name} ${where} allows ${verbs.map((v) => `"${v}" (${ESCALATION_VERBS[v]})`).join(', ')} on ${r.resources.join(', ')}: it reaches more than the rule lists`,
        value: { verbs: r.verbs, resources: r.resources },
        fix: 'remove the verb, or limit the rule to the objects it needs with resourceNames (e.g. bind only the "view" ClusterRole), and hold the task just in time',
      });
    }
    return out;
  },
};
