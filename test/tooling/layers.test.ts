/**
 * The layer check (`npm run deps`, .dependency-cruiser.cjs) bites: on a small tree shaped like lib/, an import up a
 * layer and a runtime cycle are each reported by rule name, a type-only cycle and imports down or sideways are not.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

const ROOT = join(__dirname, '..', '..');

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-layers-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const cruise = (cwd: string) =>
  spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
      'lib',
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
    ],
    { cwd, encoding: 'utf8' },
  );

test('an import up a layer and a runtime cycle fail, each by its rule', () => {
  const dir = tree({
    'lib/model/a.ts': "import { b } from '../constructs/b';\nexport const a = b;\n",
    'lib/constructs/b.ts': 'export const b = 1;\n',
    'lib/report/c.ts': "import { d } from './d';\nexport const c = () => d;\n",
    'lib/report/d.ts': "import { c } from './c';\nexport const d = () => c;\n",
    'lib/rules/e.ts': "import { f } from '../cli/f';\nexport const e = f;\n",
    'lib/cli/f.ts': 'export const f = 1;\n',
  });
  const r = cruise(dir);
  expect(r.status).not.toBe(0);
  const out = r.stdout + r.stderr;
  expect(out).toMatch(/model-is-the-bottom: lib\/model\/a\.ts → lib\/constructs\/b\.ts/);
  expect(out).toMatch(/analysis-below-constructs: lib\/rules\/e\.ts → lib\/cli\/f\.ts/);
  expect(out).toMatch(/no-cycle: lib\/report\/[cd]\.ts → /);
});

test('imports down and sideways, and a type-only cycle, pass', () => {
  const dir = tree({
    'lib/model/m.ts': "import type { R } from '../model/n';\nexport interface M { r?: R }\n",
    'lib/model/n.ts': "import type { M } from './m';\nexport interface R { m?: M }\n",
    'lib/report/r.ts':
      "import type { M } from '../model/m';\nimport { s } from '../rules/s';\nexport const r = (m: M) => [m, s];\n",
    'lib/rules/s.ts': 'export const s = 1;\n',
    'lib/cli/t.ts': "import { r } from '../report/r';\nexport const t = r;\n",
  });
  const r = cruise(dir);
  expect([r.status, r.stdout]).toEqual([0, expect.stringContaining('no dependency violations found')]);
});

test('the explorer page script reads lib/report only, and nothing imports it', () => {
  const dir = tree({
    'lib/explorer/main.ts':
      "import { r } from '../report/r';\nimport { t } from '../cli/t';\nimport { readFileSync } from 'fs';\nexport const m = [r, t, readFileSync];\n",
    'lib/report/r.ts': 'export const r = 1;\n',
    'lib/cli/t.ts': 'export const t = 1;\n',
    'lib/report/page.ts': "import { m } from '../explorer/main';\nexport const p = m;\n",
  });
  const r = cruise(dir);
  expect(r.status).not.toBe(0);
  const out = r.stdout + r.stderr;
  expect(out).toMatch(/explorer-page-reads-the-model: lib\/explorer\/main\.ts → lib\/cli\/t\.ts/);
  expect(out).toMatch(/explorer-page-reads-the-model: lib\/explorer\/main\.ts → fs/);
  expect(out).toMatch(/nothing-imports-the-explorer-page: lib\/report\/page\.ts → lib\/explorer\/main\.ts/);
  expect(out).not.toMatch(/lib\/explorer\/main\.ts → lib\/report\/r\.ts/);
});
