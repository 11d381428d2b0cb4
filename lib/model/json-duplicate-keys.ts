/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys of one object silently, so a reviewer
 * reading the first `members` list would approve another than the one applied: a definition file with a duplicate
 * key is rejected (rule `duplicate-key`), with the line and column of each. A small scanner over text `JSON.parse`
 * has accepted: iterative (any nesting depth), keys compared after unescaping (`"\u006dembers"` is `members`).
 */
import type { Problem } from './problem';

/** A key given twice in one JSON object. */
export interface DuplicateJsonKey {
  /** The object holding the key, as a definition path (`roles[0]`), `''` for the top level. */
  readonly objectPath: string;
  /** The key, unescaped. */
  readonly key: string;
  /** Where the repeated key is: line and column, both from 1 (columns count UTF-16 code units). */
  readonly line: number;
  /** Column of the repeated key's opening quote. */
  readonly column: number;
  /** Line of the key's first occurrence in the object. */
  readonly firstLine: number;
  /** Column of the key's first occurrence. */
  readonly firstColumn: number;
}

interface ObjectFrame {
  readonly kind: 'object';
  readonly path: string;
  readonly keys: Map<string, { line: number; column: number }>;
  expectKey: boolean;
  key: string;
}
interface ArrayFrame {
  readonly kind: 'array';
  readonly path: string;
  index: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const member = (path: string, key: string): string =>
  IDENTIFIER.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

/** Every duplicate key of JSON text that `JSON.parse` accepts, in text order. */
export function findDuplicateJsonKeys(text: string): DuplicateJsonKey[] {
  const out: DuplicateJsonKey[] = [];
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  let line = 1;
  let lineStart = 0;
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.kind === 'object' ? member(top.path, top.key) : `${top.path}[${top.index}]`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const column = i - lineStart + 1;
        const first = top.keys.get(key);
        if (first)
          out.push({ objectPath: top.path, key, line, column, firstLine: first.line, firstColumn: first.column });
        else top.keys.set(key, { line, column });
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push({ kind: 'object', path: childPath(), keys: new Map(), expectKey: true, key: '' });
    } else if (c === '[') {
      stack.push({ kind: 'array', path: childPath(), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return out;
}

/** The `duplicate-key` problems of JSON text (see {@link findDuplicateJsonKeys}). */
export function duplicateJsonKeyProblems(text: string): Problem[] {
  return findDuplicateJsonKeys(text).map((d) => ({
    path: member(d.objectPath, d.key),
    rule: 'duplicate-key',
    message: `key "${d.key}" appears twice in one object, at line ${d.firstLine}, column ${d.firstColumn} and again at line ${d.line}, column ${d.column}: JSON keeps only the last, so a reader of the first would review something else than what is applied`,
    value: d.key,
    fix: `keep one "${d.key}" (merge the two values into it) and delete the other`,
  }));
}
