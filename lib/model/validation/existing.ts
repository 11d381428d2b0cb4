/**
 * Rules `unknown-reference`, `object-id`, `duplicate` and `existing-object` for `existing`, the objects an adopted
 * tenant already has: every group named is a group of the definition, with an object ID, each object ID given to
 * one group; every resource entry is a Terraform address with an import ID. Whether the address is one the library
 * synthesizes is checked at synthesis, where the addresses are known (lib/constructs/existing-imports.ts).
 */
import { isUuid } from '../formats';
import { didYouMean } from '../suggest';
import type { ValidationContext } from './context';

/** `<resource type>.<name>`, as Terraform writes a resource address outside modules. */
const ADDRESS = /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/;

/** An import ID: printable ASCII without spaces (Graph IDs, ARM IDs, `<group>/member/<member>`, `namespace/name`). */
const IMPORT_ID = /^[\x21-\x7e]{1,2048}$/;

/** Checks `existing`. */
export function checkExisting(ctx: ValidationContext): void {
  const existing = ctx.definition.existing;
  if (!existing) return;
  const names = [...ctx.baselines.keys(), ...ctx.tasks.keys(), ...ctx.roles.keys()];
  const declared = new Set(names);
  const owners = new Map<string, string>();
  for (const [name, objectId] of Object.entries(existing.groups ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = `existing.groups.${name}`;
    if (!declared.has(name))
      ctx.report(
        path,
        'unknown-reference',
        `group "${name}" is not a baseline, task or role of the definition.${didYouMean(name, names)}`,
        name,
        'name a BASE_, TASK_ or ROLE_ group the definition declares, or remove the entry',
      );
    if (!isUuid(objectId)) {
      ctx.report(
        path,
        'object-id',
        'an existing group is named by its Entra object ID, a UUID',
        objectId,
        "copy the group's object ID (the `id` Graph returns for it), e.g. 00000000-0000-0000-0000-000000000000",
      );
      continue;
    }
    const first = owners.get(objectId.toLowerCase());
    if (first !== undefined)
      ctx.report(
        path,
        'duplicate',
        `object ID ${objectId} is given to ${first} too: one Entra group can become one group of the definition only`,
        objectId,
        'give each group its own object ID',
      );
    else owners.set(objectId.toLowerCase(), name);
  }
  for (const [address, id] of Object.entries(existing.resources ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = `existing.resources["${address}"]`;
    if (!ADDRESS.test(address))
      ctx.report(
        path,
        'existing-object',
        'an existing resource is keyed by the Terraform address the library synthesizes for it, `<type>.<name>`',
        address,
        'copy the address from the synthesized cdk.tf.json or from what `task-access import` wrote',
      );
    else if (address.startsWith('azuread_group_without_members.'))
      ctx.report(
        path,
        'existing-object',
        'an existing group is given in existing.groups, by its name and object ID',
        address,
        `move it to existing.groups: { ${address.slice('azuread_group_without_members.'.length)}: '<object id>' }`,
      );
    if (!IMPORT_ID.test(id))
      ctx.report(
        path,
        'existing-object',
        "an import ID is the provider's ID of the existing object: printable characters, no spaces",
        id,
        'copy the ID `task-access import` wrote, or the one the resource documentation names for import',
      );
  }
}
