/**
 * `task-access review`, run in-process: the checklist of the security-operations example (a TypeScript
 * definition), the last change from an injected reader (tests never run git), `--last-change`, `--no-git`, JSON.
 */

import { join } from 'path';
import { runReview, type ReviewCommandOptions } from '../../lib/cli/commands/review';
import '../../lib/cli/commands/review';
import { buildProgram } from '../../lib/cli/program';
import type { LastChangeReader, ReviewChecklist } from '../../lib/review';

const ROOT = join(__dirname, '../..');
const DEFINITION = 'examples/security-operations/definition.ts';

function run(
  options: ReviewCommandOptions,
  reader: LastChangeReader,
): { code: number; stdout: string; stderr: string; asked: string[] } {
  let stdout = '';
  let stderr = '';
  const asked: string[] = [];
  const code = runReview(options, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT }, (file) => {
    asked.push(file);
    return reader(file);
  });
  return { code, stdout, stderr, asked };
}
const fromGit: LastChangeReader = () => ({
  date: '2026-03-02T10:00:00Z',
  commit: 'abcdef0123456789',
  author: 'Jane',
  source: 'git',
});

test('is registered as a command', () => {
  expect(buildProgram().commands.map((c) => c.name())).toContain('review');
});

test('the checklist of the example: last change from the reader, high-risk items first, every role and task', () => {
  const r = run({ definition: DEFINITION }, fromGit);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  expect(r.asked).toEqual([join(ROOT, DEFINITION)]);
  expect(r.stdout).toContain('Definition last changed: 2026-03-02T10:00:00Z (commit abcdef012345, Jane).');
  const order = [
    '### Break-glass accounts',
    '### Exception (high-privilege) tasks',
    '### Write or admin tasks in protected environments',
    '### Standing access in protected environments',
    '## Quarterly: every role',
    '## Quarterly: every task',
  ].map((h) => r.stdout.indexOf(h));
  expect(order.every((i) => i > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(r.stdout).toContain('- **TASK_PROD_CLUSTER_ADMIN** (owner: platform-lead@contoso.example)');
  expect(r.stdout).toContain(
    '- **ROLE_CI_PROD_DEPLOY -> TASK_PROD_DEPLOYMENT** (owner: platform-team@contoso.example)',
  );
  expect(r.stdout).toContain(
    '| [ ] | ROLE_PLATFORM_LEAD | cto@contoso.example | dave@contoso.example (PLACEHOLDER) | - | - | - |',
  );
});

test('--last-change wins over git, and --no-git asks nobody', () => {
  const given = run({ definition: DEFINITION, lastChange: '2026-03-02 (PR #41)' }, fromGit);
  expect(given.asked).toEqual([]);
  expect(given.stdout).toContain('Definition last changed: 2026-03-02 (PR #41) (as given).');
  const noGit = run({ definition: DEFINITION, git: false }, fromGit);
  expect(noGit.asked).toEqual([]);
  expect(noGit.stdout).toContain('Definition last changed: unknown');
});

test('JSON', () => {
  const r = run({ definition: DEFINITION, json: true }, () => undefined);
  const c = JSON.parse(r.stdout) as ReviewChecklist;
  expect(c.lastChange).toBeUndefined();
  expect(c.highRisk.filter((i) => i.kind === 'exception-task').map((i) => i.name)).toEqual(['TASK_PROD_CLUSTER_ADMIN']);
  expect(c.roles.map((x) => x.role)).toEqual([
    'ROLE_CI_PROD_DEPLOY',
    'ROLE_DEVELOPER',
    'ROLE_PLATFORM_LEAD',
    'ROLE_SNR_DEVELOPER',
  ]);
});

test('a missing definition exits 2', () => {
  expect(run({ definition: 'nope.ts' }, fromGit)).toMatchObject({
    code: 2,
    stdout: '',
    stderr: 'task-access: definition file not found: ' + join(ROOT, 'nope.ts') + '\n',
  });
});
