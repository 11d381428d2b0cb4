/**
 * A Kubernetes grant of a baseline: a RoleBinding in the baseline's namespace, or a ClusterRoleBinding only
 * for a cluster-wide grant; custom rules get their own Role/ClusterRole. The subject is the baseline group
 * by object ID (AKS sees Entra groups by object ID), with the subject namespace set explicitly to "" so the
 * provider doesn't default it to "default" (terraform-provider-kubernetes #710).
 */
import { ClusterRoleBindingV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-binding-v1';
import { ClusterRoleV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-v1';
import { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';
import { RoleV1 } from '@cdktf/provider-kubernetes/lib/role-v1';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { kebabName } from '../model/names';
import type { ResolvedKubernetesGrant } from '../model/resolved';
import { named } from './addresses';
import { canonicalKubernetesRules } from './canonical-order';

const RBAC = 'rbac.authorization.k8s.io';

/** Props of {@link KubernetesBinding}. */
export interface KubernetesBindingProps {
  /** Name of the baseline granting, for the names and addresses of the binding. */
  readonly baselineName: string;
  /** Object ID of the baseline's group: the binding's Group subject. */
  readonly groupObjectId: string;
  /** The resolved Kubernetes grant. */
  readonly grant: ResolvedKubernetesGrant;
  /** The cluster's provider. */
  readonly provider: TerraformProvider;
}

/** The binding (and custom role) of one Kubernetes grant. */
export class KubernetesBinding extends Construct {
  /** The RoleBinding or ClusterRoleBinding. */
  public readonly binding: RoleBindingV1 | ClusterRoleBindingV1;
  /** The custom Role or ClusterRole, when the grant has rules. */
  public readonly role?: RoleV1 | ClusterRoleV1;

  constructor(scope: Construct, id: string, props: KubernetesBindingProps) {
    super(scope, id);
    const g = props.grant;
    const base = kebabName(props.baselineName);
    const objectName = g.custom ? base : `${base}-${g.clusterRole}`;
    const where = g.namespace ?? 'cluster';
    const addr = [props.baselineName, g.cluster, where, g.custom ? 'rules' : (g.clusterRole as string)];
    const metadata = {
      name: objectName,
      labels: { 'app.kubernetes.io/managed-by': 'cdktf-task-access' },
      annotations: { 'task-access/entra-group': props.baselineName },
      ...(g.namespace !== null ? { namespace: g.namespace } : {}),
    };
    // Rules and their fields in a canonical order (canonical-order.ts): reordering them changes nothing.
    const rules = !g.custom ? [] : canonicalKubernetesRules(g.rules);
    let roleRef = { apiGroup: RBAC, kind: 'ClusterRole', name: g.clusterRole as string };
    if (g.custom) {
      this.role =
        g.namespace !== null
          ? named(new RoleV1(this, 'role', { provider: props.provider, metadata, rule: rules }), ...addr)
          : named(new ClusterRoleV1(this, 'role', { provider: props.provider, metadata, rule: rules }), ...addr);
      roleRef = { apiGroup: RBAC, kind: g.namespace !== null ? 'Role' : 'ClusterRole', name: objectName };
    }
    const subject = [{ kind: 'Group', name: props.groupObjectId, apiGroup: RBAC, namespace: '' }];
    const config = {
      provider: props.provider,
      metadata,
      roleRef,
      subject,
      ...(this.role ? { dependsOn: [this.role] } : {}),
    };
    this.binding =
      g.namespace !== null
        ? named(new RoleBindingV1(this, 'binding', config), ...addr)
        : named(new ClusterRoleBindingV1(this, 'binding', config), ...addr);
  }
}
