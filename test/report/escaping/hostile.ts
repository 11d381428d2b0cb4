/**
 * Hostile text for the report-escaping tests: the pieces an attacker puts into one field of a definition (markup,
 * line breaks, formulas, bidirectional overrides, NUL), a fast-check arbitrary over them, a way to put one into
 * every text field of a model, and checks of the shapes a value must not change.
 */
import fc from 'fast-check';

/** Fixed seed and bounded runs, as test/reliability/properties.test.ts: `FC_SEED=... FC_RUNS=...` to vary. */
export const FC_PARAMS = { seed: Number(process.env.FC_SEED ?? 20261123), numRuns: Number(process.env.FC_RUNS ?? 40) };

/** Pieces of hostile text. */
export const HOSTILE_PIECES: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '|',
  '\r',
  '\n',
  '\r\n',
  '`',
  '```',
  "=cmd|' /C calc'!A0",
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\u202E',
  '\u2066',
  '\u200F',
  '\u0000',
  '\u001B[31m',
  '\u0085',
  '\u2028',
  '\u2062',
  '\u200D',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '"',
  "'",
  ',',
  ';',
  ':',
  '&',
  '&amp;',
  '#',
  '# ',
  '*',
  '_',
  '~',
  '$',
  '[',
  ']',
  '](javascript:alert(1))',
  '[x]: http://evil.example',
  '(',
  ')',
  '>',
  '\\',
  '!',
  '1. ',
  '- ',
  '    ',
  ' ',
  'a',
  'Z9',
  'é',
  '😀',
  '#quot;',
  '-->',
  'end',
];

/** Arbitrary hostile text: pieces in any order, or any string of code units. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('<', '|', '\n', '\r', '`', '=', '\u202E', '\u0000', '"', '\\', '_', '*', ' '),
    minLength: 1,
  }),
);

/**
 * A deep copy of a value with `suffix` appended to every non-empty string, except under the keys in `keep`
 * (discriminators and values code parses). Equal strings stay equal and distinct ones distinct, so names still
 * refer to what they referred to, and prefixes (`ROLE_`, `/subscriptions/`) stay in front.
 */
export function withSuffix<T>(value: T, suffix: string, keep: ReadonlySet<string>): T {
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (typeof v === 'string') return v === '' || (key !== undefined && keep.has(key)) ? v : v + suffix;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, undefined) as T;
}

/** Keys of a resolved model whose strings are discriminators or parsed, never free text. */
export const MODEL_KEEP: ReadonlySet<string> = new Set([
  'kind',
  'memberKind',
  'mode',
  'reach',
  'eligibilityExpiry',
  'maximumActivation',
  'from',
  'until',
  'schemaVersion',
]);

/**
 * C0 controls but tab, LF and CR; DEL and C1; bidirectional marks, overrides and isolates; zero-width space, word
 * joiner and invisible operators; BOM; separators; noncharacters; lone surrogates (not ZWNJ and ZWJ).
 */
export const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060-\u2065\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A character XML 1.0 does not allow in a document (production `Char`). */
export const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** How many cells a GFM table line has: it splits at every `|` no backslash escapes. */
export function tableCells(line: string): number {
  return line.replace(/\\./g, 'x').split('|').length - 2;
}

/**
 * The shape of a Markdown document: how many lines of each kind (blank, heading of each level, table line by its
 * cell count, list item, fence, other). A value that forged a line, a heading or a cell would change it.
 */
export function markdownShape(md: string): Record<string, number> {
  const shape: Record<string, number> = {};
  let fenced = false;
  for (const line of md.split('\n')) {
    let kind: string;
    if (line.startsWith('```')) {
      kind = 'fence';
      fenced = !fenced;
    } else if (fenced) kind = 'in fence';
    else if (line === '') kind = 'blank';
    else if (/^#{1,6} /.test(line)) kind = `h${/^#+/.exec(line)?.[0].length}`;
    else if (line.startsWith('|')) kind = `table ${tableCells(line)}`;
    else if (/^ *- /.test(line)) kind = `list ${/^ */.exec(line)?.[0].length}`;
    else kind = 'other';
    shape[kind] = (shape[kind] ?? 0) + 1;
  }
  return shape;
}

/** Markup the writers add themselves; any other `<` in a Markdown document would come from a value. */
export const OWN_TAGS = /<br>|<br\/>|<\/?small>|<\/?code>/g;

/** The elements of rendered HTML, counted by name: `{ table: 2, tr: 9, code: 14, ... }`. */
export function elementCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)) counts[m[1]] = (counts[m[1]] ?? 0) + 1;
  return counts;
}

/**
 * Markdown rendered by markdown-it (CommonMark, GFM tables and strikethrough), raw HTML allowed as GitHub allows
 * it, so a tag a value smuggled in would be an element. markdown-it comes with typedoc and declares no types.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: { html: boolean }) => { render(src: string): string };
const markdownIt = new MarkdownIt({ html: true });

/** The HTML of a Markdown document. */
export function renderMarkdown(md: string): string {
  return markdownIt.render(md);
}

/** Text of rendered HTML, entities decoded: what a reader sees. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** A deep copy of a value with every string equal to a key of `to` replaced by its value: one field, everywhere. */
export function replaceText<T>(value: T, to: Readonly<Record<string, string>>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return Object.prototype.hasOwnProperty.call(to, v) ? to[v] : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** How many `<` a Markdown document has besides {@link OWN_TAGS}: the writer's own text only, never a value's. */
export function rawLessThan(md: string): number {
  return (md.replace(OWN_TAGS, '').match(/</g) ?? []).length;
}

/**
 * The Markdown property every writer's tests check (fast-check, {@link FC_PARAMS}): `write` given arbitrary hostile
 * texts (`arity` of them) gives the same lines, headings, table rows and cells, raw `<` count and rendered
 * elements as given `x` for each, and no invisible character.
 */
export function expectMarkdownShapeKept(write: (...texts: string[]) => string, arity = 1): void {
  const plain = write(...Array.from({ length: arity }, () => 'x'));
  const shape = markdownShape(plain);
  const elements = elementCounts(renderMarkdown(plain));
  fc.assert(
    fc.property(fc.tuple(...Array.from({ length: arity }, () => hostileText)), (texts) => {
      const md = write(...texts);
      expect(markdownShape(md)).toEqual(shape);
      expect(rawLessThan(md)).toBe(rawLessThan(plain));
      expect(md).not.toMatch(INVISIBLE);
      expect(elementCounts(renderMarkdown(md))).toEqual(elements);
    }),
    FC_PARAMS,
  );
}
