import { Grants, type KubernetesRule } from '../../../lib/model';
import { k8sEscalationRule } from '../../../lib/rules/kubernetes/k8s-escalation-rule';
import { kvGetBaseline, minimal } from '../../fixtures/minimal';
import { outcomeOf, violationsOf } from '../helpers';

/** minimal() plus BASE_DEV_K8S_NS_OPS_DELEGATE granting the rules in namespace ops of aks-dev. */
const withRules = (...rules: KubernetesRule[]) => {
  const d = minimal();
  return {
    ...d,
    baselines: [
      ...d.baselines,
      kvGetBaseline('DEV', {
        service: 'K8S',
        scope: 'NS_OPS',
        action: 'DELEGATE',
        grants: [Grants.rulesInNamespace('aks-dev', 'ops', rules)],
      }),
    ],
  };
};

describe('k8s-escalation-rule', () => {
  test('rules without escalation verbs, or limited to named objects, comply', () => {
    const d = withRules(
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'update'] },
      {
        apiGroups: ['rbac.authorization.k8s.io'],
        resources: ['clusterroles'],
        verbs: ['bind'],
        resourceNames: ['view'],
      },
    );
    expect(violationsOf(k8sEscalationRule, d)).toEqual([]);
    expect(k8sEscalationRule.level).toBe('warning');
  });

  test('warns for impersonate, bind and escalate, one finding per rule', () => {
    const d = withRules(
      { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
      { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] },
      {
        apiGroups: ['rbac.authorization.k8s.io'],
        resources: ['roles', 'rolebindings'],
        verbs: ['bind', 'escalate', 'create'],
      },
    );
    expect(violationsOf(k8sEscalationRule, d)).toEqual([
      {
        path: 'baselines.BASE_DEV_K8S_NS_OPS_DELEGATE.grants[0].rules[1]',
        message:
          'a custom rule of BASE_DEV_K8S_NS_OPS_DELEGATE in namespace ops of aks-dev allows "impersonate" (acts as another identity with all of its rights) on serviceaccounts: it reaches more than the rule lists',
        value: { verbs: ['impersonate'], resources: ['serviceaccounts'] },
        fix: 'remove the verb, or limit the rule to the objects it needs with resourceNames (e.g. bind only the "view" ClusterRole), and hold the task just in time',
      },
      {
        path: 'baselines.BASE_DEV_K8S_NS_OPS_DELEGATE.grants[0].rules[2]',
        message:
          'a custom rule of BASE_DEV_K8S_NS_OPS_DELEGATE in namespace ops of aks-dev allows "bind" (binds roles with rights the holder does not have), "escalate" (creates or updates roles with rights the holder does not have) on roles, rolebindings: it reaches more than the rule lists',
        value: { verbs: ['bind', 'escalate', 'create'], resources: ['roles', 'rolebindings'] },
        fix: 'remove the verb, or limit the rule to the objects it needs with resourceNames (e.g. bind only the "view" ClusterRole), and hold the task just in time',
      },
    ]);
  });

  test('does not apply without custom rules', () => {
    expect(outcomeOf(k8sEscalationRule, minimal())).toEqual({
      notApplicable: 'no baseline grants custom Kubernetes rules',
    });
  });
});
