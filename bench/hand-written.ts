/**
 * The benchmark's baseline: a minimal hand-written cdktf program producing the same Terraform as the
 * library, from a pre-computed {@link HandWrittenPlan}. Same provider classes, imported by file; no model,
 * no validation, no constructs of its own: resources straight in one stack, addresses set by hand.
 */
import { DataAzureadClientConfig } from '@cdktf/provider-azuread/lib/data-azuread-client-config';
import { DataAzureadUser } from '@cdktf/provider-azuread/lib/data-azuread-user';
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { scopedRoleDefinitionId } from '../lib/constructs/role-definition-id';
import { GroupMember } from '@cdktf/provider-azuread/lib/group-member';
import { GroupRoleManagementPolicy } from '@cdktf/provider-azuread/lib/group-role-management-policy';
import { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { PrivilegedAccessGroupEligibilitySchedule } from '@cdktf/provider-azuread/lib/privileged-access-group-eligibility-schedule';
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { RoleDefinition } from '@cdktf/provider-azurerm/lib/role-definition';
import { ClusterRoleBindingV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-binding-v1';
import { ClusterRoleV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';
import { RoleV1 } from '@cdktf/provider-kubernetes/lib/role-v1';
import { App, TerraformOutput, TerraformResource, TerraformStack, anyToTerraform, hashMapper } from 'cdktf';
import { checkTerraformVersionOnce } from '../lib/constructs/private/cdktf-internals';
import type { HandWrittenPlan, PlanApprover, PlanMember } from './hand-written-plan';

const RBAC = 'rbac.authorization.k8s.io';

/**
 * `terraform_data` with `input`. Not cdktf's `DataResource`: that one runs `terraform version` in a child
 * process per resource at synthesis (see lib/constructs/terraform-data.ts); the stack checks it once instead.
 */
class Terms extends TerraformResource {
  constructor(
    scope: TerraformStack,
    id: string,
    private readonly input: Record<string, unknown>,
  ) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
    });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: hashMapper(anyToTerraform)(this.input) };
  }
}
const notify = (additional: readonly string[] = []) => ({
  defaultRecipients: true,
  notificationLevel: 'All',
  ...(additional.length > 0 ? { additionalRecipients: [...additional] } : {}),
});

/** Builds the plan's resources into one stack named `stackName` of a new app writing to `outdir`. */
export function handWrittenApp(plan: HandWrittenPlan, outdir: string, stackName = 'hand-written'): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, stackName);
  checkTerraformVersionOnce(stack, '>=1.4', 'terraform_data needs Terraform >= 1.4');
  const azuread = new AzureadProvider(stack, 'azuread', {});
  const azurerm = new AzurermProvider(stack, 'azurerm', { features: [{}], resourceProviderRegistrations: 'none' });
  const clusters = new Map<string, KubernetesProvider>();
  const kubernetes = (cluster: string): KubernetesProvider => {
    let p = clusters.get(cluster);
    if (!p) {
      p = new KubernetesProvider(stack, `kubernetes-${cluster}`, {
        alias: cluster,
        configPath: '~/.kube/config',
        configContext: cluster,
      });
      clusters.set(cluster, p);
    }
    return p;
  };
  const at = <T extends TerraformResource>(r: T, logicalId: string): T => {
    r.overrideLogicalId(logicalId);
    return r;
  };

  // Every group's owners made explicit: the deploying identity, read once.
  const deployer = new DataAzureadClientConfig(stack, 'deploying-identity', { provider: azuread });
  deployer.overrideLogicalId('DEPLOYING_IDENTITY');
  const owners = [deployer.objectId];
  const groups = new Map<string, GroupWithoutMembers>();
  for (const g of plan.groups) {
    const group = new GroupWithoutMembers(stack, `group-${g.name}`, {
      provider: azuread,
      displayName: g.name,
      description: g.description,
      securityEnabled: true,
      mailEnabled: false,
      preventDuplicateNames: true,
      owners,
      ...(g.roleAssignable ? { assignableToRole: true } : {}),
      ...(g.preventDestroy ? { lifecycle: { preventDestroy: true } } : {}),
    });
    groups.set(g.name, at(group, g.name));
  }
  const id = (name: string): string => (groups.get(name) as GroupWithoutMembers).objectId;
  const users = new Map<string, DataAzureadUser>();
  for (const u of plan.userLookups) {
    const user = new DataAzureadUser(stack, `user-${u.address}`, { provider: azuread, userPrincipalName: u.upn });
    user.overrideLogicalId(u.address);
    users.set(u.address, user);
  }
  const customRoles = new Map<string, RoleDefinition>();
  for (const c of plan.customRoles) {
    const role = new RoleDefinition(stack, `custom-${c.address}`, {
      provider: azurerm,
      name: c.name,
      scope: c.scope,
      description: c.description,
      permissions: [
        { actions: c.actions, notActions: c.notActions, dataActions: c.dataActions, notDataActions: c.notDataActions },
      ],
      assignableScopes: c.assignableScopes,
    });
    customRoles.set(c.address, at(role, c.address));
  }

  const policies = new Map<string, GroupRoleManagementPolicy>();
  const approver = (a: PlanApprover) => ({ objectId: 'group' in a ? id(a.group) : a.objectId, type: a.type });
  for (const p of plan.policies) {
    const j = p.policy;
    const policy = new GroupRoleManagementPolicy(stack, `policy-${p.address}`, {
      provider: azuread,
      groupId: id(p.group),
      roleId: 'member',
      dependsOn: [groups.get(p.group) as GroupWithoutMembers],
      activationRules: {
        maximumDuration: j.maximumActivation,
        requireJustification: j.requireJustification,
        requireTicketInfo: j.requireTicket,
        requireApproval: j.requireApproval,
        ...(j.requireApproval ? { approvalStage: { primaryApprover: p.approvers.map(approver) } } : {}),
        ...(j.authenticationContext !== undefined
          ? { requiredConditionalAccessAuthenticationContext: j.authenticationContext }
          : { requireMultifactorAuthentication: j.requireMfa }),
      },
      eligibleAssignmentRules:
        j.eligibilityExpiry === 'never'
          ? { expirationRequired: false }
          : { expirationRequired: true, expireAfter: j.eligibilityExpiry },
      activeAssignmentRules: {
        expirationRequired: false,
        expireAfter: 'P365D',
        requireJustification: true,
        requireMultifactorAuthentication: false,
        requireTicketInfo: false,
      },
      notificationRules: {
        activeAssignments: {
          adminNotifications: notify(),
          approverNotifications: notify(),
          assigneeNotifications: notify(),
        },
        eligibleActivations: {
          adminNotifications: notify(j.notifyOnActivation),
          approverNotifications: notify(),
          assigneeNotifications: notify(),
        },
        eligibleAssignments: {
          adminNotifications: notify(),
          approverNotifications: notify(),
          assigneeNotifications: notify(),
        },
      },
    });
    policies.set(p.group, at(policy, p.address));
  }

  const memberId = (m: PlanMember): string =>
    'group' in m ? id(m.group) : 'lookup' in m ? (users.get(m.lookup) as DataAzureadUser).objectId : m.objectId;
  for (const m of plan.memberships) {
    const dependsOn = m.afterPolicies?.map((g) => policies.get(g) as GroupRoleManagementPolicy);
    at(
      new GroupMember(stack, `member-${m.address}`, {
        provider: azuread,
        groupObjectId: id(m.group),
        memberObjectId: memberId(m.member),
        ...(dependsOn ? { dependsOn } : {}),
      }),
      m.address,
    );
  }
  for (const s of plan.schedules) {
    const permanent = s.expiry === 'never';
    const terms = at(
      new Terms(stack, `terms-${s.address}`, {
        ...(permanent ? { permanent_assignment: true } : { duration: s.expiry }),
        justification: s.justification,
      }),
      s.address,
    );
    const policy = s.afterPolicyOf !== undefined ? policies.get(s.afterPolicyOf) : undefined;
    at(
      new PrivilegedAccessGroupEligibilitySchedule(stack, `schedule-${s.address}`, {
        provider: azuread,
        groupId: id(s.group),
        principalId: id(s.principal),
        assignmentType: 'member',
        ...(permanent ? { permanentAssignment: true } : { duration: s.expiry }),
        justification: s.justification,
        dependsOn: [
          ...(policy ? [policy] : []),
          groups.get(s.group) as GroupWithoutMembers,
          groups.get(s.principal) as GroupWithoutMembers,
        ],
        lifecycle: { replaceTriggeredBy: [`terraform_data.${terms.friendlyUniqueId}`] },
      }),
      s.address,
    );
  }
  for (const r of plan.roleAssignments) {
    at(
      new RoleAssignment(stack, `assignment-${r.address}`, {
        provider: azurerm,
        scope: r.scope,
        roleDefinitionId:
          r.customRole !== undefined
            ? scopedRoleDefinitionId(r.scope, (customRoles.get(r.customRole) as RoleDefinition).roleDefinitionId)
            : (r.roleDefinitionId as string),
        principalId: id(r.group),
        principalType: 'Group',
        description: r.description,
      }),
      r.address,
    );
  }
  for (const d of plan.directoryRoles) {
    const principal = d.group !== undefined ? id(d.group) : (d.objectId as string);
    at(
      new DirectoryRoleAssignment(stack, `directory-${d.address}`, {
        provider: azuread,
        roleId: d.roleId,
        principalObjectId: principal,
        directoryScopeId: '/',
        ...(d.group === undefined ? { lifecycle: { preventDestroy: true } } : {}),
      }),
      d.address,
    );
  }
  for (const k of plan.kubernetes) {
    const provider = kubernetes(k.cluster);
    const metadata = {
      name: k.name,
      labels: { 'app.kubernetes.io/managed-by': 'cdktf-task-access' },
      annotations: { 'task-access/entra-group': k.group },
      ...(k.namespace !== null ? { namespace: k.namespace } : {}),
    };
    let role: RoleV1 | ClusterRoleV1 | undefined;
    if (k.rules) {
      role =
        k.namespace !== null
          ? new RoleV1(stack, `role-${k.address}`, { provider, metadata, rule: k.rules })
          : new ClusterRoleV1(stack, `role-${k.address}`, { provider, metadata, rule: k.rules });
      at(role, k.address);
    }
    const config = {
      provider,
      metadata,
      roleRef: { apiGroup: RBAC, kind: k.roleRef.kind, name: k.roleRef.name },
      subject: [{ kind: 'Group', name: id(k.group), apiGroup: RBAC, namespace: '' }],
      ...(role ? { dependsOn: [role] } : {}),
    };
    at(
      k.namespace !== null
        ? new RoleBindingV1(stack, `binding-${k.address}`, config)
        : new ClusterRoleBindingV1(stack, `binding-${k.address}`, config),
      k.address,
    );
  }
  if (plan.vpn) {
    const v = plan.vpn;
    new TerraformOutput(stack, 'vpn', {
      value: {
        policy_groups: [
          ...v.pools.map((p, i) => ({
            name: p.group,
            is_default: false,
            priority: i + 1,
            policy_member: [{ name: p.group, type: 'AADGroupId', value: id(p.group) }],
          })),
          {
            name: 'default',
            is_default: true,
            priority: v.pools.length + 1,
            policy_member: [{ name: 'default', type: 'AADGroupId', value: v.defaultGroupObjectId }],
          },
        ],
        client_connections: [
          ...v.pools.map((p) => ({ name: p.group, policy_group_names: [p.group], address_prefixes: p.prefixes })),
          { name: 'default', policy_group_names: ['default'], address_prefixes: v.defaultPrefixes },
        ],
      },
      description: 'Point-to-site user groups: put policy_groups and client_connections on your VPN gateway',
    }).overrideLogicalId('vpn_user_groups');
  }
  return app;
}
