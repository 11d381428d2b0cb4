/**
 * Asks Terraform itself what a string of synthesized Terraform JSON means: each value becomes an `output` of a
 * configuration with no provider, which `terraform apply` evaluates (a template is interpolated, a reference to a
 * resource fails as undeclared) and `terraform output -json` reads back.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** Why Terraform can't be run here, or undefined when it can. With CI=true a missing Terraform is a failure. */
export function terraformMissing(): string | undefined {
  const r = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  if (r.status === 0) return undefined;
  const why = `terraform is not on PATH (${r.error?.message ?? r.stderr.trim()})`;
  if (process.env.CI === 'true') throw new Error(`${why}: CI must run the Terraform checks`);
  return why;
}

function run(dir: string, args: string[]): string {
  const cli = join(dir, 'terraform.rc');
  writeFileSync(cli, '');
  const r = spawnSync('terraform', [...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TF_CLI_CONFIG_FILE: cli, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' },
  });
  if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The values Terraform reads from the given Terraform JSON string values, in order. */
export function terraformReads(values: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tf-literals-'));
  const output = Object.fromEntries(values.map((v, i) => [`v${i}`, { value: v }]));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ output }));
  run(dir, ['init', '-input=false', '-no-color']);
  run(dir, ['apply', '-auto-approve', '-input=false', '-no-color']);
  const read = JSON.parse(run(dir, ['output', '-json', '-no-color'])) as Record<string, { value: string }>;
  return values.map((_, i) => read[`v${i}`].value);
}
