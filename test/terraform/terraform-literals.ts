/**
 * Asks Terraform itself what a string of synthesized Terraform JSON means: each value becomes an `output` of a
 * configuration with no provider, which `terraform apply` evaluates (a template is interpolated, a reference to a
 * resource fails as undeclared) and `terraform output -json` reads back.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Toolchain } from './toolchain';

function run(toolchain: Toolchain, dir: string, args: string[]): string {
  const r = spawnSync(toolchain.terraform, args, { cwd: dir, encoding: 'utf8', env: toolchain.env });
  if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The values Terraform reads from the given Terraform JSON string values, in order. */
export function terraformReads(toolchain: Toolchain, values: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tf-literals-'));
  const output = Object.fromEntries(values.map((v, i) => [`v${i}`, { value: v }]));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ output }));
  run(toolchain, dir, ['init', '-input=false', '-no-color']);
  run(toolchain, dir, ['apply', '-auto-approve', '-input=false', '-no-color']);
  const read = JSON.parse(run(toolchain, dir, ['output', '-json', '-no-color'])) as Record<string, { value: string }>;
  return values.map((_, i) => read[`v${i}`].value);
}
