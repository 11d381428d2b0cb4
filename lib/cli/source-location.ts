/**
 * Where in a definition file loading failed, for people: `file:line:column: message` and the line with a caret,
 * from a JSON parse offset, from the TypeScript transform's (esbuild's) `path:line:column: ERROR: ...` lines, or
 * from the first stack frame in the file of an error thrown while the module ran.
 */
import { readFileSync } from 'fs';

/** A position in a file, 1-based. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Line and column (1-based) of a 0-based character offset in `text`. */
export function lineColumn(text: string, offset: number): SourcePosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] as string).length + 1 };
}

/** The line at `position` and a caret under its column, indented; empty when the line doesn't exist. */
export function excerpt(text: string, position: SourcePosition): string {
  const line = text.split('\n')[position.line - 1];
  if (line === undefined) return '';
  const number = String(position.line);
  const gutter = ' '.repeat(number.length);
  const shown = line.replace(/\t/g, ' ').replace(/\r$/, '');
  return `    ${number} | ${shown}\n    ${gutter} | ${' '.repeat(Math.max(0, position.column - 1))}^`;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** `file:line:column: message`, then the excerpt when the file can be read. */
export function located(file: string, path: string, position: SourcePosition, message: string): string {
  const text = readText(path);
  const shown = text === undefined ? '' : excerpt(text, position);
  return `${file}:${position.line}:${position.column}: ${message}${shown ? `\n${shown}` : ''}`;
}

/**
 * A JSON parse error of `text` (from `file`) with its line and column. Node reports `... at position N` (and in
 * newer versions `(line L column C)`); the message is kept without the position, which the location replaces.
 */
export function describeJsonError(file: string, path: string, text: string, error: Error): string {
  const message = error.message.split('\n')[0] as string;
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  const at = /at position (\d+)/.exec(message);
  const position = lc
    ? { line: Number(lc[1]), column: Number(lc[2]) }
    : at
      ? lineColumn(text, Number(at[1]))
      : undefined;
  const bare = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*at position \d+/, '')
    .replace(/ in JSON$/, '');
  return position ? located(file, path, position, bare) : `${file}: ${bare}`;
}

const ESCAPE_REGEX = /[.*+?^${}()|[\]\\]/g;

/**
 * The problems of a module that failed to load: the transform's errors (`<path>:L:C: ERROR: message`, each located)
 * when it did not compile, else the error's message located at its first stack frame in the file, else the message.
 */
export function describeModuleError(file: string, path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const inFile = new RegExp(`^${path.replace(ESCAPE_REGEX, '\\$&')}:(\\d+):(\\d+): ERROR: (.*)$`, 'gm');
  const compile = [...message.matchAll(inFile)].map((m) =>
    located(file, path, { line: Number(m[1]), column: Number(m[2]) }, m[3] as string),
  );
  if (compile.length > 0) return `the definition does not compile:\n${compile.join('\n')}`;
  const first = message.split('\n')[0] as string;
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frame = new RegExp(`${path.replace(ESCAPE_REGEX, '\\$&')}:(\\d+):(\\d+)`).exec(stack);
  const name = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : '';
  return frame
    ? `the definition threw while loading:\n${located(file, path, { line: Number(frame[1]), column: Number(frame[2]) }, `${name}${first}`)}`
    : `could not load ${file}: ${name}${first}`;
}
