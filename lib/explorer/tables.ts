/**
 * The tables the page shows: rows of text cells, each row optionally carrying what the filters look at
 * (environment, standing or just-in-time, high privilege, end of a time-bound window). What is on screen is the
 * list of tables last shown with the filters applied; the CSV export writes exactly that.
 */
import type { AccessMode } from '../report/access-matrix';
import { csvField } from '../report/escape/csv-field';
import { h, replace } from './dom';

/** What the filters read from a row. */
export interface RowFacts {
  /** Environment of the grant, task or baseline. */
  readonly environment?: string;
  /** Standing or just-in-time. */
  readonly mode?: AccessMode;
  /** Reached through a high-privilege task. */
  readonly highPrivilege?: boolean;
  /** End of a time-bound window, ISO 8601 UTC. */
  readonly until?: string;
}

/** A row: its cells, and the facts the filters read (rows without facts are always shown). */
export interface Row {
  /** One text per column. */
  readonly cells: readonly string[];
  /** For the filters; absent: not filtered. */
  readonly facts?: RowFacts;
}

/** A table: its caption, columns and rows. */
export interface Table {
  /** Caption, e.g. `Grants of ROLE_DEVELOPER`. */
  readonly caption: string;
  /** Column headers. */
  readonly columns: readonly string[];
  /** Rows, in order. */
  readonly rows: readonly Row[];
}

/** The filter settings. */
export interface Filters {
  /** Only this environment; empty: all. */
  readonly environment: string;
  /** Only standing or only just-in-time; empty: both. */
  readonly mode: '' | AccessMode;
  /** Only rows reached through a high-privilege task. */
  readonly highPrivilege: boolean;
  /** Only time-bound rows ending within this many days (from now); undefined: no such filter. */
  readonly expiringDays?: number;
}

/** No filter. */
export const NO_FILTERS: Filters = { environment: '', mode: '', highPrivilege: false };

/** Whether a row passes the filters, judged at `nowMs`. */
export function rowPasses(row: Row, filters: Filters, nowMs: number): boolean {
  const f = row.facts;
  if (!f) return true;
  if (filters.environment !== '' && f.environment !== filters.environment) return false;
  if (filters.mode !== '' && f.mode !== filters.mode) return false;
  if (filters.highPrivilege && f.highPrivilege !== true) return false;
  if (filters.expiringDays !== undefined) {
    if (f.until === undefined) return false;
    const end = Date.parse(f.until);
    if (!(end <= nowMs + filters.expiringDays * 86_400_000)) return false;
  }
  return true;
}

/** The tables with the rows the filters keep. */
export function filterTables(tables: readonly Table[], filters: Filters, nowMs: number): Table[] {
  return tables.map((t) => ({ ...t, rows: t.rows.filter((r) => rowPasses(r, filters, nowMs)) }));
}

/** Renders tables (already filtered) into a container; `total` counts the rows before filtering. */
export function renderTables(container: Element, shown: readonly Table[], all: readonly Table[]): void {
  replace(
    container,
    ...shown.map((t, i) => {
      const before = all[i]?.rows.length ?? t.rows.length;
      const count = before === t.rows.length ? `${before}` : `${t.rows.length} of ${before}, filtered`;
      return h(
        'table',
        {},
        h('caption', {}, `${t.caption} (${count})`),
        h('thead', {}, h('tr', {}, ...t.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          ...(t.rows.length === 0
            ? [
                h(
                  'tr',
                  {},
                  h('td', { colspan: String(t.columns.length) }, before === 0 ? 'none' : 'none with these filters'),
                ),
              ]
            : t.rows.map((r) => h('tr', {}, ...r.cells.map((c) => h('td', {}, c))))),
        ),
      );
    }),
  );
}

/**
 * The tables as CSV: for each table, its caption on a line, the header, the rows, then an empty line. Every cell
 * through {@link csvField} (formulas neutralized, quoting as RFC 4180 says), lines ending in CRLF.
 */
export function tablesCsv(tables: readonly Table[]): string {
  const line = (cells: readonly string[]): string => `${cells.map(csvField).join(',')}\r\n`;
  return tables
    .map((t) => line([t.caption]) + line(t.columns) + t.rows.map((r) => line(r.cells)).join(''))
    .join('\r\n');
}
