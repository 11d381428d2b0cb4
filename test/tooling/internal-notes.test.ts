/**
 * Comments and TSDoc cite what a reader has: Microsoft Learn, the provider source at the pinned tag, or the
 * task-based access model as docs/ describes it. Never the project's internal notes (the seed document's sections,
 * the platform-facts table), which users don't have and which the TSDoc would carry into the API reference.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative, resolve } from 'path';

const ROOT = resolve(__dirname, '../..');
/** Folders checked: every source folder; bench/results is the benchmark's ignored output (with a compiled copy). */
const FOLDERS = ['lib', 'test', 'bench', 'examples', 'scripts'];
const SKIPPED = ['bench/results'];
const INTERNAL = [
  /platform-facts/i,
  /task-based-access-model\.txt/i,
  /\bseed (?:sections?\b|\d+\.\d)/i,
  /\bthe seed(?:'s)?\b/i,
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    const rel = relative(ROOT, path);
    if (SKIPPED.includes(rel) || e.name === 'node_modules') return [];
    return e.isDirectory() ? files(path) : /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [path] : [];
  });
}

test('no comment or string in lib/, test/, bench/, examples/ or scripts/ cites the internal notes', () => {
  const self = relative(ROOT, __filename);
  const hits = FOLDERS.flatMap((f) => files(join(ROOT, f)))
    .filter((path) => relative(ROOT, path) !== self)
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          INTERNAL.some((re) => re.test(line)) ? [`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
  expect(hits).toEqual([]);
});
