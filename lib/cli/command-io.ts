/**
 * What a command function needs from its process, so tests run commands in-process: where to print, and the
 * working directory; plus the one place that turns known errors into messages and exit codes (never a stack trace).
 * Everything a command prints goes through {@link terminalIo}: no text from a definition, an import, an audit log or
 * a file can control the terminal (docs/safety.md, "The terminal").
 */
import { AccessModelError } from '../model/problem';
import { visibleText } from '../model/value-preview';
import { terminalText } from '../report/escape/terminal-text';
import { AccessQueryError } from '../report/query-error';
import { EXIT } from './program';

/** Output streams and working directory of a command run. */
export interface CommandIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Working directory relative paths are resolved against. */
  readonly cwd: string;
}

/**
 * `io` with both streams writing through {@link terminalText}: control characters (ESC, a CR that doesn't end a
 * line, backspace, ...), bidirectional overrides and isolates, zero-width characters and line separators are shown
 * as `\u001B`-style markers, so no text can move the cursor, clear the screen, set a hyperlink, overwrite a line or
 * reorder what is shown. Idempotent: wrapping twice marks the same. JSON stays the same JSON (a marker in a JSON
 * string is the escape of the same character).
 */
export function terminalIo(io: CommandIo): CommandIo {
  return { stdout: (t) => io.stdout(terminalText(t)), stderr: (t) => io.stderr(terminalText(t)), cwd: io.cwd };
}

/** The real process's streams, through {@link terminalIo}, and working directory. */
export function processIo(): CommandIo {
  return terminalIo({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  });
}

/**
 * Runs a command body with `io` through {@link terminalIo} (the body prints only to the `io` it is given, whatever
 * `io` the caller passed) and returns its exit code: an invalid definition prints every problem and gives 1; an
 * unknown name, bad value or unreadable input (AccessQueryError, LoadError) prints one line and gives 2. Other
 * errors propagate. An AccessQueryError's message is one line: a line break in a value it quotes is marked.
 */
export function runCommand(io: CommandIo, body: (io: CommandIo) => number): number {
  const terminal = terminalIo(io);
  try {
    return body(terminal);
  } catch (e) {
    if (AccessModelError.isAccessModelError(e)) {
      terminal.stderr(`${e.message}\n`);
      return EXIT.FAILED;
    }
    if (AccessQueryError.isAccessQueryError(e)) {
      terminal.stderr(`task-access: ${visibleText(e.message)}\n`);
      return EXIT.USAGE;
    }
    if (e instanceof Error && e.name === 'LoadError') {
      terminal.stderr(`task-access: ${e.message}\n`);
      return EXIT.USAGE;
    }
    throw e;
  }
}

/** Prints a value as JSON (two-space indented, final newline). */
export function printJson(io: CommandIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
