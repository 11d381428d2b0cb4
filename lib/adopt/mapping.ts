/**
 * The mapping file of `task-access import --mapping <file>`: groups that don't follow the naming convention and
 * the BASE_, TASK_ or ROLE_ name each becomes, by display name or object ID:
 * `{ "groups": { "App Admins (legacy)": "ROLE_APP_ADMIN", "<object id>": "BASE_PROD_KV_SECRETS_GET" } }`.
 */
import { readFileSync } from 'fs';
import { TenantExportError } from './export-error';

/** Reads and checks a mapping file; throws a {@link TenantExportError} naming every bad entry. */
export function readMapping(file: string): Record<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new TenantExportError(`${file} can't be read as JSON: ${(e as Error).message}`);
  }
  const groups = (json as { groups?: unknown } | null)?.groups;
  if (json === null || typeof json !== 'object' || Array.isArray(json) || Object.keys(json).some((k) => k !== 'groups'))
    throw new TenantExportError(
      `${file}: a mapping file is { "groups": { "<display name or object ID>": "<BASE_, TASK_ or ROLE_ name>" } }`,
    );
  if (groups === null || typeof groups !== 'object' || Array.isArray(groups))
    throw new TenantExportError(
      `${file}: "groups" is an object of display names or object IDs to BASE_, TASK_ or ROLE_ names`,
    );
  const bad = Object.entries(groups as Record<string, unknown>).filter(
    ([, v]) => typeof v !== 'string' || !/^(BASE|TASK|ROLE)_[A-Z0-9_]+$/.test(v),
  );
  if (bad.length > 0)
    throw new TenantExportError(
      `${file}: ${bad.map(([k, v]) => `"${k}" maps to ${JSON.stringify(v)}`).join('; ')}: each group maps to a BASE_, TASK_ or ROLE_ name (upper-case words joined by _)`,
    );
  return groups as Record<string, string>;
}
