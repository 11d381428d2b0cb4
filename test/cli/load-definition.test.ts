/**
 * Loading a definition for the command line: a JSON file with a key given twice is rejected with line and column,
 * and what every command gets is the definition's frozen plain-data snapshot (a throwing getter is one problem).
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { spawnSync } from 'child_process';
import { join, resolve } from 'path';
import { runLint } from '../../lib/cli/commands/lint';
import { loadDefinition } from '../../lib/cli/load-definition';
import { AccessModelError, isSnapshot } from '../../lib/model';
import { minimal } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';
import { capture } from './io';

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-load-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** The minimal definition as JSON, one property per line, with `roles[0]` given two `members` keys. */
function withDuplicateMembers(): string {
  const text = JSON.stringify(minimal(), null, 2);
  return text.replace(
    '"members": [',
    '"members": [],\n      "members": [\n        { "kind": "user", "objectId": "0000beef-0000-4000-8000-000000000001" },',
  );
}

describe('loadDefinition', () => {
  test('returns the frozen snapshot of a JSON definition, with or without a byte order mark', () => {
    const d = loadDefinition(file('d.json', `\uFEFF${JSON.stringify(minimal())}`));
    expect(d).toEqual(minimal());
    expect(isSnapshot(d)).toBe(true);
  });

  test('rejects a JSON definition with a duplicate key, naming the path, the key and both positions', () => {
    const text = withDuplicateMembers();
    const line = text.split('\n').findIndex((l) => l.includes('"members": [') && !l.includes('[]')) + 1;
    let error: unknown;
    try {
      loadDefinition(file('d.json', text));
    } catch (e) {
      error = e;
    }
    expect(AccessModelError.isAccessModelError(error)).toBe(true);
    expect((error as AccessModelError).problems).toEqual([
      problem({
        path: 'roles[0].members',
        rule: 'duplicate-key',
        value: 'members',
        message: [`at line ${line - 1}, column 7 and again at line ${line}, column 7`, 'JSON keeps only the last'],
        fix: 'keep one "members"',
      }),
    ]);
  });

  const loadMessage = (path: string): string => {
    try {
      loadDefinition(path);
    } catch (e) {
      expect((e as Error).name).toBe('LoadError');
      return (e as Error).message;
    }
    throw new Error('loaded');
  };

  test('a JSON syntax error is a load error at its line and column, with the line and a caret, the path once', () => {
    const path = file('d.json', '{\n  "environments": [\n    {"name": "PROD",}\n  ]\n}\n');
    expect(loadMessage(path)).toBe(
      `the definition is not JSON:\n${path}:3:21: Expected double-quoted property name\n` +
        '    3 |     {"name": "PROD",}\n' +
        '      |                     ^',
    );
  });

  // TypeScript definitions through the real bin: in jest, ts-jest (not tsx) would compile them.
  const bin = (path: string) =>
    spawnSync(process.execPath, ['--require', 'tsx/cjs', 'lib/cli/main.ts', 'lint', '--definition', path], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
    });

  test('a TypeScript definition that does not compile: every error at its line and column, with the line', () => {
    const path = file('d.ts', 'export const definition = {\n  environments: [,\n  baselines: ]\n};\n');
    const r = bin(path);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `task-access: the definition does not compile:\n${path}:3:11: Expected "]" but found ":"\n` +
        '    3 |   baselines: ]\n' +
        '      |           ^\n',
    );
  });

  test('a module that throws while loading: the error where it was thrown in the definition file', () => {
    const path = file('d.ts', 'const x = 1;\nexport const definition = (undefinedThing as never as { a: 1 }).a + x;\n');
    const r = bin(path);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `task-access: the definition threw while loading:\n${path}:2:28: ReferenceError: undefinedThing is not defined\n` +
        '    2 | export const definition = (undefinedThing as never as { a: 1 }).a + x;\n' +
        '      |                            ^\n',
    );
  });

  test('turns a getter that throws in a JavaScript definition into one plain-data problem', () => {
    const js = file(
      'd.js',
      `const d = ${JSON.stringify(minimal())};
module.exports = { definition: { ...d, get roles() { throw new Error('lookup failed'); } } };`,
    );
    expect(() => loadDefinition(js)).toThrow(AccessModelError);
    try {
      loadDefinition(js);
    } catch (e) {
      expect((e as AccessModelError).problems).toEqual([
        problem({
          path: 'roles',
          rule: 'plain-data',
          message: 'reading it threw (Error: lookup failed)',
          fix: 'no getter or Proxy that throws',
        }),
      ]);
    }
  });

  test('a Proxy export whose traps throw is reported by its snapshot, not as a crash', () => {
    const js = file(
      'd.js',
      "module.exports = { definition: new Proxy({}, { has() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }) };",
    );
    expect(() => loadDefinition(js)).toThrow(/\(definition\) {2}\[plain-data\]/);
  });
});

describe('task-access lint with such a file', () => {
  test('exits 1 and prints the duplicate key with its line and column, no stack trace', () => {
    const path = file('d.json', withDuplicateMembers());
    const c = capture(tmpdir());
    expect(runLint({ definition: path }, c.io)).toBe(1);
    expect(c.stderr()).toContain('1 problem; nothing was synthesized.');
    expect(c.stderr()).toContain('roles[0].members  [duplicate-key]');
    expect(c.stderr()).toMatch(/at line \d+, column 7 and again at line \d+, column 7/);
    expect(c.stderr()).not.toMatch(/\n\s+at /);
    expect(c.stdout()).toBe('');
  });
});
