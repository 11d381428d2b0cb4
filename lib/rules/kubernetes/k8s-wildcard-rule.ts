/** Rule `k8s-wildcard-rule`: custom Kubernetes rules of a baseline list their verbs and resources, no `*`. */
import { baselinePath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** No wildcard verbs or resources in baseline custom rules. */
export const k8sWildcardRule: Rule = {
  id: 'k8s-wildcard-rule',
  level: 'error',
  suppressible: true,
  summary: 'custom Kubernetes rules of a baseline name their verbs and resources (no "*")',
  source: 'seed 2.1 "the smallest set of access rights needed to perform a specific operation"',
  check(ctx) {
    const out: Violation[] = [];
    let custom = 0;
    for (const b of ctx.model.baselines) {
      b.grants.forEach((g, i) => {
        if (g.kind !== 'kubernetes' || !g.custom) return;
        custom++;
        g.rules.forEach((r, j) => {
          const wild = [...(r.verbs.includes('*') ? ['verb'] : []), ...(r.resources.includes('*') ? ['resource'] : [])];
          if (wild.length === 0) return;
          out.push({
            path: `${baselinePath(b.name)}.grants[${i}].rules[${j}]`,
            message: `a custom rule of ${b.name} on ${g.cluster} allows every ${wild.join(' and every ')} ("*")`,
            value: { verbs: r.verbs, resources: r.resources },
            fix: 'list the verbs (e.g. get, list, watch) and resources (e.g. pods, deployments) the baseline needs',
          });
        });
      });
    }
    return custom === 0 ? notApplicable('no baseline grants custom Kubernetes rules') : out;
  },
};
