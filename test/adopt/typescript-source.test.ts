/**
 * The TypeScript `task-access import` writes: every string a literal holding exactly its text (whatever it holds:
 * quotes, backslashes, backticks, `${`, `*` + `/`, line breaks, U+2028, bidirectional overrides, lone surrogates),
 * no invisible character in the source, and the formatting Prettier gives it (so a `prettier --check` passes).
 */
import fc from 'fast-check';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { definitionSource, tsString, tsValue } from '../../lib/adopt/typescript-source';
import { importTenant } from '../../lib/cli/import-tenant';
import { FIXTURE_DIR } from '../fixtures/tenant-export/generate';

const evaluate = (source: string): unknown => new Function(`return (${source});`)();
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const seed = Number(process.env.FC_SEED ?? 20261123);

test('a string literal holds exactly its text, and the source shows every invisible character as an escape', () => {
  for (const text of [
    "it's",
    'say "hi"',
    'a`b${c}d',
    'x */ y /* z',
    'line\nbreak\r\n',
    '\u2028\u2029',
    'rtl \u202e gnp.exe',
    '\\',
    '\'"',
    '\ud800',
  ]) {
    const literal = tsString(text);
    expect(evaluate(literal)).toBe(text);
    expect(INVISIBLE.test(literal)).toBe(false);
  }
  expect(tsString("it's")).toBe(`"it's"`);
  expect(tsString('plain')).toBe("'plain'");
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const literal = tsString(text);
      return evaluate(literal) === text && !INVISIBLE.test(literal);
    }),
    { seed, numRuns: 300 },
  );
});

test('any JSON value is written as TypeScript that evaluates to it', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const clean = JSON.parse(JSON.stringify(value)) as unknown;
      expect(evaluate(tsValue(clean))).toEqual(clean);
    }),
    { seed, numRuns: 200 },
  );
});

test('the definitions of both fixtures are formatted as Prettier formats them with the repository settings', () => {
  const root = join(__dirname, '..', '..');
  for (const dir of [FIXTURE_DIR.reference, FIXTURE_DIR.messy]) {
    const source = definitionSource(importTenant(dir, { now: new Date('2026-12-03T00:00:00Z') }).definition);
    // Prettier 3 is ESM, which jest can't load in process: run its command line on the text.
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--stdin-filepath', join(root, 'definition.ts')],
      {
        input: source,
        encoding: 'utf8',
        cwd: root,
      },
    );
    expect({ status: r.status, same: r.stdout === source }).toEqual({ status: 0, same: true });
  }
});
