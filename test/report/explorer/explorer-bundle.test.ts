/**
 * The explorer bundle (lib/report/explorer/explorer-bundle.ts): built from what its manifest lists, rebuilt when
 * one of those inputs changes, and the same bytes in another checkout (no path of the machine in it). Uses a
 * scratch package with a tiny entry point, so it needs neither the real bundle nor cytoscape.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  EXPLORER_ENTRY,
  EXPLORER_OUT_DIR,
  buildExplorerBundle,
  ensureExplorerBundle,
  explorerBundleStale,
  packageRoot,
} from '../../../lib/report/explorer/explorer-bundle';

function scratchPackage(main: string): string {
  const root = mkdtempSync(join(tmpdir(), 'explorer-bundle-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'cdktf-task-access' }));
  mkdirSync(join(root, 'lib', 'explorer'), { recursive: true });
  writeFileSync(
    join(root, 'lib', 'explorer', 'words.ts'),
    'export const words = (n: number): string => `${n} groups`;\n',
  );
  writeFileSync(join(root, EXPLORER_ENTRY), main);
  writeFileSync(join(root, 'lib', 'explorer', 'style.css'), 'body { margin: 0; }\n');
  return root;
}

const MAIN = "import './style.css';\nimport { words } from './words';\ndocument.title = words(3);\n";

test('builds when missing, then is fresh until an input changes', () => {
  const root = scratchPackage(MAIN);
  expect(explorerBundleStale(root)).toBe(true);
  expect(ensureExplorerBundle(root)).toBe(true);
  expect(explorerBundleStale(root)).toBe(false);
  expect(ensureExplorerBundle(root)).toBe(false);
  const manifest = JSON.parse(readFileSync(join(root, EXPLORER_OUT_DIR, 'explorer-inputs.json'), 'utf8'));
  expect(Object.keys(manifest.inputs)).toEqual([
    'lib/explorer/main.ts',
    'lib/explorer/style.css',
    'lib/explorer/words.ts',
  ]);
  writeFileSync(
    join(root, 'lib', 'explorer', 'words.ts'),
    'export const words = (n: number): string => `${n} GROUPS`;\n',
  );
  expect(explorerBundleStale(root)).toBe(true);
  expect(ensureExplorerBundle(root)).toBe(true);
  expect(readFileSync(join(root, EXPLORER_OUT_DIR, 'explorer.js'), 'utf8')).toContain('GROUPS');
});

test('two checkouts in different directories give byte-identical bundles', () => {
  const [a, b] = [scratchPackage(MAIN), scratchPackage(MAIN)].map((root) => buildExplorerBundle(root));
  expect(a?.script).toBe(b?.script);
  expect(a?.style).toBe(b?.style);
  expect(a?.script).not.toContain(tmpdir());
});

test('refuses a bundle holding a sequence that would end its inline element', () => {
  const root = scratchPackage("import './style.css';\ndocument.title = String.raw`<!--`;\n");
  expect(() => buildExplorerBundle(root)).toThrow(
    /the explorer bundle contains "<!--", which would end its inline element/,
  );
});

test("the package root is the directory of cdktf-task-access's package.json", () => {
  expect(packageRoot()).toBe(join(__dirname, '..', '..', '..'));
});
