/**
 * runApp prints the library's errors as their message alone and exits 1, whether they are raised while building
 * the app or while synthesizing it; the user's own errors propagate with their stacks.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, TerraformStack } from 'cdktf';
import { runApp } from '../../lib/constructs/run-app';
import { TaskAccessModel } from '../../lib/constructs/task-access-model';
import { AccessUsageError } from '../../lib/model/errors';
import { minimal } from '../fixtures/minimal';

const quiet = { expiryWarning: false as const, rules: { onFindings: () => undefined } };

/** Runs runApp with stderr captured and process.exit turned into a throw; returns what was printed and the code. */
function run(build: () => App): { stderr: string; exit?: number; thrown?: unknown } {
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
    throw { exitCode: code };
  }) as never);
  try {
    runApp(build, { summary: false });
    return { stderr: stderr.mock.calls.map((c) => String(c[0])).join('') };
  } catch (e) {
    const text = stderr.mock.calls.map((c) => String(c[0])).join('');
    if (typeof e === 'object' && e !== null && 'exitCode' in e)
      return { stderr: text, exit: (e as { exitCode: number }).exitCode };
    return { stderr: text, thrown: e };
  } finally {
    stderr.mockRestore();
    stdout.mockRestore();
    exit.mockRestore();
  }
}

const outdir = (): string => mkdtempSync(join(tmpdir(), 'run-app-'));

test('an AccessUsageError while building (two models writing one report) prints its message alone, exit 1', () => {
  const r = run(() => {
    const app = new App({ outdir: outdir() });
    new TaskAccessModel(new TerraformStack(app, 'one'), 'model', { definition: minimal(), ...quiet });
    new TaskAccessModel(new TerraformStack(app, 'two'), 'model', { definition: minimal(), ...quiet });
    return app;
  });
  expect(r.exit).toBe(1);
  expect(r.stderr).toBe(
    'Two access models in one app would both write access-model.json and the access report into its output directory ' +
      '(one/model and two/model); set report: false on all but one.\n',
  );
});

test('a library error raised while synthesizing prints the same way', () => {
  const r = run(() => {
    const app = new App({ outdir: outdir() });
    const stack = new TerraformStack(app, 'one');
    new TaskAccessModel(stack, 'model', { definition: minimal(), ...quiet });
    app.node.addValidation({
      validate: () => {
        throw new AccessUsageError('raised while synthesizing; do this instead');
      },
    });
    return app;
  });
  expect(r).toEqual({ stderr: 'raised while synthesizing; do this instead\n', exit: 1 });
});

test("the user's own error propagates as it is, stack and all, and nothing is printed", () => {
  const mine = new TypeError('a bug in my app');
  const r = run(() => {
    throw mine;
  });
  expect(r.thrown).toBe(mine);
  expect(r.stderr).toBe('');
  expect(mine.stack).toMatch(/\n\s+at /);
});
