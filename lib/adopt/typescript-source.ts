/**
 * A definition as a TypeScript module: `export const definition: AccessModelDefinition = { ... };`, formatted the
 * way Prettier formats it (width 120, single quotes, trailing commas), byte-identical for the same definition.
 * Every string is written as a TypeScript string literal that holds exactly that text: a display name with a quote,
 * backslash, line break, U+2028, a backtick, `${` or `*` + `/` can't end the literal, start a template or close a
 * comment (it is never inside one).
 */

/**
 * Characters written as `\\uXXXX`: controls, line and paragraph separators, lone surrogates, and the invisible
 * ones that could make the source read otherwise than it compiles (bidirectional overrides and isolates, marks,
 * zero-width characters, the BOM: "Trojan Source").
 */
const INVISIBLE = (c: number): boolean =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x061c ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x2028 && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x2069) ||
  c === 0xfeff ||
  (c >= 0xd800 && c <= 0xdfff);

/** Line width, as in the repository's .prettierrc. */
const WIDTH = 120;

/**
 * A TypeScript string literal holding exactly `text`: single-quoted, or double-quoted when that needs fewer escapes
 * (as Prettier chooses).
 */
export function tsString(text: string): string {
  const singles = text.split("'").length - 1;
  const doubles = text.split('"').length - 1;
  const quote = singles > doubles ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (INVISIBLE(c)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}${quote}`;
}

/** A property key: bare when it is an identifier, else a string literal. */
function tsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : tsString(key);
}

/** A JSON-like value (strings, numbers, booleans, arrays, plain objects) as TypeScript at `indent`. */
export function tsValue(value: unknown, indent = 0, prefix = 0): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  const pad = ' '.repeat(indent + 2);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inline = `[${value.map((v) => tsValue(v, 0, 0)).join(', ')}]`;
    // Prettier always breaks an array of two or more objects (or arrays) that each have more than one entry.
    const sizeOf = (v: unknown) =>
      Array.isArray(v) ? v.length : v !== null && typeof v === 'object' ? Object.keys(v).length : 0;
    const objects = value.length > 1 && value.every((v) => v !== null && typeof v === 'object' && sizeOf(v) > 1);
    if (!objects && !inline.includes('\n') && indent + prefix + inline.length <= WIDTH) return inline;
    return `[\n${value.map((v) => `${pad}${tsValue(v, indent + 2, 1)},\n`).join('')}${' '.repeat(indent)}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const inline = `{ ${entries.map(([k, v]) => `${tsKey(k)}: ${tsValue(v, 0, 0)}`).join(', ')} }`;
  if (!inline.includes('\n') && indent + prefix + inline.length <= WIDTH) return inline;
  return `{\n${entries
    .map(([k, v]) => {
      const key = `${tsKey(k)}: `;
      const text = tsValue(v, indent + 2, key.length + 1);
      // Prettier moves a string that doesn't fit beside its key to the next line, indented.
      if (typeof v === 'string' && indent + 2 + key.length + text.length + 1 > WIDTH)
        return `${pad}${key.trimEnd()}\n${pad}  ${text},\n`;
      return `${pad}${key}${text},\n`;
    })
    .join('')}${' '.repeat(indent)}}`;
}

/** The module: a header comment (fixed text only), the import of the type and the exported definition. */
export function definitionSource(definition: unknown, exportName = 'definition'): string {
  const head = `export const ${exportName}: AccessModelDefinition = `;
  return [
    '// Written by `task-access import` from an export of the tenant (docs/import.md). Review the findings it printed,',
    '// then edit freely: `existing` makes the first apply import the objects that are already there.',
    "import type { AccessModelDefinition } from 'cdktf-task-access';",
    '',
    `${head}${tsValue(definition, 0, head.length + 1)};`,
    '',
  ].join('\n');
}
