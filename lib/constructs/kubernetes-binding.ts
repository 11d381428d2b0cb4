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
import { renderAs } from './addresses';
import { canonicalKubernetesRules } from './canonical-order';
import { planKubernetesBinding, type PlannedKubernetesBinding } from './plan/planned-resource';

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
  /** Its resources as the unit plan names them. @default - planned from `baselineName` and `grant` */
  readonly planned?: PlannedKubernetesBinding;
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
    const planned = props.planned ?? planKubernetesBinding(props.baselineName, g);
    const metadata = {
      name: objectName,
      labels: { 'app.kubernetes.io/managed-by': 'cdktf-task-access' },
      annotations: { 'task-access/entra-group': props.baselineName },
      ...(g.namespace !== null ? { namespace: g.namespace } : {}),
    };
    // Rules and their fields in a canonical order (canonical-order.ts): reordering them changes nothing.
    const rules = !g.custom ? [] : canonicalKubernetesRules(g.rules);
    let roleRef = { apiGroup: RBAC, kind: 'ClusterRole', name: g.clusterRole as string };
    if (planned.role) {
      this.role =
        g.namespace !== null
          ? renderAs(new RoleV1(this, 'role', { provider: props.provider, metadata, rule: rules }), planned.role)
          : renderAs(
              new ClusterRoleV1(this, 'role', { provider: props.provider, metadata, rule: rules }),
              planned.role,
            );
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
        ? renderAs(new RoleBindingV1(this, 'binding', config), planned.binding)
        : renderAs(new ClusterRoleBindingV1(this, 'binding', config), planned.binding);
  }
}
