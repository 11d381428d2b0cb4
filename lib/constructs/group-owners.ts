/**
 * The `owners` of every group the library creates: the deploying identity first, then `settings.groupOwners`.
 *
 * Facts (azuread 3.7.0, internal/services/groups/group_without_members_resource.go; group_resource.go is the same):
 * - `owners` is an Optional, Computed set of UUIDs (`TypeSet`, `HashString`, MaxItems 100). Unset, create binds the
 *   caller as the sole owner ("The calling principal is the default owner if no others are specified") and, being
 *   Computed, the attribute is never compared again: an owner added outside Terraform stays unseen.
 * - `owners = []` is no "no owners": `d.GetOk` reports an empty set as unset, so create still makes the caller the
 *   owner and update skips owners altogether. The provider docs: "Groups cannot be created with no owners or have
 *   all their owners removed" (docs/resources/group_without_members.md).
 * - Owners that leave out the caller: create binds only the listed owners (the caller is added first only when
 *   listed); update adds the missing owners, then removes the others, the caller included.
 * - The provider docs recommend "to always specify one or more group owners, including the principal being used to
 *   execute Terraform".
 *
 * So every group lists the deploying identity: it is the owner the provider would set anyway, made explicit, and a
 * plan now shows (and apply removes) any owner added outside the definition. The identity is the definition's
 * `settings.deployingIdentityObjectId`, or else read at plan time from `data.azuread_client_config`
 * (docs/data-sources/client_config.md: `object_id`, "The object ID of the authenticated principal"), one read per
 * stack, at `data.azuread_client_config.DEPLOYING_IDENTITY`.
 *
 * Why owners matter: "By default, only Global Administrators and Privileged Role Administrators can manage the
 * membership of a role-assignable group, but you can delegate the management of role-assignable groups by adding
 * group owners" (https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept, "How are
 * role-assignable groups protected?"), and an owner of a role-assignable group may assign its PIM eligible and
 * active membership (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-assign-member-owner).
 */
import { DataAzureadClientConfig } from '@cdktf/provider-azuread/lib/data-azuread-client-config';
import { TerraformStack, type TerraformProvider } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { ResolvedGroupOwners } from '../model/group-owners';
import { named } from './addresses';

/** Logical ID of the per-stack read of the deploying identity. */
export const DEPLOYING_IDENTITY = 'DEPLOYING_IDENTITY';

/** The stacks that have their read of the deploying identity: one per stack. */
const reading = new WeakSet<TerraformStack>();

/**
 * The read's `object_id` as the Terraform expression cdktf would write for the token `source.objectId`. Written
 * out rather than as a token: every group of the stack lists it, and cdktf resolves a token once per use (about
 * 3% of the synthesis of a large organisation); a plain string is copied as is. Safe because the expression is
 * this module's own constant (no text from the definition) and the read is always in the group's own stack, so
 * no cross-stack reference (which only a token would get) is ever needed. test/constructs/group-owners.test.ts
 * checks it is what the token resolves to.
 */
export const DEPLOYING_IDENTITY_OBJECT_ID = `\${data.${DataAzureadClientConfig.tfResourceType}.${DEPLOYING_IDENTITY}.object_id}`;
/** Every read created, so stack sizes can leave them out. */
const created = new WeakSet<object>();

/**
 * Whether a construct is the library's read of the deploying identity. `maxResourcesPerStack` deliberately does not
 * count it: one per stack whatever its size, it sends no request (azuread 3.7.0's read copies the tenant, client and
 * object IDs the provider signed in with: internal/services/serviceprincipals/client_config_data_source.go), and
 * counting it would move units between stacks of existing deployments.
 */
export function isDeployingIdentityRead(c: IConstruct): boolean {
  return created.has(c);
}

/** `data.azuread_client_config.DEPLOYING_IDENTITY.object_id` of the scope's stack, created on first use. */
function deployingIdentity(scope: IConstruct, provider: TerraformProvider): string {
  const stack = TerraformStack.of(scope);
  if (!reading.has(stack)) {
    const source = named(
      new DataAzureadClientConfig(stack, 'task-access-deploying-identity', { provider }),
      DEPLOYING_IDENTITY,
    );
    created.add(source);
    reading.add(stack);
  }
  return DEPLOYING_IDENTITY_OBJECT_ID;
}

/**
 * The owners of a group created in `scope`: the deploying identity (its object ID, or the stack's read of it), then
 * the further owners, sorted.
 */
export function groupOwnerIds(
  scope: IConstruct,
  owners: ResolvedGroupOwners | undefined,
  provider: TerraformProvider,
): string[] {
  return [owners?.deployingIdentityObjectId ?? deployingIdentity(scope, provider), ...(owners?.additional ?? [])];
}
