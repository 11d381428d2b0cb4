/**
 * Exports of Entra audit logs as JSON: a Graph directoryAudits page (`{ "value": [...], "@odata.nextLink"? }`),
 * several pages in an array, a plain array of records, or the diagnostic settings shape (`{ "records": [...] }`).
 */
import { AuditExportError, type AuditEvent } from './audit-event';
import { readDirectoryAudit } from './directory-audit';

/** A position in a text, 1-based. */
export interface TextPosition {
  /** Line. */
  readonly line: number;
  /** Column. */
  readonly column: number;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parse(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const end = /end of JSON input/.test(msg);
    const at = pos ? lineAndColumn(text, Number(pos[1])) : end ? lineAndColumn(text, text.length) : undefined;
    const reason = end
      ? 'the file ends in the middle of a value'
      : msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    throw new AuditExportError(
      `${file}: not valid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}: ${reason}`,
    );
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Records of a parsed export with their position, e.g. `value[2]` or `[1].value[0]`. */
function records(doc: unknown, file: string): { raw: unknown; path: string }[] {
  const fromPage = (page: Record<string, unknown>, prefix: string): { raw: unknown; path: string }[] | undefined => {
    for (const key of ['value', 'records']) {
      if (key in page) {
        const list = page[key];
        if (!Array.isArray(list))
          throw new AuditExportError(`${file}: ${prefix}${key} must be an array of audit records`);
        return list.map((raw, i) => ({ raw, path: `${prefix}${key}[${i}]` }));
      }
    }
    return undefined;
  };
  if (Array.isArray(doc)) {
    return doc.flatMap((item, i) =>
      isObject(item) && ('value' in item || 'records' in item) && !('activityDisplayName' in item)
        ? (fromPage(item, `[${i}].`) ?? [])
        : [{ raw: item, path: `[${i}]` }],
    );
  }
  if (isObject(doc)) {
    const list = fromPage(doc, '');
    if (list) return list;
  }
  throw new AuditExportError(
    `${file}: not an Entra audit log export: expected a Graph page { "value": [...] }, an array of records or pages, or { "records": [...] }`,
  );
}

/** Reads a JSON export; throws {@link AuditExportError} naming the file and the line or record. */
export function readAuditJson(text: string, file: string): AuditEvent[] {
  const doc = parse(text.replace(/^\uFEFF/, ''), file);
  return records(doc, file).map(({ raw, path }, i) => {
    const id = isObject(raw) && typeof raw.id === 'string' ? `, id ${JSON.stringify(raw.id)}` : '';
    return readDirectoryAudit(raw, `${file} record ${i + 1} (${path}${id})`);
  });
}
