/**
 * A baseline group and what it grants: Azure role assignments (principal_type Group), an Entra directory
 * role, Kubernetes bindings; its VPN pool is read by {@link VpnUserGroups}. A role-assignable baseline also
 * carries the PIM policy of the tasks that reach it. It renders the resources of its plan (plan/layer-plans.ts).
 */
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import type { ResolvedGroupOwners } from '../model/group-owners';
import type { ResolvedBaseline, ResolvedJitPolicy } from '../model/resolved';
import { renderAs, shortHash } from './addresses';
import type { CustomRole } from './custom-roles';
import { createLayerGroup } from './entra-group';
import { GroupJitPolicy } from './jit-policy';
import { KubernetesBinding } from './kubernetes-binding';
import { planBaselineResources, type BaselineResources, type PlannedGrant } from './plan/layer-plans';
import type { PlannedResource } from './plan/planned-resource';
import { scopedRoleDefinitionId } from './role-definition-id';
import type { AccessProviders } from './providers';

/** Props of {@link BaselineGroup}. */
export interface BaselineGroupProps {
  /** The resolved baseline. */
  readonly baseline: ResolvedBaseline;
  /** Providers of the stack the baseline is placed in. */
  readonly providers: AccessProviders;
  /** Custom role constructs by name. */
  readonly customRoles: ReadonlyMap<string, CustomRole>;
  /** Put `prevent_destroy` on the group. */
  readonly preventDestroy: boolean;
  /** Owners of the group (the model's `groupOwners`). @default - the deploying identity only, read at plan time */
  readonly groupOwners?: ResolvedGroupOwners;
  /** For a role-assignable baseline reached just in time: the policy of the tasks that reach it. */
  readonly jitPolicy?: {
    /** The policy. */
    readonly policy: ResolvedJitPolicy;
    /** Its approvers, resolved to object IDs. */
    readonly approvers: GroupJitPolicyApprovers;
  };
  /** What to create, from the unit plan. @default - planned from `baseline` (with a policy when `jitPolicy` is given) */
  readonly plan?: BaselineResources;
}

/** Approvers with object IDs and PIM types. */
export type GroupJitPolicyApprovers = readonly {
  /** Object ID of the approving user or group. */
  readonly objectId: string;
  /** `singleUser` for a user, `groupMembers` for a group, as PIM names them. */
  readonly type: 'singleUser' | 'groupMembers';
}[];

/** One baseline: its group and its grants. */
export class BaselineGroup extends Construct {
  /** The Entra group. */
  public readonly group: GroupWithoutMembers;
  /** The PIM policy, for a role-assignable baseline reached just in time. */
  public readonly policy?: GroupJitPolicy;

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: BaselineGroupProps) {
    super(scope, id);
    const b = props.baseline;
    const plan = props.plan ?? planBaselineResources(b, props.jitPolicy !== undefined);
    this.group = createLayerGroup(this, {
      displayName: b.name,
      description: b.description,
      roleAssignable: b.roleAssignable,
      preventDestroy: props.preventDestroy,
      owners: props.groupOwners,
      provider: props.providers.azuread,
      planned: plan.group,
    });
    plan.grants.forEach((g) => this.addGrant(g, props));
    if (plan.policy) {
      if (!props.jitPolicy)
        throw new Error(`BaselineGroup ${b.name}: its plan has a PIM policy, so it needs jitPolicy`);
      this.policy = new GroupJitPolicy(this, 'jit', {
        groupName: b.name,
        groupObjectId: this.group.objectId,
        policy: props.jitPolicy.policy,
        approvers: props.jitPolicy.approvers,
        provider: props.providers.azuread,
        dependsOn: [this.group],
        planned: plan.policy,
      });
    }
  }

  /** `azurerm_role_assignment.<baseline>__<role>__<scope hash>`: the group gets the role at the scope. */
  private assignAzureRole(
    props: BaselineGroupProps,
    id: string,
    scope: string,
    roleDefinitionId: string,
    planned: PlannedResource,
  ): void {
    const b = props.baseline;
    renderAs(
      new RoleAssignment(this, `${id}-${shortHash(scope)}`, {
        provider: props.providers.azurerm,
        scope,
        roleDefinitionId,
        principalId: this.group.objectId,
        principalType: 'Group',
        description: `cdktf-task-access: ${b.name}`,
      }),
      planned,
    );
  }

  private addGrant(planned: PlannedGrant, props: BaselineGroupProps): void {
    const b = props.baseline;
    if (planned.kind === 'kubernetes') {
      const g = planned.grant;
      new KubernetesBinding(this, `k8s:${g.cluster}:${g.namespace ?? ''}:${g.clusterRole ?? 'rules'}`, {
        baselineName: b.name,
        groupObjectId: this.group.objectId,
        grant: g,
        provider: props.providers.kubernetes(g.cluster),
        planned: planned.kubernetes,
      });
      return;
    }
    const g = planned.grant;
    switch (g.kind) {
      case 'azureRole':
        this.assignAzureRole(
          props,
          `azure-${g.roleName}`,
          g.scope,
          scopedRoleDefinitionId(g.scope, g.roleDefinitionId),
          planned.assignment,
        );
        return;
      case 'azureCustomRole':
        this.assignAzureRole(
          props,
          `custom-${g.roleName}`,
          g.scope,
          (props.customRoles.get(g.roleName) as CustomRole).roleDefinitionIdAt(g.scope),
          planned.assignment,
        );
        return;
      case 'directoryRole':
        renderAs(
          new DirectoryRoleAssignment(this, `directory-${g.roleName}`, {
            provider: props.providers.azuread,
            roleId: g.templateId,
            principalObjectId: this.group.objectId,
            directoryScopeId: '/',
          }),
          planned.assignment,
        );
        return;
    }
  }
}
