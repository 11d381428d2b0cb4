/**
 * A role group and its members (users by object ID or UPN, existing groups, service principals, managed
 * identities). Role groups are never nested in each other: inheritance is resolved by the model.
 */
import { DataAzureadUser } from '@cdktf/provider-azuread/lib/data-azuread-user';
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { GroupMember } from '@cdktf/provider-azuread/lib/group-member';
import { Construct } from 'constructs';
import type { ResolvedRole } from '../model/resolved';
import { named } from './addresses';
import { createLayerGroup } from './entra-group';
import type { AccessProviders } from './providers';

/** Props of {@link RoleGroup}. */
export interface RoleGroupProps {
  readonly role: ResolvedRole;
  readonly providers: AccessProviders;
}

/** One role: its group and its members. */
export class RoleGroup extends Construct {
  /** The Entra group. */
  public readonly group: GroupWithoutMembers;

  constructor(scope: Construct, id: string, props: RoleGroupProps) {
    super(scope, id);
    const r = props.role;
    const provider = props.providers.azuread;
    this.group = createLayerGroup(this, { displayName: r.name, description: r.description, provider });
    for (const m of r.members) {
      let objectId = m.objectId;
      if (objectId === undefined && m.kind === 'user') {
        const user = new DataAzureadUser(this, `user-${m.key}`, { provider, userPrincipalName: m.userPrincipalName as string });
        user.overrideLogicalId(`${r.name}__${m.key.replace(/[^A-Za-z0-9_-]/g, '_')}`);
        objectId = user.objectId;
      }
      named(
        new GroupMember(this, `member-${m.key}`, { provider, groupObjectId: this.group.objectId, memberObjectId: objectId as string }),
        r.name, 'member', m.key,
      );
    }
  }
}
