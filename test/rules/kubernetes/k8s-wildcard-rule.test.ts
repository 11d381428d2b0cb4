import { Grants, type KubernetesRule } from '../../../lib/model';
import { k8sWildcardRule } from '../../../lib/rules/kubernetes/k8s-wildcard-rule';
import { kvGetBaseline, minimal } from '../../fixtures/minimal';
import { outcomeOf, violationsOf } from '../helpers';

const withRules = (...rules: KubernetesRule[]) => {
  const d = minimal();
  return {
    ...d,
    baselines: [
      ...d.baselines,
      kvGetBaseline('DEV', {
        service: 'K8S',
        scope: 'NS_OPS',
        action: 'PODLOGS',
        grants: [Grants.rulesInNamespace('aks-dev', 'ops', rules)],
      }),
    ],
  };
};

describe('k8s-wildcard-rule', () => {
  test('rules naming their verbs and resources comply', () => {
    expect(
      violationsOf(
        k8sWildcardRule,
        withRules({ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }),
      ),
    ).toEqual([]);
  });

  test('fails for a wildcard verb, and for wildcard verbs and resources, one finding per rule', () => {
    const d = withRules(
      { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['*'] },
      { apiGroups: ['apps'], resources: ['*'], verbs: ['*'] },
    );
    expect(violationsOf(k8sWildcardRule, d)).toEqual([
      {
        path: 'baselines.BASE_DEV_K8S_NS_OPS_PODLOGS.grants[0].rules[1]',
        message: 'a custom rule of BASE_DEV_K8S_NS_OPS_PODLOGS on aks-dev allows every verb ("*")',
        value: { verbs: ['*'], resources: ['pods'] },
        fix: 'list the verbs (e.g. get, list, watch) and resources (e.g. pods, deployments) the baseline needs',
      },
      {
        path: 'baselines.BASE_DEV_K8S_NS_OPS_PODLOGS.grants[0].rules[2]',
        message: 'a custom rule of BASE_DEV_K8S_NS_OPS_PODLOGS on aks-dev allows every verb and every resource ("*")',
        value: { verbs: ['*'], resources: ['*'] },
        fix: 'list the verbs (e.g. get, list, watch) and resources (e.g. pods, deployments) the baseline needs',
      },
    ]);
  });

  test('does not apply to built-in ClusterRoles (cluster-admin is standing-cluster-admin)', () => {
    expect(outcomeOf(k8sWildcardRule, minimal())).toEqual({
      notApplicable: 'no baseline grants custom Kubernetes rules',
    });
  });
});
