/**
 * Characters that change how report text reads without being seen: bidirectional overrides and isolates (a name
 * that reads `ROLE_ADMIN` but is stored reversed), zero-width characters, line and paragraph separators, C0 and C1
 * control characters (a NUL makes an SVG unparseable), noncharacters and lone surrogates (neither is valid XML
 * nor UTF-8). Every report writer (Markdown, CSV, SVG, Mermaid) replaces each such character with a visible
 * marker, `\u202E` (backslash, `u`, four upper-case hex digits), so an auditor sees that it was there and which
 * one it was, and the text around it stays as written.
 */

/**
 * The characters replaced by {@link markControls}: C0 controls except tab, LF and CR (each format decides about
 * those), DEL and the C1 controls, ALM (U+061C), zero-width space (U+200B), LRM/RLM (U+200E, U+200F), line and
 * paragraph separators (U+2028, U+2029), the embeddings and overrides U+202A-U+202E, word joiner (U+2060), the
 * isolates U+2066-U+2069, the byte order mark / zero-width no-break space (U+FEFF), the noncharacters U+FFFE and
 * U+FFFF, and lone UTF-16 surrogates. Global, for `replace`.
 */
export const MARKED_CHARACTERS = new RegExp(
  [
    '[',
    '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F', // C0, but tab, LF, CR
    '\\u007F-\\u009F', // DEL, C1
    '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069', // bidirectional marks, embeddings, overrides, isolates
    '\\u200B\\u2060\\uFEFF', // zero-width space, word joiner, BOM
    '\\u2028\\u2029', // line and paragraph separators
    '\\uFFFE\\uFFFF', // noncharacters
    ']',
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]', // lone surrogates
  ].join(''),
  'g',
);

/**
 * The characters {@link MARKED_CHARACTERS} can match (surrogates whole), as a class for other writers' quick
 * checks: a text without one is left as it is.
 */
export const MAY_BE_MARKED_CLASS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2028\\u2029\\u2060\\u2066-\\u2069\\uD800-\\uDFFF\\uFEFF\\uFFFE\\uFFFF';
const MAY_BE_MARKED = new RegExp(`[${MAY_BE_MARKED_CLASS}]`);

/** The visible marker of one character: `\u202E`. */
export function controlMarker(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Replaces every {@link MARKED_CHARACTERS} character with its {@link controlMarker}; keeps tab, LF and CR, which
 * each writer handles as its format needs (CSV quotes them, the others collapse them with {@link singleLine}).
 */
export function markControls(s: string): string {
  return MAY_BE_MARKED.test(s) ? s.replace(MARKED_CHARACTERS, controlMarker) : s;
}

/**
 * {@link markControls}, then every run of tabs, CRs and LFs becomes one space: a value can never start a new line
 * (a forged heading, table row or SVG line) in a format where lines mean something.
 */
export function singleLine(s: string): string {
  const marked = markControls(s);
  return /[\t\r\n]/.test(marked) ? marked.replace(/[\t\r\n]+/g, ' ') : marked;
}
