/** Data as JSON inside an HTML `<script type="application/json">` element (the access explorer). */
import { markControls } from './control-chars';

/**
 * JSON text that is inert inside a `<script>` element: `<`, `>` and `&` are written as `\u003c`, `\u003e` and
 * `\u0026` (so no `</script>`, `<!--` or `<script` can end or change the element, whatever a value holds), the
 * line and paragraph separators U+2028 and U+2029 as `\u2028` and `\u2029`, and every other character
 * {@link markControls} marks (bidirectional overrides, zero-width characters, C1 controls) as its `\u202E` escape,
 * so the page's source shows none raw. `JSON.parse` reads back the same value: outside strings JSON has none of
 * these characters, and inside strings the escapes mean them.
 */
export function jsonForScript(value: unknown): string {
  return markControls(
    JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}
