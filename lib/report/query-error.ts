/**
 * The one error of the inspector: a question that can't be answered as asked (an unknown role, principal,
 * cluster or Azure role; a malformed scope or operation). Its message names the input, the rule, the offending
 * value and the fix, with the nearest known name when there is one.
 */

/** A question the access model can't answer as asked. The command line exits 2 on it. */
export class AccessQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessQueryError';
  }

  /** True for an AccessQueryError, also across copies of the library. */
  public static isAccessQueryError(e: unknown): e is AccessQueryError {
    return e instanceof Error && e.name === 'AccessQueryError';
  }
}
