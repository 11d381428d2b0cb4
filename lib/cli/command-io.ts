/**
 * What a command function needs from its process, so tests run commands in-process: where to print, and the
 * working directory; plus the one place that turns known errors into messages and exit codes (never a stack trace).
 */
import { AccessModelError } from '../model/problem';
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

/** The real process's streams and working directory. */
export function processIo(): CommandIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
}

/**
 * Runs a command body and returns its exit code: an invalid definition prints every problem and gives 1; an
 * unknown name, bad value or unreadable input (AccessQueryError, LoadError) prints one line and gives 2. Other errors propagate.
 */
export function runCommand(io: CommandIo, body: () => number): number {
  try {
    return body();
  } catch (e) {
    if (AccessModelError.isAccessModelError(e)) {
      io.stderr(`${e.message}\n`);
      return EXIT.FAILED;
    }
    if (AccessQueryError.isAccessQueryError(e) || (e instanceof Error && e.name === 'LoadError')) {
      io.stderr(`task-access: ${e.message}\n`);
      return EXIT.USAGE;
    }
    throw e;
  }
}

/** Prints a value as JSON (two-space indented, final newline). */
export function printJson(io: CommandIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
