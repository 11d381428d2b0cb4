/**
 * Loading a definition for a command never synthesizes: `runApp` in the module does nothing while a command loads
 * it (so `lint --definition main.ts` lints, valid or not, and writes no `cdktf.out/`), a module calling
 * `app.synth()` itself is refused before anything is written, and `lint --json` on an invalid definition prints
 * the problems as JSON.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { isLoadingDefinition, whileLoadingDefinition } from '../../lib/constructs/run-app';
import { minimal } from '../fixtures/minimal';

const ROOT = resolve(__dirname, '../..');
const LIB = JSON.stringify(join(ROOT, 'lib'));

/** A directory with `main.ts`: the definition exported, then the app built as `body` says. */
function appModule(definition: unknown, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-nosynth-'));
  writeFileSync(
    join(dir, 'main.ts'),
    `import { App } from 'cdktf';\nimport { TaskAccessStacks, runApp } from ${LIB};\n` +
      `export const definition = ${JSON.stringify(definition)};\n${body}\n`,
  );
  return dir;
}

const lint = (dir: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--require', 'tsx/cjs', join(ROOT, 'lib/cli/main.ts'), 'lint', '--definition', 'main.ts', ...args],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') } },
  );

const RUN_APP = `runApp(() => { const app = new App(); new TaskAccessStacks(app, 'access', { definition }); return app; });`;

describe('a definition module that builds an app', () => {
  test('runApp in it does nothing while lint loads it: lint answers, nothing is synthesized', () => {
    const dir = appModule(minimal(), RUN_APP);
    const r = lint(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Rule pack:');
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  test("an invalid definition gets lint's message (every problem), not runApp's exit, and no cdktf.out", () => {
    const dir = appModule({ ...minimal(), roles: [{ name: 'DEVELOPER', standing: ['TASK_NOPE'] }] }, RUN_APP);
    const r = lint(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('roles.ROLE_DEVELOPER.standing[0]');
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  test('with --json, an invalid definition prints its problems as JSON on stdout', () => {
    const dir = appModule({ ...minimal(), roles: [{ name: 'DEVELOPER', standing: ['TASK_NOPE'] }] }, RUN_APP);
    const r = lint(dir, '--json');
    expect(r.status).toBe(1);
    const answer = JSON.parse(r.stdout) as { ok: boolean; problems: { path: string; rule: string }[] };
    expect(answer.ok).toBe(false);
    expect(answer.problems.map((p) => [p.path, p.rule])).toEqual([
      ['roles.ROLE_DEVELOPER.standing[0]', 'unknown-reference'],
    ]);
  });

  test('a module calling app.synth() itself is refused (exit 2) before anything is written', () => {
    const dir = appModule(
      minimal(),
      `const app = new App(); new TaskAccessStacks(app, 'access', { definition }); app.synth();`,
    );
    const r = lint(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('main.ts synthesizes a cdktf app when it is loaded (app.synth())');
    expect(r.stderr).toContain('Put the definition in a module of its own');
    // cdktf makes the (empty) output directories when the app and stacks are constructed; synthesis never ran, so
    // no file is in them.
    const files = readdirSync(join(dir, 'cdktf.out'), { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    expect(files.map((e) => e.name)).toEqual([]);
  });
});

test('whileLoadingDefinition sets the flag for the call only, also when it throws', () => {
  expect(isLoadingDefinition()).toBe(false);
  expect(whileLoadingDefinition(() => isLoadingDefinition())).toBe(true);
  expect(() =>
    whileLoadingDefinition(() => {
      throw new Error('boom');
    }),
  ).toThrow('boom');
  expect(isLoadingDefinition()).toBe(false);
});
