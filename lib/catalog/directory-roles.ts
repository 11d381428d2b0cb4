/**
 * Entra ID built-in directory roles shipped with the library (see data/SOURCES.md).
 */
import data from './data/entra-directory-roles.json';

/** An Entra built-in directory role. */
export interface DirectoryRole {
  /** Display name, e.g. `Global Administrator`. */
  readonly name: string;
  /** Template ID, the `role_id` of a directory role assignment. */
  readonly templateId: string;
  /** Marked PRIVILEGED by Microsoft. */
  readonly privileged: boolean | null;
  /** Microsoft's description of the role. */
  readonly description: string;
}

type RawRoles = { roles: DirectoryRole[]; additionalRoles: DirectoryRole[] };
const all: readonly DirectoryRole[] = [...(data as RawRoles).roles, ...(data as RawRoles).additionalRoles];
const byName = new Map(all.map((r) => [r.name, r]));

/** Every directory role in the catalog. */
export function directoryRoles(): readonly DirectoryRole[] {
  return all;
}

/** The directory role with this exact name, or undefined. */
export function findDirectoryRole(name: string): DirectoryRole | undefined {
  return byName.get(name);
}

/** Template ID of Global Administrator, given to break-glass accounts. */
export const GLOBAL_ADMINISTRATOR_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';
