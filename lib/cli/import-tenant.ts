/**
 * An export of a tenant to a definition with its import blocks: lib/adopt reads the export and maps it to the
 * model, the definition is resolved, and each object it adopts gets the address the library synthesizes for it
 * (lib/constructs/plan/existing-addresses.ts) in `existing.resources`; an object whose address the definition
 * doesn't synthesize becomes a `not-synthesized` finding, so every object of the export is either imported or named
 * in a finding.
 */
import { adoptTenant, type AdoptOptions } from '../adopt/adopt';
import type { ExistingObject } from '../adopt/existing-object';
import { sortFindings, type AdoptionFinding } from '../adopt/finding';
import { readTenantExport } from '../adopt/tenant-export';
import { existingResource, existingResources } from '../constructs/plan/existing-addresses';
import { plannedAddress } from '../constructs/plan/planned-resource';
import type { AccessModelDefinition } from '../model/definition';
import { AccessModelError, type Problem } from '../model/problem';
import { resolveDefinition } from '../model/resolve';

/** What importing an export gives. */
export interface ImportedTenant {
  /** The definition, with `existing` (groups and, when it is valid, resources). */
  readonly definition: AccessModelDefinition;
  /** Every finding, sorted. */
  readonly findings: readonly AdoptionFinding[];
  /** The objects imported, with their addresses. */
  readonly imported: readonly (ExistingObject & { readonly address: string })[];
  /** The definition's validation problems (none when it is valid; then `existing.resources` is missing). */
  readonly problems: readonly Problem[];
}

/** Imports the export in `dir`. */
export function importTenant(dir: string, options: AdoptOptions = {}): ImportedTenant {
  const adoption = adoptTenant(readTenantExport(dir), options);
  let model;
  try {
    model = resolveDefinition(adoption.definition);
  } catch (e) {
    if (!AccessModelError.isAccessModelError(e)) throw e;
    return { definition: adoption.definition, findings: adoption.findings, imported: [], problems: e.problems };
  }
  const { resources, notSynthesized } = existingResources(model, adoption.objects);
  const left = new Set(notSynthesized);
  const findings: AdoptionFinding[] = [
    ...adoption.findings,
    ...notSynthesized.map((o) => ({
      kind: 'not-synthesized' as const,
      object: o.source,
      message: `the definition synthesizes no ${plannedAddress(existingResource(o.target))} for it: it links these objects another way`,
      suggestion:
        'check how the definition should express it; as it is, the object is not imported (and may be left in place or removed by hand)',
    })),
  ];
  const existing = { ...adoption.definition.existing, ...(Object.keys(resources).length ? { resources } : {}) };
  return {
    definition: { ...adoption.definition, existing },
    findings: sortFindings(findings),
    imported: adoption.objects
      .filter((o) => !left.has(o))
      .map((o) => ({ ...o, address: plannedAddress(existingResource(o.target)) })),
    problems: [],
  };
}
