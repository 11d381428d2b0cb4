/**
 * Problems found in a definition. Every problem names the element (a path through the definition by
 * names), the rule it breaks, the offending value and the fix, so a person can act on it without reading code.
 */
import { previewValue, visibleText } from './value-preview';

/** One problem in a definition. */
export interface Problem {
  /** Where: e.g. `roles.ROLE_DEVELOPER.eligible[1]` or `baselines.BASE_PROD_KV_SECRETS_ADMIN.grants[0].scope`. */
  readonly path: string;
  /** The rule broken, a stable kebab-case id, e.g. `unknown-reference`. */
  readonly rule: string;
  /** What is wrong, in the user's terms. */
  readonly message: string;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** How to fix it. */
  readonly fix: string;
}

/**
 * Renders one problem on a few lines. Control and bidirectional-override characters of the path, message and fix
 * are shown as `\uXXXX` (they can't forge lines or reorder text), and the value is shown bounded in depth and
 * length, so any value renders without overflowing the stack.
 */
export function formatProblem(p: Problem): string {
  const value = p.value === undefined ? '' : `\n    value: ${formatValue(p.value)}`;
  return `  ${visibleText(p.path)}  [${visibleText(p.rule)}]\n    ${visibleText(p.message)}${value}\n    fix: ${visibleText(p.fix)}`;
}

/**
 * Renders a list of problems with a heading, in the order given. `subject` names what has them when it is not the
 * definition (e.g. `TaskAccessStacks props`).
 */
export function formatProblems(problems: readonly Problem[], subject?: string): string {
  const n = problems.length;
  const count = `${n} problem${n === 1 ? '' : 's'}`;
  const head = subject
    ? `${subject}: ${count}; nothing was synthesized.`
    : `The access model definition has ${count}; nothing was synthesized.`;
  return [head, ...problems.map((p, i) => `${i + 1}.${formatProblem(p).slice(1)}`)].join('\n');
}

function formatValue(v: unknown): string {
  const { text, complete } = previewValue(v);
  if (text.length <= 120) return text;
  return `${text.slice(0, 117)}...${complete ? ` (${text.length} characters)` : ''}`;
}

/** Thrown when a definition has problems; `problems` lists every one of them. */
export class AccessModelError extends Error {
  /** Every problem found, sorted by path. */
  public readonly problems: readonly Problem[];

  /**
   * @param problems - every problem found
   * @param subject - what has them, when it is not the definition (e.g. `TaskAccessStacks props`)
   */
  constructor(problems: readonly Problem[], subject?: string) {
    super(formatProblems(problems, subject));
    this.name = 'AccessModelError';
    this.problems = problems;
  }

  /** True for an AccessModelError, also across copies of the library. */
  public static isAccessModelError(e: unknown): e is AccessModelError {
    return e instanceof Error && e.name === 'AccessModelError' && Array.isArray((e as AccessModelError).problems);
  }
}
