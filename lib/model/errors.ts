/**
 * The library's error kinds, in one place: which errors are the library telling its user what to fix, and how
 * each is printed. Every kind is a plain `Error` subclass recognised by its `name` (so a second copy of the
 * library in `node_modules` is recognised too); its message is the whole report, so it is printed without a stack
 * trace. Any other error (a bug, or an error from the user's own code) keeps its stack.
 *
 * - `AccessModelError` (lib/model/problem.ts): an invalid definition or props; every problem, sorted by path.
 * - `RulePackError` (lib/rules/error.ts): the rule pack found errors; every finding, errors first.
 * - `AccessQueryError` (lib/report/query-error.ts): a question the model can't answer as asked (an unknown name,
 *   a malformed value), with the nearest known name.
 * - `AuditExportError` (lib/audit-log/audit-event.ts): a malformed audit export, naming the file and the record.
 * - `UnitTooLargeError` (lib/constructs/stack-chunks.ts): one unit larger than `maxResourcesPerStack`.
 * - `AccessUsageError` (here): a construct used in a way that can't work (two models writing one report, an
 *   unknown group name, a malformed option), saying what to change.
 *
 * Each class lives beside the data it reports (a layer may only throw what it can import) and has a static
 * `isXxx(e)` check by name. The `task-access` CLI has one more, its own `LoadError` (lib/cli/load-definition.ts: a
 * definition file that can't be read, compiled or evaluated, with file:line:column); the CLI prints it, and every
 * kind above, as the message alone, and exits 2.
 */

/** The `name` of each of the library's error kinds, with what it means. */
export const LIBRARY_ERROR_KINDS: Readonly<Record<string, string>> = {
  AccessModelError: 'an invalid definition or props: every problem, sorted by path',
  RulePackError: 'the rule pack found errors: every finding, errors first',
  AccessQueryError: "a question the access model can't answer as asked",
  AuditExportError: 'a malformed audit log export, naming the file and the record or line',
  UnitTooLargeError: 'one unit creates more Terraform resources and data sources than maxResourcesPerStack',
  AccessUsageError: "a construct used in a way that can't work, saying what to change",
};

/** A construct of the library used in a way that can't work; the message says what to change. */
export class AccessUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessUsageError';
  }

  /** True for an AccessUsageError, also across copies of the library. */
  public static isAccessUsageError(e: unknown): e is AccessUsageError {
    return e instanceof Error && e.name === 'AccessUsageError';
  }
}

/** True for an error of one of the library's kinds ({@link LIBRARY_ERROR_KINDS}), also across copies of the library. */
export function isLibraryError(e: unknown): e is Error {
  return e instanceof Error && Object.prototype.hasOwnProperty.call(LIBRARY_ERROR_KINDS, e.name);
}

/**
 * How an error is printed: a library error as its message alone (it is the whole report, no stack trace); any
 * other error as its stack (or message), since it is a bug or comes from the user's own code.
 */
export function errorText(e: unknown): string {
  if (isLibraryError(e)) return e.message;
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}
