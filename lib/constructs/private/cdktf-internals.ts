/**
 * The one seam to cdktf's internals: the only module that reaches into `cdktf/lib/*` (cdktf 0.21's private
 * modules), fenced by eslint.config.mjs (`no-restricted-imports` and `no-restricted-syntax` everywhere else).
 * Everything here depends on how cdktf 0.21 works inside; a cdktf upgrade (or a move to its successor, the
 * cdktn fork open-constructs/cdk-terrain) is checked here and in test/constructs/cdktf-internals.test.ts.
 *
 * - {@link withoutTokenStackTraces}: token creation stacks left empty while the library builds and synthesizes.
 * - {@link terraformElementsOf} and {@link prepareElement}: cdktf's preparing pass, one element at a time.
 * - {@link checkTerraformVersionOnce}: the Terraform version check cdktf's `DataResource` adds per resource.
 */
import { TerraformElement, TerraformStack } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import { ValidateTerraformVersion } from 'cdktf/lib/validations/validate-terraform-version';
import type { IConstruct } from 'constructs';

// ---- Token creation stacks ----------------------------------------------------------------------------------

/**
 * The cdktn fork's supported switch: its `captureCreationStack` (packages/cdktn/src/tokens/private/stack-trace.ts)
 * reads this variable on each call and returns `[]` when it is `'true'` or `'1'` (its test
 * packages/cdktn/test/stack-trace.test.ts: `Lazy.anyValue(...).creationStack` is `[]` when set). cdktf 0.21 has
 * no switch, so its module is patched as well.
 */
const CDKTN_DISABLE_CREATION_STACK = 'CDKTN_DISABLE_CREATION_STACK';

interface StackTraceModule {
  captureStackTrace: (below?: unknown) => string[];
}

/** cdktf 0.21's `captureStackTrace` module (every token reads it through the module object), if it has one. */
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

/**
 * Runs `f` with cdktf's token creation stacks left empty, and puts the capture back afterwards (also when `f`
 * throws).
 *
 * cdktf records where every token was created: each attribute read, reference, `depends_on` entry and nested
 * block (every provider resource makes several) captures the whole call stack, with `Error.stackTraceLimit`
 * lifted, and keeps it as formatted lines, only to point at a line if that token can't be resolved. For the
 * 10,000-group benchmark organisation that is about 170,000 stacks: half the CPU time of the synthesis and a
 * third of its memory. Nothing else changes: errors keep their stacks, and an unresolvable token still fails
 * synthesis, only without the line that created it.
 *
 * Two switches, each restored to what it was: cdktf 0.21's `captureStackTrace` is replaced by one returning
 * `[]`, and `CDKTN_DISABLE_CREATION_STACK` is set to `'true'` for the cdktn fork. Nested calls run `f` as is.
 */
export function withoutTokenStackTraces<T>(f: () => T): T {
  const mod = stackTraceModule();
  if (mod?.captureStackTrace === noStack) return f();
  const previousCapture = mod?.captureStackTrace;
  const previousEnv = process.env[CDKTN_DISABLE_CREATION_STACK];
  if (mod) mod.captureStackTrace = noStack;
  process.env[CDKTN_DISABLE_CREATION_STACK] = 'true';
  try {
    return f();
  } finally {
    if (mod && previousCapture) mod.captureStackTrace = previousCapture;
    if (previousEnv === undefined) delete process.env[CDKTN_DISABLE_CREATION_STACK];
    else process.env[CDKTN_DISABLE_CREATION_STACK] = previousEnv;
  }
}

// ---- The preparing pass -------------------------------------------------------------------------------------

/**
 * Every Terraform element under `node`, not descending into nested stacks: the elements cdktf 0.21 prepares and
 * synthesizes for a stack (its private `terraformElements` in terraform-stack.ts).
 */
export function terraformElementsOf(node: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(node)) into.push(node);
  for (const child of node.node.children) if (!TerraformStack.isStack(child)) terraformElementsOf(child, into);
  return into;
}

/**
 * The preparing resolve of one element, as cdktf 0.21's `TerraformStack.prepareStack` runs it for each: it is
 * what discovers a reference to another stack and adds the `terraform_remote_state` and output it needs.
 */
export function prepareElement(stack: TerraformStack, element: TerraformElement): void {
  resolve(stack, element.toTerraform(), true);
}

// ---- The Terraform version check ----------------------------------------------------------------------------

const versionChecked = new WeakMap<TerraformStack, Set<string>>();

/**
 * Adds to `stack`, once per stack and constraint, cdktf's validation that the Terraform binary satisfies
 * `constraint` (e.g. `'>=1.4'`); `hint` is its message if not. The validation runs `terraform version` in a child
 * process when the app synthesizes, which is why cdktf's `DataResource`, adding it to every instance, is not used.
 */
export function checkTerraformVersionOnce(stack: TerraformStack, constraint: string, hint: string): void {
  const checked = versionChecked.get(stack) ?? new Set<string>();
  versionChecked.set(stack, checked);
  if (checked.has(constraint)) return;
  checked.add(constraint);
  stack.node.addValidation(new ValidateTerraformVersion(constraint, hint));
}
