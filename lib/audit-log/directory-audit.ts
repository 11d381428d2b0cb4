/**
 * One Graph directoryAudit record (GET /auditLogs/directoryAudits, or the diagnostic/Event Hub shape with the
 * Graph fields under `properties`) reduced to an {@link AuditEvent}. Keys are read case-insensitively (one
 * Microsoft example writes "Type"); unknown fields are ignored.
 */
import { AuditExportError, parseAuditTime, type AuditActor, type AuditEvent, type AuditTarget } from './audit-event';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value of a key, matched case-insensitively. */
function field(o: Json, name: string): unknown {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  const key = Object.keys(o).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : o[key];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function target(raw: unknown, where: string, i: number): AuditTarget {
  if (!isObject(raw)) throw new AuditExportError(`${where}: targetResources[${i}] is not an object`);
  const type = str(field(raw, 'type')) ?? '';
  const id = str(field(raw, 'id'));
  const displayName = str(field(raw, 'displayName'));
  const userPrincipalName = str(field(raw, 'userPrincipalName'));
  return {
    type,
    ...(id ? { id } : {}),
    ...(displayName ? { displayName } : {}),
    ...(userPrincipalName ? { userPrincipalName } : {}),
  };
}

function actor(initiatedBy: unknown, where: string): AuditActor | undefined {
  if (initiatedBy === undefined || initiatedBy === null) return undefined;
  if (!isObject(initiatedBy)) throw new AuditExportError(`${where}: initiatedBy is not an object`);
  const user = field(initiatedBy, 'user');
  if (user === undefined || user === null) return undefined;
  if (!isObject(user)) throw new AuditExportError(`${where}: initiatedBy.user is not an object`);
  const id = str(field(user, 'id'));
  const upn = str(field(user, 'userPrincipalName'));
  const name = str(field(user, 'displayName'));
  if (!id && !upn && !name) return undefined;
  return { ...(id ? { id } : {}), ...(upn ? { userPrincipalName: upn } : {}), ...(name ? { displayName: name } : {}) };
}

function justificationDetail(details: unknown, where: string): string | undefined {
  if (details === undefined || details === null) return undefined;
  if (!Array.isArray(details)) throw new AuditExportError(`${where}: additionalDetails is not an array`);
  for (const d of details) {
    if (isObject(d) && String(field(d, 'key') ?? '').toLowerCase() === 'justification') return str(field(d, 'value'));
  }
  return undefined;
}

/** Reads one record; throws {@link AuditExportError} naming `where` when it is malformed. */
export function readDirectoryAudit(raw: unknown, where: string): AuditEvent {
  if (!isObject(raw))
    throw new AuditExportError(
      `${where}: a record must be a JSON object, got ${Array.isArray(raw) ? 'an array' : JSON.stringify(raw)}`,
    );
  // Diagnostic settings / Event Hub shape: { operationName, category: "AuditLogs", properties: { ...Graph fields } }.
  const props = field(raw, 'properties');
  const r: Json = field(raw, 'activityDisplayName') === undefined && isObject(props) ? props : raw;
  const activity = str(field(r, 'activityDisplayName')) ?? (r === raw ? undefined : str(field(raw, 'operationName')));
  if (activity === undefined)
    throw new AuditExportError(`${where}: activityDisplayName is missing (every directoryAudit record has it)`);
  const when = field(r, 'activityDateTime');
  const time = typeof when === 'string' ? parseAuditTime(when) : NaN;
  if (Number.isNaN(time))
    throw new AuditExportError(
      `${where}: activityDateTime ${JSON.stringify(when ?? null)} is not a date (ISO 8601, UTC, e.g. "2026-03-02T09:15:00Z")`,
    );
  const targetsRaw = field(r, 'targetResources') ?? [];
  if (!Array.isArray(targetsRaw)) throw new AuditExportError(`${where}: targetResources is not an array`);
  const targets = targetsRaw.map((t, i) => target(t, where, i));
  const who = actor(field(r, 'initiatedBy'), where);
  const justification = str(field(r, 'resultReason')) ?? justificationDetail(field(r, 'additionalDetails'), where);
  const category = str(field(r, 'category'));
  const service = str(field(r, 'loggedByService'));
  const result = str(field(r, 'result'));
  return {
    source: where,
    activity,
    ...(category ? { category } : {}),
    ...(service ? { service } : {}),
    ...(result ? { result } : {}),
    time,
    ...(who ? { actor: who } : {}),
    targets,
    ...(justification ? { justification } : {}),
  };
}
