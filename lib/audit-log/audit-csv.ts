/**
 * The audit log CSV downloaded from the Entra portal. Microsoft documents no column list; the names read here
 * (`Date (UTC)`, `Category`, `Activity`, `Service`, `Result`, `ResultReason`, `ActorObjectId`,
 * `ActorUserPrincipalName`, `ActorDisplayName`, `Target<N>Type` / `DisplayName` / `ObjectId` /
 * `UserPrincipalName`, `AdditionalDetail<N>Key` / `Value`) are those third-party parsers show, matched
 * case-insensitively. The CSV keeps only three targets, which can drop the group of a GroupManagement activation
 * (pim-audit-log-facts.md): such activations are kept, marked, and reported as unattributed. Prefer the JSON
 * download or Graph.
 */
import { AuditExportError, parseAuditTime, type AuditEvent, type AuditTarget } from './audit-event';
import { parseCsv } from './csv-parse';

/** Columns an audit CSV must have. */
export const REQUIRED_CSV_COLUMNS: readonly string[] = ['Date (UTC)', 'Activity', 'Category'];

/** Reads a portal CSV export; throws {@link AuditExportError} naming the file and line. */
export function readAuditCsv(text: string, file: string): AuditEvent[] {
  const rows = parseCsv(text, file);
  if (rows.length === 0) throw new AuditExportError(`${file}: empty file: expected a header line and audit records`);
  const header = rows[0];
  const index = new Map<string, number>();
  header.fields.forEach((h, i) => {
    const k = h.trim().toLowerCase();
    if (!index.has(k)) index.set(k, i);
  });
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !index.has(c.toLowerCase()));
  if (missing.length > 0) {
    throw new AuditExportError(
      `${file}:${header.line}: not an Entra audit log CSV: the header lacks ${missing.map((c) => `"${c}"`).join(', ')} (found: ${header.fields
        .slice(0, 8)
        .map((h) => `"${h.trim()}"`)
        .join(', ')}${header.fields.length > 8 ? ', ...' : ''})`,
    );
  }
  const targetNumbers = [...index.keys()]
    .flatMap((k) => {
      const m = /^target(\d+)type$/.exec(k);
      return m ? [Number(m[1])] : [];
    })
    .sort((a, b) => a - b);
  const detailNumbers = [...index.keys()]
    .flatMap((k) => {
      const m = /^additionaldetail(\d+)key$/.exec(k);
      return m ? [Number(m[1])] : [];
    })
    .sort((a, b) => a - b);

  return rows.slice(1).map((row) => {
    const where = `${file} line ${row.line}`;
    if (row.fields.length !== header.fields.length) {
      throw new AuditExportError(
        `${file}:${row.line}: line ${row.line} has ${row.fields.length} fields, the header has ${header.fields.length} (a comma inside a value must be quoted)`,
      );
    }
    const get = (column: string): string | undefined => {
      const i = index.get(column.toLowerCase());
      const v = i === undefined ? undefined : row.fields[i].trim();
      return v ? v : undefined;
    };
    const activity = get('Activity');
    if (!activity) throw new AuditExportError(`${file}:${row.line}: line ${row.line} has no Activity`);
    const date = get('Date (UTC)') ?? '';
    const time = parseAuditTime(date);
    if (Number.isNaN(time))
      throw new AuditExportError(
        `${file}:${row.line}: line ${row.line}: Date (UTC) ${JSON.stringify(date)} is not a date (ISO 8601, e.g. 2026-03-02T09:15:00Z)`,
      );
    const targets: AuditTarget[] = targetNumbers.flatMap((n) => {
      const type = get(`Target${n}Type`);
      const id = get(`Target${n}ObjectId`);
      const displayName = get(`Target${n}DisplayName`);
      const upn = get(`Target${n}UserPrincipalName`);
      if (!type && !id && !displayName && !upn) return [];
      return [
        {
          type: type ?? '',
          ...(id ? { id } : {}),
          ...(displayName ? { displayName } : {}),
          ...(upn ? { userPrincipalName: upn } : {}),
        },
      ];
    });
    const actorId = get('ActorObjectId');
    const actorUpn = get('ActorUserPrincipalName');
    const actorName = get('ActorDisplayName');
    const detail = detailNumbers
      .map((n) => [get(`AdditionalDetail${n}Key`), get(`AdditionalDetail${n}Value`)] as const)
      .find(([k]) => k?.toLowerCase() === 'justification');
    const justification = get('ResultReason') ?? detail?.[1];
    const category = get('Category');
    const service = get('Service');
    const result = get('Result');
    return {
      source: where,
      activity,
      ...(category ? { category } : {}),
      ...(service ? { service } : {}),
      ...(result ? { result } : {}),
      time,
      ...(actorId || actorUpn || actorName
        ? {
            actor: {
              ...(actorId ? { id: actorId } : {}),
              ...(actorUpn ? { userPrincipalName: actorUpn } : {}),
              ...(actorName ? { displayName: actorName } : {}),
            },
          }
        : {}),
      targets,
      ...(justification ? { justification } : {}),
      targetsTruncated: true,
    };
  });
}
