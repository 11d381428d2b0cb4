/** Values as literal XML (the SVG diagram): text nodes and double-quoted attribute values. */
import { singleLine } from './control-chars';

/**
 * XML-escapes a value for an SVG text node or a double-quoted attribute: {@link singleLine} first (every character
 * XML 1.0 forbids, such as NUL, is replaced with its visible marker, so the document always parses; tabs and line
 * breaks become a space, as an attribute would normalize them anyway), then `&`, `<`, `>` and `"` as entities.
 */
export function escapeXml(s: string): string {
  return singleLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
