/**
 * Rule `standing-cluster-admin`: no role holds standing a task that reaches cluster-admin: a binding to the
 * `cluster-admin` ClusterRole, custom rules allowing every verb on every resource, the AKS Azure roles that give
 * the same (`Azure Kubernetes Service RBAC Cluster Admin`, `Azure Kubernetes Service Cluster Admin Role`), or rules
 * that escalate to it: bound cluster-wide or in `kube-system`, impersonating users, groups or service accounts,
 * `bind`/`escalate` on roles, service account tokens or workload creation (so `admin` or `edit` in `kube-system`).
 */
import type { ResolvedGrant } from '../../model/resolved';
import { clusterAdminEscalation } from '../support/k8s-escalation';
import { standingGrantViolations } from '../support/standing-grants';
import type { Rule } from '../rule';

/** Azure roles equivalent to cluster-admin on an AKS cluster. */
export const AKS_CLUSTER_ADMIN_AZURE_ROLES: readonly string[] = [
  'Azure Kubernetes Service Cluster Admin Role',
  'Azure Kubernetes Service RBAC Cluster Admin',
];

function clusterAdmin(g: ResolvedGrant): string | undefined {
  if (g.kind === 'kubernetes') {
    const where = g.namespace === null ? `cluster-wide on ${g.cluster}` : `in namespace ${g.namespace} of ${g.cluster}`;
    if (g.clusterRole === 'cluster-admin') return `cluster-admin ${where}`;
    if (g.custom && g.rules.some((r) => r.verbs.includes('*') && r.resources.includes('*')))
      return `rules allowing every verb on every resource ${where}`;
    return clusterAdminEscalation(g);
  }
  if (g.kind === 'azureRole' && AKS_CLUSTER_ADMIN_AZURE_ROLES.includes(g.roleName)) return `Azure role "${g.roleName}"`;
  return undefined;
}

/** No standing binding to cluster-admin or its equivalents. */
export const standingClusterAdmin: Rule = {
  id: 'standing-cluster-admin',
  level: 'error',
  suppressible: true,
  summary:
    'no role holds standing a task that reaches cluster-admin (binding, equivalent rules, AKS admin Azure roles, or escalation cluster-wide or in kube-system)',
  source:
    'the task-based access model: "updating critical infrastructure ... too sensitive for permanent access"; Kubernetes RBAC good practices (privilege escalation risks)',
  check(ctx) {
    return standingGrantViolations(ctx, clusterAdmin, (role, task, hits) => ({
      message: `${role} holds ${task} standing, and it reaches cluster-admin: ${hits.join('; ')}`,
      value: task,
      fix: `make ${task} eligible in ${role} with a jit policy (approval, short activation), or bind a narrower ClusterRole (admin/edit in an application namespace, not kube-system)`,
    }));
  },
};
