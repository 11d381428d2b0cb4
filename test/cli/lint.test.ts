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

describe('task-access lint: hidden characters in the definition (hidden-character)', () => {
  const fix = (field: string, path: string, n: string): string =>
    `retype the ${field} without ${n} (every output shows ${n} as the marker above); if the text needs one (e.g. a right-to-left mark in mixed-direction text), suppress hidden-character at ${path} with a reason`;

  test('text: each field on its own finding, with the markers and positions, the value marked, the fix; exit 1', () => {
    const r = lint({ definition: `${FIXTURES}/hidden-characters.json` });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out.split('\n').slice(0, 17)).toEqual([
      'Rule pack: 4 errors, 1 warning, 0 suppressed. 35 rules: 12 compliant, 2 with findings, 0 suppressed, 21 not applicable.',
      '1. error  environments[0].description  [hidden-character]',
      '    the description of environment PROD holds 1 hidden character (\\u2062 at character 11): a reviewer reading the definition does not see it, and it can reorder or hide the text around it',
      '    value: "Production\\u2062"',
      `    fix: ${fix('description', 'environments[0].description', 'it')}`,
      '2. error  roles.ROLE_DEVELOPER.description  [hidden-character]',
      '    the description of role ROLE_DEVELOPER holds 2 hidden characters (\\u001B at character 11, \\u001B at character 15): a reviewer reading the definition does not see them, and they can reorder or hide the text around them',
      '    value: "Developers\\u001B[2J\\u001B[1;1H"',
      `    fix: ${fix('description', 'roles.ROLE_DEVELOPER.description', 'them')}`,
      '3. error  roles.ROLE_DEVELOPER.members[0].displayName  [hidden-character]',
      '    the displayName of a member of role ROLE_DEVELOPER holds 1 hidden character (\\u200B at character 4): a reviewer reading the definition does not see it, and it can reorder or hide the text around it',
      // The ZWJ is no hidden character (scripts and emoji sequences need it): it stays as written.
      '    value: "ali\\u200Bce \u200D"',
      `    fix: ${fix('displayName', 'roles.ROLE_DEVELOPER.members[0].displayName', 'it')}`,
      '4. error  tasks.TASK_PROD_VIEWER.description  [hidden-character]',
      '    the description of task TASK_PROD_VIEWER holds 2 hidden characters (\\u202E at character 19, \\u202C at character 25): a reviewer reading the definition does not see them, and they can reorder or hide the text around them',
      '    value: "Reads the secrets \\u202Enimda\\u202C, nothing else"',
      `    fix: ${fix('description', 'tasks.TASK_PROD_VIEWER.description', 'them')}`,
    ]);
    expect(r.out).not.toMatch(/[\u001B\u202E\u202C\u200B\u2062]/);
  });

  test('--json: the same findings; the output holds no raw hidden character, and the values parse back as written', () => {
    const r = lint({ definition: `${FIXTURES}/hidden-characters.json`, json: true });
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/[\u001B\u202E\u202C\u200B\u2062]/);
    const json = JSON.parse(r.out) as {
      counts: unknown;
      findings: { path: string; rule: string; level: string; value: unknown }[];
    };
    expect(json.counts).toEqual({ errors: 4, warnings: 1, suppressed: 0 });
    expect(json.findings.filter((f) => f.rule === 'hidden-character').map((f) => [f.path, f.level, f.value])).toEqual([
      ['environments[0].description', 'error', 'Production\u2062'],
      ['roles.ROLE_DEVELOPER.description', 'error', 'Developers\u001B[2J\u001B[1;1H'],
      ['roles.ROLE_DEVELOPER.members[0].displayName', 'error', 'ali\u200Bce \u200D'],
      ['tasks.TASK_PROD_VIEWER.description', 'error', 'Reads the secrets \u202Enimda\u202C, nothing else'],
    ]);
  });
});
