/**
 * The one set of characters that change how text reads without being seen, and their visible markers. Every output
 * that shows a definition's text marks the same characters the same way: the reports (`markControls`, lib/report),
 * the command line (`terminalText`, `visibleText`), the access explorer, and the `hidden-character` rule, which
 * reports them in the definition itself (the Trojan Source attack, CVE-2021-42574, https://trojansource.codes/:
 * a reviewer reading the definition in a pull request does not see them either).
 *
 * What is in the set, and why:
 * - C0 controls (but tab, LF and CR, which each format handles as it needs), DEL and the C1 controls: ESC starts a
 *   terminal escape sequence, NUL makes an SVG unparseable, and none of them is text.
 * - The bidirectional formatting characters of UAX #9 (https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings
 *   and #Explicit_Directional_Isolates): ALM (U+061C), LRM and RLM (U+200E, U+200F), the embeddings and overrides
 *   U+202A-U+202E and the isolates U+2066-U+2069. They reorder the text around them: the Trojan Source attack.
 * - The invisible characters that join nothing: zero-width space (U+200B), word joiner (U+2060), the invisible
 *   operators U+2061-U+2064 (function application, invisible times, separator and plus: mathematical markup only,
 *   rendered as nothing, so they can hide a difference between two names), U+2065 (unassigned in that block, default
 *   ignorable: rendered as nothing by every font) and the byte order mark / zero-width no-break space (U+FEFF).
 * - Line and paragraph separators (U+2028, U+2029): a line break that most source views do not show as one.
 * - The noncharacters U+FFFE and U+FFFF and lone UTF-16 surrogates: neither is valid XML nor UTF-8.
 *
 * Deliberately not in it: zero-width non-joiner and joiner (ZWNJ U+200C, ZWJ U+200D). Ordinary words of Persian,
 * Kurdish, Malayalam, Sinhala and the other Indic scripts need them (Persian "names" and "a letter" differ by one
 * ZWNJ), and so do emoji sequences (UTS #51). Unicode excludes format characters from identifiers because they make
 * identical-looking strings differ, but allows these two in exactly those contexts (UAX #31, "Layout and Format
 * Control Characters", https://www.unicode.org/reports/tr31/; Unicode PRI #96,
 * https://www.unicode.org/review/pr-96.html): marking them would mangle legitimate display names and descriptions.
 * They only shape the letters next to them, never reorder or hide text; a confusable name (a ZWJ between Latin
 * letters) is the look-alike checks' concern (lib/model/look-alike.ts strips them from the skeleton).
 */

/**
 * The characters of the set as one regular-expression character class body (surrogates whole, lone or not), for a
 * quick test: a text without one needs no marking.
 */
export const HIDDEN_CHARACTER_CLASS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2028\\u2029\\u2060-\\u2065\\u2066-\\u2069\\uD800-\\uDFFF\\uFEFF\\uFFFE\\uFFFF';

/**
 * The characters of the set: C0 controls but tab, LF and CR, DEL and C1, the bidirectional marks, embeddings,
 * overrides and isolates, zero-width space, word joiner, the invisible operators U+2061-U+2065, the byte order
 * mark, line and paragraph separators, the noncharacters U+FFFE/U+FFFF and lone surrogates (a surrogate pair is
 * one ordinary character and is not matched). Global, for `replace`.
 */
export const HIDDEN_CHARACTERS = new RegExp(
  [
    '[',
    '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F', // C0, but tab, LF, CR
    '\\u007F-\\u009F', // DEL, C1
    '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069', // bidirectional marks, embeddings, overrides, isolates
    '\\u200B\\u2060-\\u2065\\uFEFF', // zero-width space, word joiner, invisible operators, BOM
    '\\u2028\\u2029', // line and paragraph separators
    '\\uFFFE\\uFFFF', // noncharacters
    ']',
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]', // lone surrogates
  ].join(''),
  'g',
);

const MAY_BE_HIDDEN = new RegExp(`[${HIDDEN_CHARACTER_CLASS}]`);

/** The visible marker of one character (one UTF-16 unit): `\u202E` (backslash, `u`, four upper-case hex digits). */
export function characterMarker(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `s` with every {@link HIDDEN_CHARACTERS} character replaced by its {@link characterMarker}; tab, LF and CR are
 * kept (each writer handles them as its format needs).
 */
export function markHiddenCharacters(s: string): string {
  return MAY_BE_HIDDEN.test(s) ? s.replace(HIDDEN_CHARACTERS, characterMarker) : s;
}

/** One {@link HIDDEN_CHARACTERS} character found in a text. */
export interface HiddenCharacter {
  /** Its {@link characterMarker}, e.g. `\u202E`. */
  readonly marker: string;
  /** Its position, from 1, in UTF-16 units (as JavaScript strings and most editors' columns count). */
  readonly position: number;
}

/** Every {@link HIDDEN_CHARACTERS} character of `s`, in order. */
export function findHiddenCharacters(s: string): HiddenCharacter[] {
  if (!MAY_BE_HIDDEN.test(s)) return [];
  return [...s.matchAll(HIDDEN_CHARACTERS)].map((m) => ({ marker: characterMarker(m[0]), position: m.index + 1 }));
}
