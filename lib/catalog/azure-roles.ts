/**
 * Azure built-in roles shipped with the library (see data/SOURCES.md): name -> GUID and permissions.
 */
import data from './data/azure-built-in-roles.json';

/** One permission block of an Azure role definition. */
export interface AzurePermission {
  /** Control-plane actions allowed, possibly with `*` wildcards. */
  readonly actions: readonly string[];
  /** Control-plane actions excluded from `actions`. */
  readonly notActions: readonly string[];
  /** Data-plane actions allowed. */
  readonly dataActions: readonly string[];
  /** Data-plane actions excluded from `dataActions`. */
  readonly notDataActions: readonly string[];
}

/** An Azure built-in role definition. */
export interface AzureBuiltInRole {
  /** Exact name, e.g. `Key Vault Secrets Officer`. */
  readonly name: string;
  /** Role definition GUID. */
  readonly id: string;
  /** Microsoft's description of the role. */
  readonly description: string;
  /** What the role allows. */
  readonly permissions: readonly AzurePermission[];
}

const roles: readonly AzureBuiltInRole[] = (data as { roles: AzureBuiltInRole[] }).roles;
const byName = new Map(roles.map((r) => [r.name, r]));

/** Every built-in role in the catalog, sorted by name. */
export function azureBuiltInRoles(): readonly AzureBuiltInRole[] {
  return roles;
}

/** The built-in role with this exact name, or undefined. */
export function findAzureBuiltInRole(name: string): AzureBuiltInRole | undefined {
  return byName.get(name);
}

/** Where the catalog comes from, for reports. */
export const AZURE_ROLES_SOURCE: string = `${(data as { source: string }).source} @ ${(data as { sourceCommit: string }).sourceCommit}`;
