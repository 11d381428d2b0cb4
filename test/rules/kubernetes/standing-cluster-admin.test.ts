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
        fix: 'make TASK_DEV_CLUSTER_ADMIN eligible in ROLE_DEVELOPER with a jit policy (approval, short activation), or bind a narrower ClusterRole (admin/edit in a namespace)',
      },
    ]);
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
