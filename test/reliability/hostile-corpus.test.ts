/** Each hostile definition produces exactly its expected problems, and never a crash. */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { resolveDefinition } from '../../lib/model/resolve';
import { validateDefinition } from '../../lib/model/validation';
import { runRulePack } from '../../lib/rules/pack';
import { developerRole, withRoles, withTasks } from '../fixtures/minimal';
import { HOSTILE_CORPUS } from '../fixtures/hostile-corpus';
import { problem } from '../fixtures/problems';

describe.each(HOSTILE_CORPUS.map((c) => [c.name, c] as const))('fails on %s', (_name, c) => {
  test('with exactly the expected problems', () => {
    expect(validateDefinition(c.definition)).toEqual(c.expected.map(problem));
  });
});

test('fails on a hostile definition from the command line: problems on stderr, exit 1, no stack trace, no stack written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const main = join(dir, 'main.ts');
  const lib = join(__dirname, '..', '..', 'lib');
  writeFileSync(
    main,
    `import { App } from 'cdktf';
import { TaskAccessStacks, runApp } from ${JSON.stringify(lib)};
runApp(() => {
  const app = new App({ outdir: ${JSON.stringify(join(dir, 'cdktf.out'))} });
  new TaskAccessStacks(app, 'x', { definition: { environments: [{ name: 'prod' }], baselines: [], tasks: [], roles: [{ name: 'DEV', standing: ['TASK_PROD_NONE'] }] } as never });
  return app;
});
`,
  );
  const root = join(__dirname, '..', '..');
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), main], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('The access model definition has 2 problems; nothing was synthesized.');
  expect(r.stderr).toContain('environments[0].name  [naming]');
  expect(r.stderr).toContain('roles.ROLE_DEV.standing[0]  [unknown-reference]');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  // cdktf's App creates an empty stacks/ folder when constructed; no stack is ever written into it
  const stacks = join(dir, 'cdktf.out', 'stacks');
  expect(existsSync(stacks) ? readdirSync(stacks) : []).toEqual([]);
});

describe('definitions that are valid but dead get rule pack warnings', () => {
  const findings = (definition: AccessModelDefinition) =>
    runRulePack(resolveDefinition(definition)).findings.map((f) => ({
      rule: f.rule,
      level: f.level,
      path: f.path,
    }));

  test('fails on a task in no role with an unused-task warning', () => {
    const d = withTasks({ environment: 'DEV', name: 'ORPHAN', baselines: ['BASE_DEV_KV_SECRETS_GET'] });
    expect(findings(d)).toContainEqual({ rule: 'unused-task', level: 'warning', path: 'tasks.TASK_DEV_ORPHAN' });
  });

  test('fails on a role with no members with an empty-role warning', () => {
    const d = withRoles(developerRole(), developerRole({ name: 'GHOST', members: [] }));
    expect(findings(d)).toContainEqual({ rule: 'empty-role', level: 'warning', path: 'roles.ROLE_GHOST.members' });
  });
});
