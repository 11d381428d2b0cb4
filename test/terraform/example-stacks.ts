/**
 * The examples' stacks as their apps synthesize them: each `main.ts` (and the README's Quickstart) runs with
 * tsx, as `npm run synth` runs it, writing to a scratch `cdktf.out`.
 */
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { quickstartFiles } from '../fixtures/quickstart';
import { join } from 'path';
import type { StackInput } from './terraform-check';
import type { TerraformJson } from './stack-copy';
import { REPO_ROOT } from './toolchain';

/** An example app: a `main.ts` of the repository and the environment it runs with. */
export interface ExampleApp {
  /** Label and stack-name prefix, e.g. `reference-org-split`. */
  readonly name: string;
  /** Path of its main.ts relative to the repository root. */
  readonly main: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** Every example app: the reference organisation in one stack and split by environment, and the other examples. */
export const EXAMPLE_APPS: readonly ExampleApp[] = [
  { name: 'reference-org', main: 'examples/reference-org/main.ts' },
  { name: 'reference-org-split', main: 'examples/reference-org/main.ts', env: { TASK_ACCESS_SPLIT: 'environment' } },
  { name: 'security-operations', main: 'examples/security-operations/main.ts' },
  { name: 'vendor-and-agent', main: 'examples/vendor-and-agent/main.ts' },
  { name: 'ci', main: 'examples/ci/main.ts' },
];

/** Runs an example's main.ts with tsx into a scratch `cdktf.out`; its stacks are named `<app>/<stack>`. */
export function synthesizeExample(app: ExampleApp): Promise<StackInput[]> {
  return runApp(app.name, join(REPO_ROOT, app.main), app.env ?? {});
}

/** Writes the Quickstart's files to a scratch directory and runs its `main.ts` (its `new App()` writes `cdktf.out` there). */
export function synthesizeQuickstart(): Promise<StackInput[]> {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-quickstart-'));
  for (const [name, code] of quickstartFiles()) writeFileSync(join(dir, name), code);
  return runApp('quickstart', join(dir, 'main.ts'), {}, dir);
}

async function runApp(
  name: string,
  main: string,
  env: Readonly<Record<string, string>>,
  cwd?: string,
): Promise<StackInput[]> {
  const dir = cwd ?? mkdtempSync(join(tmpdir(), `task-access-example-${name}-`));
  const outdir = join(dir, 'cdktf.out');
  const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), main], {
      cwd: dir,
      env: {
        ...process.env,
        ...env,
        CDKTF_OUTDIR: outdir,
        NODE_PATH: join(REPO_ROOT, 'node_modules'),
        // the repository's tsconfig maps `cdktf-task-access` to lib/index.ts, as examples/ci imports it
        TSX_TSCONFIG_PATH: join(REPO_ROOT, 'tsconfig.json'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  const stacksDir = join(outdir, 'stacks');
  if (r.code !== 0 || !existsSync(stacksDir)) throw new Error(`${name}: ${main} exited with ${r.code}:\n${r.stderr}`);
  const stacks = readdirSync(stacksDir)
    .sort()
    .map((stack) => ({
      name: `${name}/${stack}`,
      app: name,
      json: JSON.parse(readFileSync(join(stacksDir, stack, 'cdk.tf.json'), 'utf8')) as TerraformJson,
    }));
  rmSync(dir, { recursive: true, force: true });
  return stacks;
}
