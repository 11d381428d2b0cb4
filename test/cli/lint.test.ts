/**
 * `task-access lint`: the rule pack without synthesis. In-process through runLint with captured output, plus one
 * run of the real command line for its exit code and the absence of a stack trace.
 */

import { spawnSync } from 'child_process';
import { join, resolve } from 'path';
import { runLint, type LintOptions } from '../../lib/cli/commands/lint';
import type { CommandIo } from '../../lib/cli/command-io';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = 'test/cli/fixtures/lint';

function lint(options: Omit<LintOptions, 'definition'> & { definition: string }): {
  code: number;
  out: string;
  err: string;
} {
  let out = '';
  let err = '';
  const io: CommandIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: ROOT };
  const code = runLint(options, io);
  return { code, out, err };
}

describe('task-access lint', () => {
  test('the reference organisation passes: exit 0, no finding', () => {
    const r = lint({ definition: 'examples/reference-org/definition.ts' });
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(
      /^Rule pack: 0 errors, 0 warnings, 0 suppressed\. \d+ rules: \d+ compliant, 0 with findings, 0 suppressed, \d+ not applicable\.$/,
    );
    expect(r.err).toBe('');
  });

  test('fails with exit 1 on an error finding, printing it with path, value and fix', () => {
    const r = lint({ definition: `${FIXTURES}/long-activation.json` });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '1. error  tasks.TASK_PROD_VIEWER.jit.maximumActivation  [jit-max-activation]\n    TASK_PROD_VIEWER can be activated for PT8H, longer than the limit PT4H\n    value: "PT8H"\n',
    );
    expect(r.out).toContain('2. warning  breakGlass  [break-glass-declared]');
  });

  test('--json prints the whole result', () => {
    const r = lint({ definition: `${FIXTURES}/long-activation.json`, json: true });
    const json = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(json).toMatchObject({
      ok: false,
      counts: { errors: 1, warnings: 1, suppressed: 0 },
      suppressed: [],
      suppressions: [],
    });
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['jit-max-activation', 'break-glass-declared']);
    expect(json.rules.find((s: { id: string }) => s.id === 'vpn-group-limit')).toMatchObject({
      status: 'not-applicable',
      reason: 'no baseline grants a VPN pool',
    });
  });

  test('warnings alone exit 0; with --strict, fails with exit 1', () => {
    expect(lint({ definition: `${FIXTURES}/warning-only.json` }).code).toBe(0);
    expect(lint({ definition: `${FIXTURES}/warning-only.json`, strict: true }).code).toBe(1);
  });

  test('--rules applies suppressions and prints each with its reason', () => {
    const r = lint({
      definition: `${FIXTURES}/long-activation.json`,
      rules: `${FIXTURES}/suppress-long-activation.json`,
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Rule pack: 0 errors, 0 warnings, 2 suppressed.');
    expect(r.out).toContain(
      'Suppressions (2):\n  - jit-max-activation at tasks.TASK_PROD_VIEWER: "CHG-1234: quarterly migration, reviewed by security" (1 finding suppressed)\n',
    );
  });

  test("reads the definition module's own `rules` export when --rules is not given", () => {
    const r = lint({ definition: `${FIXTURES}/with-rules.js` });
    expect([r.code, r.out.split('\n')[0]]).toEqual([
      0,
      expect.stringMatching(/^Rule pack: 0 errors, 0 warnings, 1 suppressed\./),
    ]);
  });

  test('fails with exit 2 and one line for a missing rules file', () => {
    const r = lint({ definition: `${FIXTURES}/long-activation.json`, rules: `${FIXTURES}/nope.json` });
    expect(r).toEqual({ code: 2, out: '', err: `task-access: rule options file not found: ${FIXTURES}/nope.json\n` });
  });

  test('fails with exit 1 for an invalid definition, listing its problems before any rule runs', () => {
    const r = lint({ definition: join(FIXTURES, 'invalid.json') });
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'The access model definition has 1 problem; nothing was synthesized.\n1. roles.ROLE_DEVELOPER.eligible[0]  [unknown-reference]\n    task "TASK_PROD_VIEWR" is not declared. Did you mean "TASK_PROD_VIEWER"?\n    value: "TASK_PROD_VIEWR"\n    fix: declare the task, or fix the name\n',
    });
  });

  test('the command line exits 1 on errors and prints no stack trace', () => {
    const run = spawnSync(
      process.execPath,
      ['--require', 'tsx/cjs', 'lib/cli/main.ts', 'lint', '--definition', `${FIXTURES}/long-activation.json`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[jit-max-activation]');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });
});
