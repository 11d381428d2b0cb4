/** Rule `k8s-wildcard-rule`: custom Kubernetes rules of a baseline list their verbs and resources, no `*`. */
import { notApplicable, type Rule, type Violation } from '../rule';
import { customKubernetesRules } from '../support/custom-kubernetes-rules';

/** No wildcard verbs or resources in baseline custom rules. */
export const k8sWildcardRule: Rule = {
  id: 'k8s-wildcard-rule',
  level: 'error',
  suppressible: true,
  summary: 'custom Kubernetes rules of a baseline name their verbs and resources (no "*")',
  source: 'the task-based access model: "the smallest set of access rights"',
  check(ctx) {
    const { rules, grants } = customKubernetesRules(ctx.model);
    if (grants === 0) return notApplicable('no baseline grants custom Kubernetes rules');
    const out: Violation[] = [];
    for (const { baseline: b, grant: g, rule: r, path } of rules) {
      const wild = [...(r.verbs.includes('*') ? ['verb'] : []), ...(r.resources.includes('*') ? ['resource'] : [])];
      if (wild.length === 0) continue;
      out.push({
        path,
        message: `a custom rule of ${b.name} on ${g.cluster} allows every ${wild.join(' and every ')} ("*")`,
        value: { verbs: r.verbs, resources: r.resources },
        fix: 'list the verbs (e.g. get, list, watch) and resources (e.g. pods, deployments) the baseline needs',
      });
    }
    return out;
  },
};
