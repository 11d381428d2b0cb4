/** A small RFC 4180 CSV reader that keeps the line each row starts on, for error messages. */
import { AuditExportError } from './audit-event';

/** One row and the (1-based) line it starts on. */
export interface CsvRow {
  /** Line the row starts on (1-based). */
  readonly line: number;
  /** Field values, unquoted. */
  readonly fields: readonly string[];
}

/**
 * Splits CSV text into rows: comma-separated, fields optionally in double quotes (`""` is a quote inside), line
 * breaks inside quotes kept. Blank lines are skipped. Throws {@link AuditExportError} on an unterminated quote or
 * text after a closing quote, naming the line.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const s = text.replace(/^\uFEFF/, '');
  const endRow = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = s[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new AuditExportError(
            `${file}:${line}: text after a closing quote in line ${line} (a quote inside a quoted field is written "")`,
          );
        }
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted)
    throw new AuditExportError(`${file}:${quoteLine}: a quoted field opened in line ${quoteLine} is never closed`);
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
