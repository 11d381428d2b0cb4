import { Grants, type AccessModelDefinition, type Grant, type RoleDefinition } from '../../../lib/model';
import { standingClusterAdmin } from '../../../lib/rules/kubernetes/standing-cluster-admin';
import { developerRole, minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const AKS =
  '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev';

/** minimal() plus BASE_DEV_K8S_CLUSTER_ADMIN (the given grants) in TASK_DEV_CLUSTER_ADMIN, held by `role`. */
function clusterAdmin(grants: Grant[], role: RoleDefinition): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    baselines: [...d.baselines, { environment: 'DEV', service: 'K8S', scope: 'CLUSTER', action: 'ADMIN', grants }],
    tasks: [
      ...d.tasks,
      {
        environment: 'DEV',
        name: 'CLUSTER_ADMIN',
        baselines: ['BASE_DEV_K8S_CLUSTER_ADMIN'],
        jit: { maximumActivation: 'PT1H' },
      },
    ],
    roles: [role],
  };
}

describe('standing-cluster-admin', () => {
  test('cluster-admin held eligible complies', () => {
    const d = clusterAdmin(
      [Grants.clusterRoleClusterWide('aks-dev', 'cluster-admin')],
      developerRole({ eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_CLUSTER_ADMIN'] }),
    );
    expect(violationsOf(standingClusterAdmin, d)).toEqual([]);
  });

  test('fails for a standing task reaching a cluster-admin binding', () => {
    const d = clusterAdmin(
      [Grants.clusterRoleClusterWide('aks-dev', 'cluster-admin')],
      developerRole({ standing: ['TASK_DEV_VIEWER', 'TASK_DEV_CLUSTER_ADMIN'] }),
    );
    expect(violationsOf(standingClusterAdmin, d)).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.standing[1]',
        message:
          'ROLE_DEVELOPER holds TASK_DEV_CLUSTER_ADMIN standing, and it reaches cluster-admin: BASE_DEV_K8S_CLUSTER_ADMIN (cluster-admin cluster-wide on aks-dev)',
        value: 'TASK_DEV_CLUSTER_ADMIN',
        fix: 'make TASK_DEV_CLUSTER_ADMIN eligible in ROLE_DEVELOPER with a jit policy (approval, short activation), or bind a narrower ClusterRole (admin/edit in an application namespace, not kube-system)',
      },
    ]);
  });

  test('admin or edit in an application namespace, and escalation rules in one, are no cluster-admin', () => {
    const grants = [
      Grants.clusterRoleInNamespace('aks-dev', 'app', 'admin'),
      Grants.clusterRoleInNamespace('aks-dev', 'app', 'edit'),
      Grants.rulesInNamespace('aks-dev', 'app', [
        { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] },
        { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], verbs: ['bind', 'escalate'] },
      ]),
      Grants.clusterRoleClusterWide('aks-dev', 'view'),
      Grants.clusterRoleInNamespace('aks-dev', 'kube-system', 'view'),
    ];
    const d = clusterAdmin(grants, developerRole({ standing: ['TASK_DEV_CLUSTER_ADMIN'] }));
    expect(violationsOf(standingClusterAdmin, d)).toEqual([]);
  });

  test('fails for admin bound in kube-system: it impersonates the service accounts of cluster components', () => {
    const d = clusterAdmin(
      [Grants.clusterRoleInNamespace('aks-dev', 'kube-system', 'admin')],
      developerRole({ standing: ['TASK_DEV_CLUSTER_ADMIN'] }),
    );
    expect(violationsOf(standingClusterAdmin, d)).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.standing[0]',
        message:
          'ROLE_DEVELOPER holds TASK_DEV_CLUSTER_ADMIN standing, and it reaches cluster-admin: BASE_DEV_K8S_CLUSTER_ADMIN (ClusterRole "admin" in namespace kube-system of aks-dev can impersonate service accounts, request tokens of service accounts, create workloads)',
        value: 'TASK_DEV_CLUSTER_ADMIN',
        fix: 'make TASK_DEV_CLUSTER_ADMIN eligible in ROLE_DEVELOPER with a jit policy (approval, short activation), or bind a narrower ClusterRole (admin/edit in an application namespace, not kube-system)',
      },
    ]);
  });

  test.each([
    [
      'impersonate users and groups',
      { apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] },
      'impersonate users or groups (e.g. system:masters)',
    ],
    [
      'impersonate through a verb wildcard on service accounts (not their token subresource)',
      { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['*'] },
      'impersonate service accounts',
    ],
    [
      'bind on clusterroles',
      { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['bind'] },
      'bind or escalate roles beyond its own rights',
    ],
    [
      'escalate through a resource wildcard',
      { apiGroups: ['*'], resources: ['*'], verbs: ['escalate'] },
      'bind or escalate roles beyond its own rights',
    ],
    [
      'bind limited to the cluster-admin ClusterRole',
      {
        apiGroups: ['rbac.authorization.k8s.io'],
        resources: ['clusterroles'],
        verbs: ['bind'],
        resourceNames: ['cluster-admin'],
      },
      'bind or escalate roles beyond its own rights',
    ],
    [
      'service account tokens through a subresource wildcard',
      { apiGroups: [''], resources: ['*/token'], verbs: ['create'] },
      'request tokens of service accounts',
    ],
  ])('fails for cluster-wide rules that %s', (_what, rule, can) => {
    const d = clusterAdmin(
      [Grants.rulesClusterWide('aks-dev', [rule])],
      developerRole({ standing: ['TASK_DEV_CLUSTER_ADMIN'] }),
    );
    expect(violationsOf(standingClusterAdmin, d).map((v) => v.message)).toEqual([
      `ROLE_DEVELOPER holds TASK_DEV_CLUSTER_ADMIN standing, and it reaches cluster-admin: BASE_DEV_K8S_CLUSTER_ADMIN (rules cluster-wide on aks-dev can ${can})`,
    ]);
  });

  test('cluster-wide rules limited to named objects, or impersonating users in a namespace, are no cluster-admin', () => {
    const grants = [
      Grants.rulesClusterWide('aks-dev', [
        { apiGroups: [''], resources: ['users'], verbs: ['impersonate'], resourceNames: ['jane@contoso.com'] },
        {
          apiGroups: ['rbac.authorization.k8s.io'],
          resources: ['clusterroles'],
          verbs: ['bind'],
          resourceNames: ['view'],
        },
        { apiGroups: ['apps'], resources: ['pods'], verbs: ['create'] }, // pods are in the core group, not apps
      ]),
      Grants.rulesInNamespace('aks-dev', 'kube-system', [
        { apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] },
      ]),
    ];
    const d = clusterAdmin(grants, developerRole({ standing: ['TASK_DEV_CLUSTER_ADMIN'] }));
    expect(violationsOf(standingClusterAdmin, d)).toEqual([]);
  });

  test('fails for the AKS admin Azure role and for rules allowing every verb on every resource', () => {
    const grants = [
      Grants.azureRole('Azure Kubernetes Service RBAC Cluster Admin', AKS),
      Grants.rulesInNamespace('aks-dev', 'ops', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
    ];
    const [v] = violationsOf(
      standingClusterAdmin,
      clusterAdmin(grants, developerRole({ standing: ['TASK_DEV_CLUSTER_ADMIN'] })),
    );
    expect(v.message).toBe(
      'ROLE_DEVELOPER holds TASK_DEV_CLUSTER_ADMIN standing, and it reaches cluster-admin: BASE_DEV_K8S_CLUSTER_ADMIN (Azure role "Azure Kubernetes Service RBAC Cluster Admin"); BASE_DEV_K8S_CLUSTER_ADMIN (rules allowing every verb on every resource in namespace ops of aks-dev)',
    );
  });
});
