/**
 * Text for people from values of any shape: bounded in depth and length (a 100,000-level nested value never
 * overflows the stack), never throwing (a getter that throws shows as `?`), and without characters that reorder or
 * hide text in a terminal (control and bidirectional-override characters are shown as `\uXXXX`).
 */

import { characterMarker, markHiddenCharacters } from './hidden-characters';

/** Levels of a value shown; deeper levels show as `[...]` or `{...}`. */
export const PREVIEW_DEPTH = 8;

/**
 * `text` with every character of the one hidden set (`HIDDEN_CHARACTERS`: control, bidirectional formatting and
 * invisible characters), and tab, LF and CR too, written as `\u202E` markers (upper-case hex, as every report writer
 * and the command line's output show them): one line, whatever the text holds, that reads as it is stored.
 */
export function visibleText(text: string): string {
  const marked = markHiddenCharacters(text);
  return /[\t\n\r]/.test(marked) ? marked.replace(/[\t\n\r]/g, characterMarker) : marked;
}

/** A preview: the text, and whether it shows the whole value. */
export interface ValuePreview {
  /** JSON-like text, cut after the budget (then ending in `...`). */
  readonly text: string;
  /** False when the text was cut (budget) or levels were left out (depth). */
  readonly complete: boolean;
}

const UNREADABLE = Symbol('unreadable');

/**
 * A string as JSON, with its escapes of the hidden set's characters (C0 controls, lone surrogates) written as that
 * set's markers everywhere else: `\u001B` (upper-case hex), and backspace and form feed as `\u0008` and `\u000C`
 * rather than `\b` and `\f`. The same JSON value; `\n`, `\r`, `\t` stay.
 */
function jsonString(s: string): string {
  const json = JSON.stringify(s);
  if (!/\\[ubf]/.test(json)) return json;
  return json.replace(/\\(?:\\|u[0-9a-f]{4}|b|f)/g, (e) =>
    e === '\\b' ? '\\u0008' : e === '\\f' ? '\\u000C' : `\\${e.slice(1).toUpperCase().replace('U', 'u')}`,
  );
}

function read(get: () => unknown): unknown {
  try {
    return get();
  } catch {
    return UNREADABLE;
  }
}

/** JSON-like text of `v`: at most `budget` characters, {@link PREVIEW_DEPTH} levels, never throwing. */
export function previewValue(v: unknown, budget = 2000): ValuePreview {
  let out = '';
  let complete = true;
  const emit = (s: string): boolean => {
    out += s;
    return out.length <= budget;
  };
  const walk = (x: unknown, depth: number): boolean => {
    if (x === UNREADABLE) return emit('?');
    if (typeof x === 'string') return emit(jsonString(x));
    if (typeof x === 'number' || typeof x === 'boolean' || x === null) return emit(String(x));
    if (x === undefined) return emit('undefined');
    if (typeof x === 'bigint') return emit(`${x}n`);
    if (typeof x === 'function') return emit('[function]');
    if (typeof x === 'symbol') return emit(x.toString());
    const isArray = read(() => Array.isArray(x));
    const keys = isArray === false ? read(() => Object.keys(x as object)) : [];
    if (isArray === UNREADABLE || keys === UNREADABLE) return emit('?');
    if (depth >= PREVIEW_DEPTH) {
      complete = false;
      return emit(isArray ? '[...]' : '{...}');
    }
    if (isArray) {
      const a = x as unknown[];
      const n = Number(read(() => a.length)) || 0;
      if (!emit('[')) return false;
      for (let i = 0; i < n; i++)
        if (
          (i > 0 && !emit(',')) ||
          !walk(
            read(() => a[i]),
            depth + 1,
          )
        )
          return false;
      return emit(']');
    }
    const ks = keys as string[];
    if (!emit('{')) return false;
    for (let i = 0; i < ks.length; i++) {
      if ((i > 0 && !emit(',')) || !emit(`${JSON.stringify(ks[i])}:`)) return false;
      if (
        !walk(
          read(() => (x as Record<string, unknown>)[ks[i]]),
          depth + 1,
        )
      )
        return false;
    }
    return emit('}');
  };
  if (!walk(v, 0)) return { text: visibleText(`${out.slice(0, budget)}...`), complete: false };
  return { text: visibleText(out), complete };
}
