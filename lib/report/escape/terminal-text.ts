/**
 * Text for a terminal: whatever a definition, an import, an audit log or a file put into it, it can't move the
 * cursor, clear the screen, set a hyperlink or a title, overwrite a line, reorder or hide text. See docs/safety.md,
 * "The terminal".
 */
import { MAY_BE_MARKED_CLASS, markControls } from './control-chars';

/** A character {@link terminalText} changes: one {@link markControls} marks, or a CR not ending a line (CRLF). */
const MAY_CHANGE = new RegExp(`[${MAY_BE_MARKED_CLASS}\\r]`);

/**
 * The output seam of the command line: {@link markControls} (ESC and every other control character but tab, LF and
 * CR, DEL and C1, bidirectional overrides and isolates, zero-width characters, line and paragraph separators shown
 * as `\u001B`-style markers), and a CR that doesn't end a line (one not followed by LF) as `\u000D`, so it can't
 * return the cursor to overwrite the line. Tab and LF stay: they are the output's own (a value's are marked where
 * the line is composed, e.g. with `visibleText`), and so does CRLF, the line end of CSV, which overwrites nothing.
 * Lossless on JSON: the characters it marks appear raw only inside JSON strings, where a marker is the JSON escape
 * of the same character.
 */
export function terminalText(text: string): string {
  return MAY_CHANGE.test(text) ? markControls(text).replace(/\r(?!\n)/g, '\\u000D') : text;
}
