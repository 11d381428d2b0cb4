/**
 * Rules `object-id`, `duplicate` and `group-owner-limit` for the group owners: `settings.groupOwners` and
 * `settings.deployingIdentityObjectId` are object IDs, each owner listed once, and every group stays within
 * the owner limit (see group-owners.ts).
 */
import { isUuid } from '../formats';
import { MAX_GROUP_OWNERS } from '../group-owners';
import type { ValidationContext } from './context';

const OBJECT_ID_FIX =
  'copy the object ID (not the display name or application ID) from Entra, e.g. 00000000-0000-0000-0000-000000000000';

/** Checks the group owner settings. */
export function checkGroupOwners(ctx: ValidationContext): void {
  const settings = ctx.definition.settings;
  const deployer = settings?.deployingIdentityObjectId;
  if (deployer !== undefined && !isUuid(deployer))
    ctx.report(
      'settings.deployingIdentityObjectId',
      'object-id',
      'the deploying identity is named by its Entra object ID, a UUID',
      deployer,
      `${OBJECT_ID_FIX}: for a service principal, the enterprise application's object ID`,
    );
  const owners = settings?.groupOwners ?? [];
  const seen = new Map<string, number>();
  owners.forEach((o, i) => {
    const path = `settings.groupOwners[${i}]`;
    if (!isUuid(o)) {
      ctx.report(path, 'object-id', 'a group owner is an Entra object ID, a UUID', o, OBJECT_ID_FIX);
      return;
    }
    const key = o.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      ctx.report(
        path,
        'duplicate',
        `group owner ${o} is listed more than once (first at settings.groupOwners[${first}]); object IDs are compared case-insensitively`,
        o,
        'list each owner once',
      );
    else seen.set(key, i);
    if (deployer !== undefined && key === deployer.toLowerCase())
      ctx.report(
        path,
        'duplicate',
        `group owner ${o} is the deploying identity (settings.deployingIdentityObjectId), which owns every group already`,
        o,
        'remove it from settings.groupOwners',
      );
  });
  if (owners.length > MAX_GROUP_OWNERS - 1)
    ctx.report(
      'settings.groupOwners',
      'group-owner-limit',
      `${owners.length} group owners and the deploying identity are more than the ${MAX_GROUP_OWNERS} owners a group can have`,
      owners.length,
      `list at most ${MAX_GROUP_OWNERS - 1} owners; give ownership to fewer people, and use roles for access`,
    );
}
