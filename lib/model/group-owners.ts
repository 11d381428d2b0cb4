/**
 * Owners of the groups the library creates: the deploying identity, then `settings.groupOwners`, the same for every
 * group. Always explicit in the Terraform, because azuread 3.7.0's `owners` is Optional and Computed
 * (internal/services/groups/group_without_members_resource.go, schema `owners`): left unset, create makes the caller
 * the sole owner ("The calling principal is the default owner if no others are specified") and nothing is ever
 * compared again, so an owner added outside Terraform would stay unseen. Set, a plan shows such an owner and apply
 * removes it (update adds the missing owners first, then removes the others).
 */
import type { ModelSettings } from './definition';

/**
 * Most owners a group can have: `owners` has MaxItems 100 in azuread 3.7.0, and Entra allows 100 owners per group
 * (Microsoft Entra service limits,
 * https://learn.microsoft.com/entra/identity/users/directory-service-limits-restrictions).
 */
export const MAX_GROUP_OWNERS = 100;

/** Who owns every group the library creates. */
export interface ResolvedGroupOwners {
  /**
   * Object ID of the deploying identity, when `settings.deployingIdentityObjectId` gives it; absent, the identity
   * running Terraform is read at plan time (`data.azuread_client_config`).
   */
  readonly deployingIdentityObjectId?: string;
  /** Further owners (`settings.groupOwners`), lower case, sorted. */
  readonly additional: readonly string[];
}

/**
 * The owners of a valid definition's settings. Object IDs are lower-cased: a set element is compared as the exact
 * string (`Set: pluginsdk.HashString`) and the provider's read stores each owner's ID as Graph returns it, in the
 * lower case RFC 4122 section 3 writes UUIDs in, so an upper-case ID would plan an owner change on every run.
 */
export function resolveGroupOwners(settings: ModelSettings | undefined): ResolvedGroupOwners {
  const deployer = settings?.deployingIdentityObjectId;
  return {
    ...(deployer !== undefined ? { deployingIdentityObjectId: deployer.toLowerCase() } : {}),
    additional: [...new Set((settings?.groupOwners ?? []).map((o) => o.toLowerCase()))].sort(),
  };
}
