/**
 * The same definition gives byte-identical Terraform wherever the project is checked out: two copies of the
 * checkout in different directories synthesize the reference organisation (one stack, and split by environment,
 * where stacks read each other's state) to the same bytes, and no path of the machine appears in them.
 */
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

/** A copy of the checkout's sources in a new directory (node_modules linked), and the directory. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-'));
  for (const part of ['lib', 'examples', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Synthesizes the reference organisation in a checkout; returns each stack's cdk.tf.json text by name. */
function synth(dir: string, split: string): Map<string, string> {
  const env: NodeJS.ProcessEnv = { ...process.env, TASK_ACCESS_SPLIT: split };
  delete env.CDKTF_OUTDIR;
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'examples/reference-org/main.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const stacks = join(dir, 'cdktf.out', 'stacks');
  return new Map(readdirSync(stacks).map((name) => [name, readFileSync(join(stacks, name, 'cdk.tf.json'), 'utf8')]));
}

describe.each(['none', 'environment'])('split %s', (split) => {
  test('two checkouts synthesize byte-identical Terraform, with relative state paths only', () => {
    const [a, b] = [checkout(), checkout()];
    const first = synth(a, split);
    const second = synth(b, split);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) {
      expect(second.get(name)).toBe(text);
      expect(text).not.toContain(a);
      expect(text).not.toContain(tmpdir());
      const paths = [...text.matchAll(/"path": "([^"]*\.tfstate)"/g)].map((m) => m[1]);
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) expect(p).toMatch(/^\.\.\/\.\.\/\.\.\/terraform\.reference-org(-[a-z]+)?\.tfstate$/);
    }
  });
});
