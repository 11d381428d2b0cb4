/**
 * A plain-data snapshot of a definition, taken once before anything reads it: every property is read exactly once
 * (a getter or Proxy runs once, and can't give validation one value and the constructs another), the copy is
 * frozen, and validation, resolution and everything downstream read only the copy. What can't be copied as plain
 * data (a getter or Proxy trap that throws, a cycle, a function, a symbol, a class instance, nesting deeper than
 * {@link MAX_DEFINITION_DEPTH}) is one problem (rule `plain-data`) naming its path, never a stack trace.
 */
import { AccessModelError, type Problem } from './problem';

/** Deepest nesting a definition may have (its own structure needs fewer than ten levels). */
export const MAX_DEFINITION_DEPTH = 64;
/** Most elements of one array (the schema's limit of every list). */
export const MAX_SNAPSHOT_ARRAY_LENGTH = 100_000;

/** A snapshot taken. */
export interface SnapshotTaken {
  /** Discriminant: the snapshot was taken. */
  readonly ok: true;
  /** The frozen plain-data copy. */
  readonly value: unknown;
}

/** A snapshot that could not be taken. */
export interface SnapshotRefused {
  /** Discriminant: the input is not plain data. */
  readonly ok: false;
  /** The one `plain-data` problem, naming the path. */
  readonly problem: Problem;
}

/** The result of {@link takeSnapshot}: the frozen copy, or the one problem that prevented it. */
export type SnapshotResult = SnapshotTaken | SnapshotRefused;

const RULE = 'plain-data';
const PLAIN_FIX = 'give plain data only: objects, arrays, strings, numbers and booleans (no getter, Proxy or class)';
const snapshots = new WeakSet<object>();

/**
 * Where a value is, as a chain from the root; turned into text (`roles[0].members`) only for a problem, so a
 * definition that is plain data costs no path strings.
 */
interface Path {
  readonly parent: Path | undefined;
  readonly key: string | number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The text of a path: `a.b[0]["c d"]`. */
function pathText(path: Path | undefined): string {
  const keys: (string | number)[] = [];
  for (let p = path; p !== undefined; p = p.parent) keys.push(p.key);
  let text = '';
  for (const key of keys.reverse()) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += IDENTIFIER.test(key) ? (text ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return text;
}

/** A failure at a path, carried up to {@link takeSnapshot}. */
class NotPlainData {
  readonly path: string;
  constructor(
    path: Path | undefined,
    readonly message: string,
    readonly fix: string = PLAIN_FIX,
  ) {
    this.path = pathText(path) || '(definition)';
  }
}

/** The first line of what was thrown, at most 200 characters, without ever throwing itself. */
function thrownText(e: unknown): string {
  let text: string;
  try {
    text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    text = 'a value that cannot be shown';
  }
  const line = text.split('\n')[0];
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** The problem for a read of the input that threw (a getter or Proxy trap). */
function readFailed(path: Path | undefined, what: string, e: unknown): NotPlainData {
  if (e instanceof NotPlainData) return e;
  return new NotPlainData(
    path,
    `${what} threw (${thrownText(e)}): a definition is read once, as plain data, before it is validated`,
    'compute the value before building the definition: no getter or Proxy that throws',
  );
}

/** Runs a read of the input; a throw becomes a problem at `path`. */
function attempt<T>(path: Path | undefined, what: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw readFailed(path, what, e);
  }
}

interface State {
  /** Objects on the path being copied, with their paths (a second visit is a cycle). */
  readonly active: Map<object, Path | undefined>;
  /** Objects copied already (shared, not cyclic, references keep one copy). */
  readonly copies: Map<object, unknown>;
}

function copyValue(v: unknown, path: Path | undefined, depth: number, state: State): unknown {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'undefined':
      return v;
    case 'function':
      throw new NotPlainData(path, 'is a function, not data', 'give the value the function computes, not the function');
    case 'symbol':
      throw new NotPlainData(path, `is a symbol (${String(v)}), not data`, 'use a string');
    case 'bigint':
      throw new NotPlainData(path, 'is a bigint, not data', 'use a number or a string');
  }
  if (v === null) return null;
  const obj = v as object;
  if (snapshots.has(obj)) return obj;
  const copied = state.copies.get(obj);
  if (copied !== undefined) return copied;
  if (state.active.has(obj))
    throw new NotPlainData(
      path,
      `refers back to ${pathText(state.active.get(obj)) || '(definition)'}, which contains it (a cycle)`,
      'give a tree: copy the shared part instead of referring to an enclosing object',
    );
  if (depth >= MAX_DEFINITION_DEPTH)
    throw new NotPlainData(
      path,
      `is nested more than ${MAX_DEFINITION_DEPTH} levels deep; a definition is read to ${MAX_DEFINITION_DEPTH} levels at most`,
      'remove the nesting: no property of a definition is more than a few levels deep',
    );
  state.active.set(obj, path);
  const out = attempt(path, 'reading it', () => Array.isArray(obj))
    ? copyArray(obj as unknown[], path, depth, state)
    : copyObject(obj, path, depth, state);
  state.active.delete(obj);
  Object.freeze(out);
  snapshots.add(out);
  state.copies.set(obj, out);
  return out;
}

function copyArray(a: unknown[], path: Path | undefined, depth: number, state: State): unknown[] {
  const n = attempt(path, 'reading its length', () => a.length);
  if (typeof n !== 'number' || n > MAX_SNAPSHOT_ARRAY_LENGTH)
    throw new NotPlainData(
      path,
      `has ${String(n)} elements, over the ${MAX_SNAPSHOT_ARRAY_LENGTH.toLocaleString('en-US')} a list of a definition may have`,
      'split the definition, or remove elements',
    );
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const p: Path = { parent: path, key: i };
    let item: unknown;
    try {
      item = a[i];
    } catch (e) {
      throw readFailed(p, 'reading it', e);
    }
    out.push(copyValue(item, p, depth + 1, state));
  }
  return out;
}

function copyObject(o: object, path: Path | undefined, depth: number, state: State): object {
  const proto = attempt(path, 'reading its prototype', () => Object.getPrototypeOf(o) as object | null);
  if (proto !== Object.prototype && proto !== null) {
    const name = attempt(path, 'reading its class', () => {
      const c = (proto as { constructor?: { name?: unknown } }).constructor?.name;
      return typeof c === 'string' && c !== '' ? c : 'class';
    });
    throw new NotPlainData(
      path,
      `is a ${name} object, not a plain object or array`,
      `${PLAIN_FIX}; e.g. a date as an ISO 8601 string`,
    );
  }
  const keys = attempt(path, 'listing its keys', () => Reflect.ownKeys(o));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (typeof key === 'symbol')
      throw new NotPlainData(
        path,
        `has a symbol key (${String(key)}), which validation would not see`,
        'use string keys only',
      );
    const p: Path = { parent: path, key };
    let item: unknown;
    try {
      item = (o as Record<string, unknown>)[key];
    } catch (e) {
      throw readFailed(p, 'reading it', e);
    }
    const value = copyValue(item, p, depth + 1, state);
    // defineProperty for "__proto__", so it stays a key (the schema then reports it as unknown)
    if (key === '__proto__')
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/** Takes the snapshot of `input`: a frozen plain-data copy, or the problem that prevents it. */
export function takeSnapshot(input: unknown): SnapshotResult {
  try {
    return { ok: true, value: copyValue(input, undefined, 0, { active: new Map(), copies: new Map() }) };
  } catch (e) {
    if (!(e instanceof NotPlainData)) throw e;
    return { ok: false, problem: { path: e.path, rule: RULE, message: e.message, fix: e.fix } };
  }
}

/**
 * The frozen plain-data snapshot of a definition, typed as the input: pass it (never the original) to validation,
 * resolution, the rule pack and the constructs, so they all read the same data. Throws {@link AccessModelError}
 * with one `plain-data` problem when the input can't be snapshotted. A snapshot passed again is returned as is.
 */
export function snapshotDefinition<T>(input: T): T {
  const result = takeSnapshot(input);
  if (!result.ok) throw new AccessModelError([result.problem]);
  return result.value as T;
}

/** Whether `value` is a snapshot taken by {@link takeSnapshot} (frozen, plain data). */
export function isSnapshot(value: unknown): boolean {
  return typeof value === 'object' && value !== null && snapshots.has(value);
}
