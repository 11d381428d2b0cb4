/**
 * One CSV cell, the only way the project writes one: control characters marked ({@link markControls}), a formula
 * neutralized (the OWASP CSV-injection rule), then quoted as RFC 4180 says.
 */
import { MAY_BE_MARKED_CLASS, markControls } from './control-chars';

/** What {@link csvField} may change: a control character, a quote, comma or line break, a formula start. */
const MAY_CHANGE = new RegExp(`[${MAY_BE_MARKED_CLASS}",\\r\\n]|^[=+\\-@\\t]`);

/**
 * The first characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula or
 * command: `=`, `+`, `-`, `@`, tab and CR (OWASP, CSV Injection).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as text, not a formula: a value starting with {@link FORMULA_START} gets a leading `'`, which
 * spreadsheets show as text and hide (`=cmd|' /C calc'!A0` becomes `'=cmd|' /C calc'!A0`). Other values unchanged.
 */
export function neutralizeFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * One CSV field: {@link markControls}, {@link neutralizeFormula}, then quoted (RFC 4180) when it holds a quote, a
 * comma, a CR or an LF, with quotes doubled. Tab, CR and LF are kept (inside quotes), as RFC 4180 allows.
 */
export function csvField(s: string): string {
  // Most cells need nothing: no control character, no quote, comma or line break, no formula start.
  if (!MAY_CHANGE.test(s)) return s;
  const cell = neutralizeFormula(markControls(s));
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
