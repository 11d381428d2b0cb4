/**
 * The Terraform check: each synthesized stack, copied to a scratch directory, goes through
 * `terraform init -backend=false`, `terraform validate` and `terraform test` (a mocked plan and a mocked apply,
 * see mock-test-file.ts) with the real providers. Stacks run in parallel, a few at a time, sharing one plugin
 * cache filled once. A failure names the stack, the address, the attribute and Terraform's message.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { formatProblem, parseDiagnostics, toProblem, type Problem, type Step } from './diagnostics';
import { jsonText } from './json-text';
import { importTargets, mockTestFile, type OutputExpressions } from './mock-test-file';
import { copyStack, type LeftOut, type TerraformJson } from './stack-copy';
import type { Toolchain } from './toolchain';

/** A synthesized stack: its name, its `cdk.tf.json` and the app it belongs to. */
export interface StackInput {
  /** Unique in a batch, e.g. `ci/access-prod`. */
  readonly name: string;
  readonly json: TerraformJson;
  /** The app whose stacks' outputs its `terraform_remote_state` reads. @default the stack's own name */
  readonly app?: string;
}

/** What happened to one stack. */
export interface StackResult {
  readonly stack: string;
  /** Steps that passed, in order; the check stops at the first that fails. */
  readonly passed: readonly Step[];
  /** Errors; empty when the stack passed every step. */
  readonly errors: readonly Problem[];
  /** Warnings of every step (deprecations and the like), reported but not failing. */
  readonly warnings: readonly Problem[];
  readonly leftOut: LeftOut;
  readonly preventDestroyCleared: readonly string[];
  /** Targets of `import` blocks, overridden in the mocked runs (a mocked provider can't import). */
  readonly imports: readonly string[];
  /** The scratch directory, kept when the stack failed. */
  readonly dir?: string;
  readonly seconds: number;
}

/** Options of {@link checkStacks}. */
export interface CheckOptions {
  /** Stacks checked at the same time. @default TASK_ACCESS_TF_CONCURRENCY, else 2 */
  readonly concurrency?: number;
  /** Where the summary goes, one line at a time. @default standard error */
  readonly report?: (line: string) => void;
  /** A label for the summary, e.g. `examples`. */
  readonly label?: string;
}

/** Every stack's result, the errors of all as lines, and the wall time. */
export interface CheckReport {
  readonly results: readonly StackResult[];
  /** One line per error ({@link formatProblem}); empty when every stack passed. */
  readonly failures: readonly string[];
  readonly seconds: number;
}

/** Providers the check may leave out of a copy when they can't be installed (and says so). */
export const OPTIONAL_PROVIDERS = ['kubernetes'];

/**
 * Checks every stack. The outputs of the stacks of an app are used to mock the `terraform_remote_state` reads
 * of its other stacks with the shape of what they output. The plugin cache is filled once, for every provider
 * of the batch, and each stack starts from the lock file that gives (Terraform writes to the cache on every
 * init without one, and two inits writing it at once collide); then the stacks run `concurrency` at a time.
 */
export async function checkStacks(
  stacks: readonly StackInput[],
  toolchain: Toolchain,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const started = Date.now();
  const concurrency = Math.max(1, options.concurrency ?? (Number(process.env.TASK_ACCESS_TF_CONCURRENCY) || 2));
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const outputsByApp = new Map<string, Map<string, string>>();
  for (const s of stacks) {
    const outputs = outputsByApp.get(s.app ?? s.name) ?? new Map<string, string>();
    outputsByApp.set(s.app ?? s.name, outputs);
    for (const [name, block] of Object.entries(s.json.output ?? {})) {
      if (typeof block.value === 'string') outputs.set(name, block.value);
    }
  }

  const lockFile = await withCacheLock(toolchain.pluginCacheDir, () => fillPluginCache(stacks, toolchain));
  const results: StackResult[] = new Array(stacks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, stacks.length) }, async () => {
      for (let i = next++; i < stacks.length; i = next++) {
        const outputs = outputsByApp.get(stacks[i].app ?? stacks[i].name);
        results[i] = await checkStack(stacks[i], toolchain, { outputs, lockFile });
      }
    }),
  );

  const seconds = (Date.now() - started) / 1000;
  for (const line of summary(results, toolchain, seconds, options.label)) report(line);
  return { results, failures: results.flatMap((r) => r.errors.map(formatProblem)), seconds };
}

/** Options of {@link checkStack}. */
export interface StackCheckOptions {
  /** Expressions of the outputs of the stack's app, for its `terraform_remote_state` reads. */
  readonly outputs?: OutputExpressions;
  /**
   * A `.terraform.lock.hcl` for the stack's providers, from {@link fillPluginCache}, with which init only reads
   * the plugin cache. @default one from fillPluginCache for this stack alone
   */
  readonly lockFile?: string;
}

/** Provider local names left out of a stack's copy: the optional ones this toolchain can't install. */
export function providersToLeaveOut(stack: StackInput, toolchain: Toolchain): string[] {
  const versions = (stack.json.terraform?.required_providers ?? {}) as Record<string, { version?: string } | undefined>;
  return OPTIONAL_PROVIDERS.filter(
    (p) => versions[p] !== undefined && !toolchain.hasProvider(p, String(versions[p]?.version ?? '')),
  );
}

/**
 * Installs every provider the copies of `stacks` require into the plugin cache with one `terraform init`, and
 * keeps the lock file it wrote in the cache, so later batches and processes reuse it without writing to the
 * cache again; returns the lock file, or undefined when that init failed (each stack's init then reports why).
 * Call it holding the cache lock.
 */
export async function fillPluginCache(
  stacks: readonly StackInput[],
  toolchain: Toolchain,
): Promise<string | undefined> {
  const required: Record<string, { source?: string; version?: string }> = {};
  for (const s of stacks) {
    const copy = copyStack(s.json, providersToLeaveOut(s, toolchain));
    for (const [name, spec] of Object.entries(copy.json.terraform?.required_providers ?? {}))
      required[name] ??= spec as { source?: string; version?: string };
  }
  const names = Object.keys(required).sort();
  // A rebuilt mirror (other files, other sizes or times) gets a new lock file rather than one with stale hashes.
  const mirrored = (n: string) => {
    if (toolchain.providers.kind !== 'mirror') return [];
    const dir = join(toolchain.providers.path, ...sourceParts(required[n].source ?? n), String(required[n].version));
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((f) => [f, statSync(join(dir, f)).size, statSync(join(dir, f)).mtimeMs]);
  };
  const key = createHash('sha256')
    .update(JSON.stringify([toolchain.providers, names.map((n) => [n, required[n], mirrored(n)])]))
    .digest('hex')
    .slice(0, 16);
  const saved = join(toolchain.pluginCacheDir, `task-access-${key}.terraform.lock.hcl`);
  const cached = names.every((n) =>
    existsSync(join(toolchain.pluginCacheDir, ...sourceParts(required[n].source ?? n), String(required[n].version))),
  );
  if (cached && existsSync(saved)) return readFileSync(saved, 'utf8');

  const dir = mkdtempSync(join(tmpdir(), 'task-access-tf-plugins-'));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ terraform: { required_providers: required } }));
  const r = await terraform(toolchain, ['init', '-backend=false', '-input=false', '-no-color'], dir);
  const lockFile = r.code === 0 ? readFileSync(join(dir, '.terraform.lock.hcl'), 'utf8') : undefined;
  rmSync(dir, { recursive: true, force: true });
  if (lockFile !== undefined) writeFileSync(saved, lockFile);
  return lockFile;
}

/** A provider source (`azurerm`, `hashicorp/azuread`, `registry.terraform.io/hashicorp/azuread`) as its host, namespace and type. */
function sourceParts(source: string): string[] {
  const parts = source.split('/');
  if (parts.length === 3) return parts;
  return parts.length === 2 ? ['registry.terraform.io', ...parts] : ['registry.terraform.io', 'hashicorp', source];
}

/** Checks one stack in a scratch directory of its own. */
export async function checkStack(
  stack: StackInput,
  toolchain: Toolchain,
  options: StackCheckOptions = {},
): Promise<StackResult> {
  const started = Date.now();
  const copy = copyStack(stack.json, providersToLeaveOut(stack, toolchain));
  const dir = mkdtempSync(join(tmpdir(), `task-access-tf-${stack.name.replace(/[^\w-]/g, '_').slice(0, 40)}-`));
  const text = jsonText(copy.json);
  writeFileSync(join(dir, 'cdk.tf.json'), text.text + '\n');
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tests', 'mock.tftest.hcl'), mockTestFile(copy.json, options.outputs));
  const lockFile =
    options.lockFile ?? (await withCacheLock(toolchain.pluginCacheDir, () => fillPluginCache([stack], toolchain)));
  if (lockFile !== undefined) writeFileSync(join(dir, '.terraform.lock.hcl'), lockFile);

  const passed: Step[] = [];
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const commands: Array<{ step: Step; args: string[] }> = [
    { step: 'init', args: ['init', '-backend=false', '-input=false', '-no-color', '-json'] },
    { step: 'validate', args: ['validate', '-no-color', '-json'] },
    { step: 'test', args: ['test', '-no-color', '-json'] },
  ];
  for (const { step, args } of commands) {
    const r = await terraform(toolchain, args, dir);
    const found = parseDiagnostics(r.stdout).map(({ diagnostic, run }) =>
      toProblem(stack.name, step === 'test' && (run === 'plan' || run === 'apply') ? run : step, diagnostic, text),
    );
    // init's closing "Terraform encountered problems during initialisation" repeats the ones above it.
    const generic = (p: Problem) => !p.address && p.message.startsWith('Terraform encountered problems');
    const own = found.some((p) => !generic(p)) ? found.filter((p) => !generic(p)) : found;
    warnings.push(...own.filter((p) => p.severity === 'warning' && !isLockFileWarning(p)));
    // terraform test repeats a run's error in its summary: each problem once.
    const stepErrors = [
      ...new Map(own.filter((p) => p.severity === 'error').map((p) => [formatProblem(p), p])).values(),
    ];
    if (r.code !== 0 && stepErrors.length === 0) {
      stepErrors.push({
        stack: stack.name,
        step,
        severity: 'error',
        message: `terraform ${args[0]} exited with ${r.code}: ${(r.stderr + r.stdout).trim().slice(-2000)}`,
      });
    }
    if (step === 'test') {
      for (const run of ['plan', 'apply'] as const) if (testRunPassed(r.stdout, run)) passed.push(run);
    } else if (stepErrors.length === 0) passed.push(step);
    errors.push(...stepErrors);
    if (stepErrors.length > 0) break;
  }
  if (errors.length === 0) rmSync(dir, { recursive: true, force: true });
  return {
    stack: stack.name,
    passed,
    errors,
    warnings,
    leftOut: copy.leftOut,
    preventDestroyCleared: copy.preventDestroyCleared,
    imports: importTargets(copy.json),
    ...(errors.length > 0 ? { dir } : {}),
    seconds: (Date.now() - started) / 1000,
  };
}

/** The summary: one line for the run, one per stack (what passed, what was left out or changed in the copy). */
export function summary(
  results: readonly StackResult[],
  toolchain: Toolchain,
  seconds: number,
  label?: string,
): string[] {
  const source =
    toolchain.providers.kind === 'mirror'
      ? `providers from the mirror ${toolchain.providers.path} (${toolchain.providers.from})`
      : 'providers from the registry';
  const failed = results.filter((r) => r.errors.length > 0).length;
  const lines = [
    `terraform check${label ? ` (${label})` : ''}: ${results.length - failed} of ${results.length} stacks passed init, validate and a mocked plan and apply, ` +
      `terraform ${toolchain.version}, ${source}, ${seconds.toFixed(1)} s`,
  ];
  for (const r of results) {
    const notes: string[] = [];
    const { providers, elements, dependents, references } = r.leftOut;
    if (elements.length > 0 || providers.length > 0) {
      notes.push(
        `left out (provider not available): ${providers.join(', ')}, ${plural(elements.length, 'resource')}` +
          (dependents.length > 0 ? `, ${dependents.length} referring to them (${dependents.join(', ')})` : '') +
          (references > 0 ? `, ${references} depends_on/replace_triggered_by entries` : ''),
      );
    }
    if (r.imports.length > 0)
      notes.push(`${plural(r.imports.length, 'import')} overridden in the mocked runs (IDs not checked)`);
    if (r.preventDestroyCleared.length > 0)
      notes.push(`prevent_destroy off in the copy: ${r.preventDestroyCleared.length}`);
    if (r.warnings.length > 0)
      notes.push(
        `${plural(r.warnings.length, 'warning')}: ${[...new Set(r.warnings.map((w) => w.message))].join('; ')}`,
      );
    const status = r.errors.length > 0 ? `FAILED at ${r.errors[0].step} (kept in ${r.dir})` : 'ok';
    lines.push(`  ${r.stack}: ${status}, ${r.seconds.toFixed(1)} s${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`);
  }
  return lines;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether `terraform test -json` reported the run as passed. */
function testRunPassed(stdout: string, run: string): boolean {
  return stdout
    .split('\n')
    .some((line) => line.includes('"test_run"') && line.includes(`"run":"${run}"`) && line.includes('"status":"pass"'));
}

/** init warns that a filesystem mirror gives only local checksums: expected with the mirror, not a finding. */
function isLockFileWarning(p: Problem): boolean {
  return p.step === 'init' && p.message.startsWith('Incomplete lock file information');
}

/** Runs the toolchain's terraform in `cwd` with its environment; never rejects. */
function terraform(
  toolchain: Toolchain,
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(toolchain.terraform, args, { cwd, env: toolchain.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => resolve({ code: -1, stdout, stderr: stderr + e.message }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * Runs `fn` holding a lock next to the plugin cache, so two processes (two jest workers) don't fill the cache
 * at the same time; a lock older than five minutes is taken as left behind by a killed process.
 */
async function withCacheLock<T>(cacheDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${cacheDir}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmdirSync(lock);
      } catch {
        // gone meanwhile
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(lock);
  }
}
