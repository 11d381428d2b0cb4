/**
 * Values as literal Markdown (CommonMark and GitHub Flavored Markdown): whatever a name, description, UPN or
 * display name holds, it renders as the same text, in a table cell, a heading, a list item or a paragraph of its
 * own, and can never add a tag, a link, emphasis, a heading or a table row.
 */
import { MAY_BE_MARKED_CLASS, singleLine } from './control-chars';

/** ASCII letters and digits: an `_` between two of them never opens or closes emphasis. */
const ALNUM = /[A-Za-z0-9]/;

/**
 * Punctuation that is escaped with a backslash wherever it is: `\` itself, backtick (code spans), `*` and `~`
 * (emphasis, strikethrough), `|` (table cells, also inside a cell's code), `$` (GitHub math).
 */
const ALWAYS = /[\\`*~|$]/;

/** A `]` that would close a link or image (`](url)`), a reference (`][ref]`) or a definition (`]: url`). */
const LINK_CLOSE = /[([:]/;

/**
 * What a value's first characters would start if they began a line or a list item: a heading (`#`), a block
 * quote (`>`), a link reference definition or task box (`[`), a setext underline (`=`), a list item or thematic
 * break (`-` or `+` followed by a space, `-` or the end), an ordered list item (up to nine digits, `.` or `)`, then
 * a space or the end). The last character of the match is escaped.
 */
const LINE_START = /^(?:[#>[=]|[-+](?= |-|$)|\d{1,9}[.)](?= |$))/;

/**
 * Escapes a value for Markdown text: {@link singleLine} (control characters marked, line breaks collapsed to a
 * space), then `&` and `<` as the entities `&amp;` and `&lt;` (so `<script>` and `<img onerror=...>` are text),
 * backslash escapes for Markdown punctuation (an `_` inside a word, as in `ROLE_DEVELOPER`, stays as it is: it
 * can't make emphasis there; a `]` only where it would close a link; a `#` only where a heading would drop it),
 * and the start of the value escaped so it can't begin a block (spaces at either end as `&#32;`, so they neither
 * indent nor break the bold around a name). Safe in any inline position, in a GFM table cell, after a list marker
 * and as a line of its own. `#`, `>`, `[`, `-`, `+`, `=` and digits are plain text elsewhere, so `->` in a path,
 * `PR #41` and `[until 2026-12-31T23:59:59Z]` after a role stay as they are.
 */
export function mdText(value: string): string {
  return escapeText(value, false);
}

/**
 * A value as the text of a link (`[text](#anchor)`): {@link mdText} with every `[` and `]` escaped, so the link's
 * own brackets are the only ones and the whole value is its text.
 */
export function mdLinkText(value: string): string {
  return escapeText(value, true);
}

/** {@link mdText}, with every bracket escaped when `brackets`. */
/**
 * What the escaper may change: a control or line-break character, a Markdown or HTML special, an underscore run
 * not between two letters or digits, a space at either end (line starts are checked apart).
 */
const MAY_CHANGE = new RegExp(
  `[${MAY_BE_MARKED_CLASS}\\t\\r\\n&<\\\\\`*~|$#[\\]]|(?:^|[^A-Za-z0-9_])_|_(?:$|[^A-Za-z0-9_])|^ | $`,
);

function escapeText(value: string, brackets: boolean): string {
  // Most values (names, IDs, scopes) need nothing: return them without the character walk.
  if (!MAY_CHANGE.test(value) && !LINE_START.test(value)) return value;
  const s = singleLine(value);
  const closing = headingClose(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (
      ALWAYS.test(c) ||
      (c === '#' && i >= closing) ||
      (c === ']' && (brackets || LINK_CLOSE.test(s[i + 1] ?? ''))) ||
      (c === '[' && brackets)
    )
      out += `\\${c}`;
    else if (c === '_') out += underscore(s, i);
    else out += c;
  }
  const start = LINE_START.exec(out);
  if (start) out = `${start[0].slice(0, -1)}\\${out.slice(start[0].length - 1)}`;
  return out.replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length));
}

/** Where the `#` run a heading would drop as its closing sequence starts (`### Name ##`); the length if none. */
function headingClose(s: string): number {
  let i = s.length;
  while (i > 0 && s[i - 1] === ' ') i--;
  const end = i;
  while (i > 0 && s[i - 1] === '#') i--;
  return i < end ? i : s.length;
}

/** `_` when its run of underscores lies between two ASCII letters or digits of the value, else `\_`. */
function underscore(s: string, i: number): string {
  let before = i - 1;
  while (before >= 0 && s[before] === '_') before--;
  let after = i + 1;
  while (after < s.length && s[after] === '_') after++;
  return before >= 0 && after < s.length && ALNUM.test(s[before]) && ALNUM.test(s[after]) ? '_' : '\\_';
}

/** Code span content that needs no escaping: no backtick, pipe, `<`, `&`, line break or edge whitespace. */
const PLAIN_CODE = /^[^\s`|<&](?:[^`|<&\t\r\n]*[^\s`|<&])?$/;

/**
 * A value as inline code: `` `TASK_PROD_VIEWER` `` when it can be shown between single backticks as it is;
 * otherwise `<code>` with the value as {@link mdText} (a backtick, a pipe, `<` or `&` in it can't end the span,
 * split a table cell or add a tag, inside or outside a table). Control characters are marked, line breaks
 * collapsed. The empty string stays empty.
 */
export function mdCode(value: string): string {
  if (value === '') return '';
  const s = singleLine(value);
  return PLAIN_CODE.test(s) ? `\`${s}\`` : `<code>${mdText(s)}</code>`;
}

/** A value in a GFM table cell: the same as {@link mdText}, which is safe in cells. */
export const mdCell: (value: string) => string = mdText;
