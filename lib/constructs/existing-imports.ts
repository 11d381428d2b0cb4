/**
 * The objects a tenant already has (the definition's `existing`) become Terraform `import` blocks on the resources
 * synthesized for them, so the first apply adopts them instead of creating them again. The same mechanism as the
 * break-glass assignments (break-glass.ts): cdktf 0.21's `TerraformResource.importFrom(id, provider)`, which writes
 * `import { to = <address>, id = <id>, provider = <provider> }`.
 *
 * Import IDs are the providers' own (the importers at the pinned tags):
 * - a group: `/groups/<object id>` (azuread v3.7.0 internal/services/groups/group_without_members_resource.go:
 *   `ImporterValidatingResourceId` with `beta.ValidateGroupID`, and `beta.NewGroupID(...).ID()` on create);
 * - every other resource: the ID in `existing.resources`, computed by `task-access import`
 *   (lib/constructs/plan/existing-addresses.ts lists the format of each type).
 *
 * An entry whose address nothing synthesizes is refused (`existing-object`), with the nearest address, so a stale
 * or mistyped entry never silently imports nothing.
 */
import { TerraformResource } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { ExistingObjects } from '../model/definition';
import { AccessModelError, type Problem } from '../model/problem';
import { didYouMean } from '../model/suggest';
import { planLayerGroup, plannedAddress } from './plan/planned-resource';

/** Where an entry of `existing` comes from, and its import ID. */
interface WantedImport {
  readonly path: string;
  readonly id: string;
}

/** The import ID azuread 3.7.0 takes for a group: `/groups/<object id>`. */
export const groupImportId = (objectId: string): string => `/groups/${objectId}`;

/** The import wanted at each address, from the definition's `existing`. */
export function wantedImports(existing: ExistingObjects): Map<string, WantedImport> {
  const wanted = new Map<string, WantedImport>();
  for (const [name, objectId] of Object.entries(existing.groups ?? {}))
    wanted.set(plannedAddress(planLayerGroup(name)), { path: `existing.groups.${name}`, id: groupImportId(objectId) });
  for (const [address, id] of Object.entries(existing.resources ?? {}))
    wanted.set(address, { path: `existing.resources["${address}"]`, id });
  return wanted;
}

/**
 * Adds an import block to every synthesized resource `existing` names, in the constructs under `roots`. Throws an
 * {@link AccessModelError} for every entry that names no synthesized resource, or a resource already imported.
 */
export function importExisting(roots: readonly IConstruct[], existing: ExistingObjects | undefined): void {
  if (existing === undefined) return;
  const wanted = wantedImports(existing);
  if (wanted.size === 0) return;
  const found = new Set<string>();
  const synthesized: string[] = [];
  const problems: Problem[] = [];
  for (const root of roots)
    for (const c of root.node.findAll()) {
      if (!TerraformResource.isTerraformResource(c)) continue;
      const resource = c as TerraformResource;
      const address = `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
      synthesized.push(address);
      const w = wanted.get(address);
      if (w === undefined) continue;
      found.add(address);
      if ((resource as unknown as { _imported?: unknown })._imported !== undefined) {
        problems.push({
          path: w.path,
          rule: 'existing-object',
          message: `${address} is imported already (a break-glass assignment: its globalAdministratorAssignmentId)`,
          value: address,
          fix: 'remove the entry from existing.resources',
        });
        continue;
      }
      resource.importFrom(w.id, resource.provider);
    }
  for (const [address, w] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (found.has(address)) continue;
    const type = address.split('.')[0];
    const sameType = synthesized.filter((a) => a.startsWith(`${type}.`));
    problems.push({
      path: w.path,
      rule: 'existing-object',
      message: `nothing synthesized has the address ${address}.${didYouMean(address, sameType)}`,
      value: address,
      fix: w.path.startsWith('existing.groups')
        ? 'name a group of the definition'
        : 'run `task-access import` again on a fresh export, or remove the entry for an object the definition no longer has',
    });
  }
  if (problems.length > 0) throw new AccessModelError(problems);
}
