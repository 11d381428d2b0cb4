/**
 * A role group and its members (users by object ID or UPN, existing groups, service principals, managed
 * identities, applications the library creates). Role groups are never nested in each other: inheritance is
 * resolved by the model. A time-bound member is a PIM active assignment to the role group at the member's
 * address, and the group then carries a policy that accepts it.
 */
import { DataAzureadUser } from '@cdktf/provider-azuread/lib/data-azuread-user';
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { GroupMember } from '@cdktf/provider-azuread/lib/group-member';
import { Construct } from 'constructs';
import type { ResolvedGroupOwners } from '../model/group-owners';
import type { ResolvedRole } from '../model/resolved';
import { named } from './addresses';
import { AssignmentSchedule } from './assignment-schedule';
import { createLayerGroup } from './entra-group';
import { GroupJitPolicy } from './jit-policy';
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
    this.group = createLayerGroup(this, {
      displayName: r.name,
      description: r.description,
      owners: props.groupOwners,
      provider,
    });
    if (r.assignmentPolicy) {
      this.policy = new GroupJitPolicy(this, 'policy', {
        groupName: r.name,
        groupObjectId: this.group.objectId,
        policy: r.assignmentPolicy,
        approvers: [],
        provider,
        dependsOn: [this.group],
      });
    }
    for (const m of r.members) {
      let objectId = m.objectId;
      if (objectId === undefined && m.kind === 'user') {
        const user = named(
          new DataAzureadUser(this, `user-${m.key}`, { provider, userPrincipalName: m.userPrincipalName as string }),
          r.name,
          m.key,
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
      if (m.window) {
        new AssignmentSchedule(this, `member-${m.key}`, {
          address: [r.name, 'member', m.key],
          justification: `cdktf-task-access: member ${m.key} of ${r.name}`,
          principalObjectId: objectId as string,
          groupObjectId: this.group.objectId,
          window: m.window,
          dependsOn: [...(this.policy ? [this.policy.resource] : []), this.group],
          provider,
        });
        continue;
      }
      named(
        new GroupMember(this, `member-${m.key}`, {
          provider,
          groupObjectId: this.group.objectId,
          memberObjectId: objectId as string,
        }),
        r.name,
        'member',
        m.key,
      );
    }
  }
}
