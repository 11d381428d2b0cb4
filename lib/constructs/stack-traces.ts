/**
 * cdktf records where every token was created: each attribute read, reference, `depends_on` entry and nested
 * block (every provider resource makes several) captures the whole call stack, with `Error.stackTraceLimit`
 * lifted, and keeps it as formatted lines, only to point at a line if that token can't be resolved. For the
 * 10,000-group benchmark organisation that is about 170,000 stacks: measured here, half the CPU time of the
 * synthesis and a third of its memory.
 *
 * {@link withoutTokenStackTraces} runs a function with cdktf's capture (`cdktf/lib/tokens/private/stack-trace`,
 * cdktf 0.21) returning an empty stack, and puts it back afterwards. Nothing else changes: errors keep their
 * stacks, and an unresolvable token still fails synthesis, only without the line that created it. If a cdktf
 * version lacks that module, the function runs unchanged.
 */

interface StackTraceModule {
  captureStackTrace: (below?: unknown) => string[];
}

function stackTraceModule(): StackTraceModule | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('cdktf/lib/tokens/private/stack-trace') as Partial<StackTraceModule>;
    return typeof mod.captureStackTrace === 'function' ? (mod as StackTraceModule) : undefined;
  } catch {
    return undefined;
  }
}

const noStack = (): string[] => [];

/** Runs `f` with cdktf's token creation stacks left empty (see the file comment); restores them afterwards. */
export function withoutTokenStackTraces<T>(f: () => T): T {
  const mod = stackTraceModule();
  if (!mod || mod.captureStackTrace === noStack) return f();
  const previous = mod.captureStackTrace;
  mod.captureStackTrace = noStack;
  try {
    return f();
  } finally {
    mod.captureStackTrace = previous;
  }
}
