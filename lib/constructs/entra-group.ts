/**
 * An Entra security group of one layer. Created without an authoritative member list: its membership is
 * managed by `azuread_group_member` resources and by PIM, which adds real members on activation. Its owners are
 * always explicit (group-owners.ts).
 */
import { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import type { TerraformProvider } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedGroupOwners } from '../model/group-owners';
import { renderAs } from './addresses';
import { groupOwnerIds } from './group-owners';
import { planLayerGroup, type PlannedResource } from './plan/planned-resource';

/** Props of {@link createLayerGroup}. */
export interface LayerGroupProps {
  /** Display name, e.g. `BASE_PROD_KV_SECRETS_ADMIN`. */
  readonly displayName: string;
  /** Group description. @default - none */
  readonly description?: string;
  /** Role-assignable (immutable once created). @default false */
  readonly roleAssignable?: boolean;
  /** Carry `lifecycle.prevent_destroy`. @default false */
  readonly preventDestroy?: boolean;
  /**
   * Who owns it: the deploying identity (by object ID when the definition gives it) and the further owners.
   * @default - the deploying identity only, read at plan time
   */
  readonly owners?: ResolvedGroupOwners;
  /** The azuread provider. */
  readonly provider: TerraformProvider;
  /** The group as its unit plan names it. @default - planned from `displayName` */
  readonly planned?: PlannedResource;
}

/**
 * Creates the group; its Terraform address is `azuread_group_without_members.<displayName>`. Its `objectId` is
 * one token for every reader: cdktf makes a new token (and captures a stack trace) on each read of an attribute,
 * and a group is read by every membership, grant, schedule and binding that refers to it.
 */
export function createLayerGroup(scope: Construct, props: LayerGroupProps): GroupWithoutMembers {
  const group = renderAs(
    new GroupWithoutMembers(scope, 'group', {
      provider: props.provider,
      displayName: props.displayName,
      description: props.description ?? `Managed by cdktf-task-access: ${props.displayName}`,
      securityEnabled: true,
      mailEnabled: false,
      preventDuplicateNames: true,
      owners: groupOwnerIds(scope, props.owners, props.provider),
      ...(props.roleAssignable ? { assignableToRole: true } : {}),
      ...(props.preventDestroy ? { lifecycle: { preventDestroy: true } } : {}),
    }),
    props.planned ?? planLayerGroup(props.displayName),
  );
  Object.defineProperty(group, 'objectId', { value: group.objectId });
  return group;
}
