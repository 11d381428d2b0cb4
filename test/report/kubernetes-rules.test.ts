/** Kubernetes RBAC evaluation: wildcards, subresources, resource names, non-resource URLs, where a grant is bound. */
import { findKubernetesClusterRole } from '../../lib/catalog/kubernetes-roles';
import type { KubernetesRule } from '../../lib/model/grants';
import type { ResolvedKubernetesGrant } from '../../lib/model/resolved';
import { describeRule, grantAllows, ruleAllows, type KubernetesRequest } from '../../lib/report/kubernetes-rules';

const rule = (r: Partial<KubernetesRule>): KubernetesRule => ({
  apiGroups: [''],
  resources: ['pods'],
  verbs: ['get'],
  ...r,
});
const req = (r: Partial<KubernetesRequest>): KubernetesRequest => ({
  cluster: 'aks-prod',
  verb: 'get',
  namespace: 'a',
  resource: 'pods',
  ...r,
});
const grant = (g: Partial<ResolvedKubernetesGrant>): ResolvedKubernetesGrant => ({
  kind: 'kubernetes',
  cluster: 'aks-prod',
  namespace: 'a',
  custom: true,
  rules: [rule({ resources: ['secrets'], verbs: ['get', 'list'] })],
  ...g,
});

describe('ruleAllows', () => {
  test('verbs, API groups and resources match exactly or by *', () => {
    expect(ruleAllows(rule({}), req({}))).toBe(true);
    expect(ruleAllows(rule({}), req({ verb: 'delete' }))).toBe(false);
    expect(ruleAllows(rule({ verbs: ['*'] }), req({ verb: 'delete' }))).toBe(true);
    expect(
      ruleAllows(
        rule({ apiGroups: ['apps'], resources: ['deployments'] }),
        req({ resource: 'deployments', apiGroup: 'apps' }),
      ),
    ).toBe(true);
    expect(
      ruleAllows(
        rule({ apiGroups: ['apps'], resources: ['deployments'] }),
        req({ resource: 'deployments', apiGroup: '' }),
      ),
    ).toBe(false);
    expect(
      ruleAllows(rule({ apiGroups: ['*'], resources: ['*'] }), req({ resource: 'deployments', apiGroup: 'apps' })),
    ).toBe(true);
  });

  test('an unspecified API group is covered by a rule of any group', () => {
    expect(
      ruleAllows(rule({ apiGroups: ['apps'], resources: ['deployments'] }), req({ resource: 'deployments' })),
    ).toBe(true);
  });

  test('a rule on pods does not cover pods/log; * and */log do', () => {
    expect(ruleAllows(rule({}), req({ resource: 'pods/log' }))).toBe(false);
    expect(ruleAllows(rule({ resources: ['pods/log'] }), req({ resource: 'pods/log' }))).toBe(true);
    expect(ruleAllows(rule({ resources: ['*/log'] }), req({ resource: 'pods/log' }))).toBe(true);
    expect(ruleAllows(rule({ resources: ['*'] }), req({ resource: 'pods/log' }))).toBe(true);
    expect(ruleAllows(rule({ resources: ['pods/*'] }), req({ resource: 'pods/log' }))).toBe(false);
  });

  test('resourceNames limit the rule to requests naming one of them', () => {
    const named = rule({ resources: ['configmaps'], resourceNames: ['app-config'] });
    expect(ruleAllows(named, req({ resource: 'configmaps', resourceName: 'app-config' }))).toBe(true);
    expect(ruleAllows(named, req({ resource: 'configmaps', resourceName: 'other' }))).toBe(false);
    expect(ruleAllows(named, req({ resource: 'configmaps' }))).toBe(false);
    expect(
      ruleAllows(rule({ resources: ['configmaps'] }), req({ resource: 'configmaps', resourceName: 'other' })),
    ).toBe(true);
  });

  test('non-resource URLs match exactly, by *, or by a prefix ending in *, and never a resource rule', () => {
    const urls = rule({ apiGroups: [], resources: [], nonResourceUrls: ['/healthz', '/metrics/*'] });
    const url = (u: string): KubernetesRequest => ({ cluster: 'aks-prod', verb: 'get', nonResourceUrl: u });
    expect(ruleAllows(urls, url('/healthz'))).toBe(true);
    expect(ruleAllows(urls, url('/healthz/ready'))).toBe(false);
    expect(ruleAllows(urls, url('/metrics/cadvisor'))).toBe(true);
    expect(ruleAllows(rule({ resources: ['*'], apiGroups: ['*'] }), url('/healthz'))).toBe(false);
    expect(ruleAllows(urls, req({}))).toBe(false);
  });
});

describe('grantAllows: where the grant is bound', () => {
  test('a namespaced grant (RoleBinding) only allows in its namespace, never cluster-scoped', () => {
    const g = grant({});
    expect(grantAllows(g, req({ resource: 'secrets', namespace: 'a' }))).toEqual(g.rules[0]);
    expect(grantAllows(g, req({ resource: 'secrets', namespace: 'b' }))).toBeUndefined();
    expect(grantAllows(g, req({ resource: 'secrets', namespace: undefined }))).toBeUndefined();
  });

  test('a cluster-wide grant (ClusterRoleBinding) allows in every namespace and cluster-scoped, on its cluster only', () => {
    const g = grant({ namespace: null });
    expect(grantAllows(g, req({ resource: 'secrets', namespace: 'b' }))).toEqual(g.rules[0]);
    expect(grantAllows(g, req({ resource: 'secrets', namespace: undefined }))).toEqual(g.rules[0]);
    expect(grantAllows(g, req({ resource: 'secrets', cluster: 'aks-dev' }))).toBeUndefined();
  });

  test('cluster-admin allows non-resource URLs cluster-wide but not through a RoleBinding', () => {
    const rules = findKubernetesClusterRole('cluster-admin')?.rules ?? [];
    const url: KubernetesRequest = { cluster: 'aks-prod', verb: 'get', nonResourceUrl: '/healthz' };
    expect(grantAllows(grant({ namespace: null, rules, custom: false, clusterRole: 'cluster-admin' }), url)).toEqual(
      rules[1],
    );
    expect(
      grantAllows(grant({ namespace: 'a', rules, custom: false, clusterRole: 'cluster-admin' }), url),
    ).toBeUndefined();
  });

  test('the built-in view role reads pods but not secrets; edit reads secrets', () => {
    const view = grant({ rules: findKubernetesClusterRole('view')?.rules ?? [], custom: false, clusterRole: 'view' });
    const edit = grant({ rules: findKubernetesClusterRole('edit')?.rules ?? [], custom: false, clusterRole: 'edit' });
    expect(grantAllows(view, req({ verb: 'list', resource: 'pods' }))).toBeDefined();
    expect(grantAllows(view, req({ resource: 'secrets' }))).toBeUndefined();
    expect(grantAllows(edit, req({ resource: 'secrets' }))).toBeDefined();
  });
});

test('describeRule says verbs on resources, names and API groups', () => {
  expect(describeRule(rule({ verbs: ['get', 'list'], resources: ['pods', 'pods/log'] }))).toBe(
    'get, list on pods, pods/log',
  );
  expect(describeRule(rule({ apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web'] }))).toBe(
    'get on deployments named web (API groups: apps)',
  );
  expect(describeRule(rule({ apiGroups: [], resources: [], nonResourceUrls: ['/healthz'] }))).toBe(
    'get on non-resource URL /healthz',
  );
  expect(describeRule(rule({ apiGroups: [], resources: [], nonResourceUrls: ['/healthz', '/version'] }))).toBe(
    'get on non-resource URLs /healthz, /version',
  );
});
