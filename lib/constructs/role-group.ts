/**
 * A role group and its members (users by object ID or UPN, existing groups, service principals, managed
 * identities, applications the library creates). Role groups are never nested in each other: inheritance is
 * resolved by the model. A time-bound member is a PIM active assignment to the role group at the member's
 * address, and the group then carries a policy that accepts it. It renders the resources of its plan
 * (plan/layer-plans.ts).
 */
import { DataAzureadUser } from '@cdktf/provider-azuread/lib/data-azuread-user';
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { GroupMember } from '@cdktf/provider-azuread/lib/group-member';
import { Construct } from 'constructs';
import type { ResolvedGroupOwners } from '../model/group-owners';
import type { ResolvedJitPolicy, ResolvedRole } from '../model/resolved';
import type { AccessWindow } from '../model/time-bounds';
import { renderAs } from './addresses';
import { AssignmentSchedule } from './assignment-schedule';
import { createLayerGroup } from './entra-group';
import { GroupJitPolicy } from './jit-policy';
import { planRoleResources, type RoleResources } from './plan/layer-plans';
import type { PlannedResource } from './plan/planned-resource';
import type { AccessProviders } from './providers';
import type { WorkloadApplication } from './workload-application';

/** Props of {@link RoleGroup}. */
export interface RoleGroupProps {
  /** The resolved role. */
  readonly role: ResolvedRole;
  /** Providers of the stack the role group is placed in. */
  readonly providers: AccessProviders;
  /** Applications by name, for `application` members (same stack). @default - none */
  readonly applications?: ReadonlyMap<string, WorkloadApplication>;
  /** Owners of the group (the model's `groupOwners`). @default - the deploying identity only, read at plan time */
  readonly groupOwners?: ResolvedGroupOwners;
  /** What to create, from the unit plan. @default - planned from `role` */
  readonly plan?: RoleResources;
}

/** One role: its group and its members. */
export class RoleGroup extends Construct {
  /** The Entra group. */
  public readonly group: GroupWithoutMembers;
  /** The PIM policy, for a role with time-bound members (PIM onboards the group and accepts their assignments). */
  public readonly policy?: GroupJitPolicy;

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: RoleGroupProps) {
    super(scope, id);
    const r = props.role;
    const provider = props.providers.azuread;
    const plan = props.plan ?? planRoleResources(r);
    this.group = createLayerGroup(this, {
      displayName: r.name,
      description: r.description,
      owners: props.groupOwners,
      provider,
      planned: plan.group,
    });
    if (plan.policy) {
      this.policy = new GroupJitPolicy(this, 'policy', {
        groupName: r.name,
        groupObjectId: this.group.objectId,
        policy: r.assignmentPolicy as ResolvedJitPolicy,
        approvers: [],
        provider,
        dependsOn: [this.group],
        planned: plan.policy,
      });
    }
    for (const planned of plan.members) {
      const m = planned.member;
      let objectId = m.objectId;
      if (planned.user && m.kind === 'user') {
        const user = renderAs(
          new DataAzureadUser(this, `user-${m.key}`, { provider, userPrincipalName: m.userPrincipalName as string }),
          planned.user,
        );
        objectId = user.objectId;
      }
      if (m.kind === 'application') {
        const app = props.applications?.get(m.application);
        if (!app)
          throw new Error(
            `Application "${m.application}" of ${r.name} was not built; build applications in the role's stack first.`,
          );
        objectId = app.servicePrincipal.objectId;
      }
      if (planned.schedule) {
        new AssignmentSchedule(this, `member-${m.key}`, {
          address: [r.name, 'member', m.key],
          justification: `cdktf-task-access: member ${m.key} of ${r.name}`,
          principalObjectId: objectId as string,
          groupObjectId: this.group.objectId,
          window: m.window as AccessWindow,
          dependsOn: [...(this.policy ? [this.policy.resource] : []), this.group],
          provider,
          planned: planned.schedule,
        });
        continue;
      }
      renderAs(
        new GroupMember(this, `member-${m.key}`, {
          provider,
          groupObjectId: this.group.objectId,
          memberObjectId: objectId as string,
        }),
        planned.membership as PlannedResource,
      );
    }
  }
}
