/**
 * `task-access diff`, run in-process over access-model.json files as synthesis writes them (renderModelJson) and
 * definitions; and once spawned, the real bin, whose output must be docs/diff.md's example.
 */

import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { runDiff } from '../../lib/cli/commands/diff';
import { EXIT } from '../../lib/cli/program';
import type { AccessModelDefinition } from '../../lib/model';
import { resolveDefinition } from '../../lib/model/resolve';
import { diffDefinitions } from '../../lib/report/diff';
import { renderModelJson } from '../../lib/report/model-json';
import { PEOPLE, REF, withRole } from '../report/diff/reference-changes';
import { capture } from './io';

const ROOT = resolve(__dirname, '../..');
const STANDING = withRole(REF, 'SNR_DEVELOPER', (r) => ({
  ...r,
  standing: ['TASK_PROD_DEPLOYMENT'],
  eligible: ['TASK_PROD_KEYVAULT_ADMIN'],
}));

/** base/ and head/, each with cdktf.out/access-model.json and definition.json, as CI checks them out. */
function checkout(before: AccessModelDefinition, after: AccessModelDefinition): string {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-diff-'));
  for (const [side, def] of [
    ['base', before],
    ['head', after],
  ] as const) {
    mkdirSync(join(dir, side, 'cdktf.out'), { recursive: true });
    writeFileSync(join(dir, side, 'cdktf.out', 'access-model.json'), renderModelJson(resolveDefinition(def)));
    writeFileSync(join(dir, side, 'definition.json'), JSON.stringify(def));
  }
  return dir;
}

const dir = checkout(REF, STANDING);

describe('the CI interface: diff base/cdktf.out head/cdktf.out --format md --fail-on high', () => {
  test('a high-risk change: Markdown on stdout, exit 1', () => {
    const c = capture(dir);
    expect(runDiff('base/cdktf.out', 'head/cdktf.out', { format: 'md', failOn: 'high' }, c.io)).toBe(EXIT.FAILED);
    expect(c.stdout().split('\n').slice(0, 5)).toEqual([
      '**1 access change: 1 high, 0 medium, 0 low**',
      '',
      '| risk | change | subject | before | after | why |',
      '| --- | --- | --- | --- | --- | --- |',
      '| **high** | just-in-time → standing | `ROLE_SNR_DEVELOPER` › `TASK_PROD_DEPLOYMENT` | just-in-time (max PT4H, approval by group engineering managers (PLACEHOLDER) or ROLE_SNR_DEVELOPER, MFA, justification, ticket) | standing | standing write access in protected environment PROD (BASE_PROD_ACR_IMAGE_PUSH: action part PUSH) |',
    ]);
    expect(c.stderr()).toBe('');
  });

  test('no change at the --fail-on level: exit 0; without --fail-on: always 0', () => {
    const c = capture(dir);
    expect(runDiff('head/cdktf.out', 'base/cdktf.out', { failOn: 'high' }, c.io)).toBe(EXIT.OK); // the reverse is low
    expect(c.stdout()).toContain('**1 access change: 0 high, 0 medium, 1 low**');
    expect(runDiff('head/cdktf.out', 'base/cdktf.out', { failOn: 'low' }, capture(dir).io)).toBe(EXIT.FAILED);
    expect(runDiff('base/cdktf.out', 'head/cdktf.out', {}, capture(dir).io)).toBe(EXIT.OK);
  });

  test('no access change: "No access change." and exit 0, even with --fail-on low', () => {
    const c = capture(dir);
    expect(runDiff('base/cdktf.out', 'base/cdktf.out/access-model.json', { failOn: 'low' }, c.io)).toBe(EXIT.OK);
    expect(c.stdout()).toBe('No access change.\n');
  });
});

test('--json prints the diff; over synthesized files it equals the diff of the definitions', () => {
  const c = capture(dir);
  expect(runDiff('base/cdktf.out', 'head/cdktf.out/access-model.json', { json: true }, c.io)).toBe(EXIT.OK);
  const json = JSON.parse(c.stdout());
  expect(json).toEqual(JSON.parse(JSON.stringify(diffDefinitions(REF, STANDING))));
  expect(json.principals.map((p: { key: string }) => p.key)).toEqual([PEOPLE.carol]);
  const f = capture(dir);
  expect(runDiff('base/definition.json', 'head/cdktf.out', { format: 'json' }, f.io)).toBe(EXIT.OK);
  expect(JSON.parse(f.stdout())).toEqual(json);
});

test('a group owner added, over synthesized files: a high change in the JSON and the Markdown', () => {
  const owner = '0000aaaa-0000-4000-8000-00000000000a';
  const owners = checkout(REF, { ...REF, settings: { ...REF.settings, groupOwners: [owner] } });
  const j = capture(owners);
  expect(runDiff('base/cdktf.out', 'head/cdktf.out', { json: true, failOn: 'high' }, j.io)).toBe(EXIT.FAILED);
  const json = JSON.parse(j.stdout());
  expect(json.counts).toEqual({ total: 1, high: 1, medium: 0, low: 0 });
  expect(json.changes[0]).toMatchObject({ kind: 'group-owner-added', subjectType: 'group-owners', subject: owner });
  expect(json.principals).toEqual([
    { key: owner, label: owner, kind: 'group-owner', risk: 'high', tasks: [], changes: [0] },
  ]);
  const m = capture(owners);
  expect(runDiff('base/cdktf.out', 'head/cdktf.out', {}, m.io)).toBe(EXIT.OK);
  expect(m.stdout()).toContain(`| **high** | group owner added | ${owner} | — | ${owner} (owner of every group) |`);
});

test('--maximum-activation sets the limit a raised activation is judged against', () => {
  const raised = checkout(REF, {
    ...REF,
    tasks: REF.tasks.map((t) =>
      t.name === 'KEYVAULT_ADMIN' && t.environment === 'PROD'
        ? { ...t, jit: { ...t.jit, maximumActivation: 'PT8H' } }
        : t,
    ),
  });
  expect(runDiff('base/cdktf.out', 'head/cdktf.out', { failOn: 'high' }, capture(raised).io)).toBe(EXIT.FAILED);
  expect(
    runDiff('base/cdktf.out', 'head/cdktf.out', { failOn: 'high', maximumActivation: 'PT8H' }, capture(raised).io),
  ).toBe(EXIT.OK);
});

describe('bad usage and unreadable input: exit 2, one line, no stack trace', () => {
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
  writeFileSync(join(dir, 'old-model.json'), JSON.stringify({ schemaVersion: '0.9.0', model: {} }));
  mkdirSync(join(dir, 'empty.out'), { recursive: true });
  test.each([
    [
      ['nope/cdktf.out', 'head/cdktf.out', {}],
      'before nope/cdktf.out: not found; give a cdktf.out directory, an access-model.json, or a definition (.ts, .js or .json)',
    ],
    [
      ['base/cdktf.out', 'empty.out', {}],
      'after empty.out has no access-model.json: synthesize with the access report on (the default; not report: false), or pass the definition instead',
    ],
    [
      ['base/cdktf.out', 'other.json', {}],
      'after other.json is neither an access-model.json (no schemaVersion) nor a definition (no environments, baselines, tasks and roles)',
    ],
    [
      ['old-model.json', 'head/cdktf.out', {}],
      'old-model.json has schemaVersion 0.9.0, but this version of cdktf-task-access reads 1.x; synthesize again with this version, or use the matching task-access',
    ],
    [
      ['base/cdktf.out', 'head/cdktf.out', { failOn: 'urgent' }],
      'diff: --fail-on "urgent" is not a risk; use high, medium, low',
    ],
    [['base/cdktf.out', 'head/cdktf.out', { format: 'text' }], 'diff: --format "text" is not a format; use md or json'],
    [['base/cdktf.out', 'head/cdktf.out', { format: 'md', json: true }], 'diff: give --json or --format md, not both'],
    [
      ['base/cdktf.out', 'head/cdktf.out', { maximumActivation: '4 hours' }],
      'maximum activation "4 hours" is not an ISO 8601 duration such as PT4H; give the longest activation accepted',
    ],
  ] as const)('%j', (args, message) => {
    const c = capture(dir);
    const [before, after, options] = args;
    expect(runDiff(before, after, options, c.io)).toBe(EXIT.USAGE);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toBe(`task-access: ${message}\n`);
  });
});

test('an invalid definition: exit 1, naming the side, with every problem', () => {
  writeFileSync(
    join(dir, 'invalid.json'),
    JSON.stringify({ ...REF, roles: [{ name: 'DEVELOPER', eligible: ['TASK_PROD_VIEWR'] }] }),
  );
  const c = capture(dir);
  expect(runDiff('base/cdktf.out', 'invalid.json', {}, c.io)).toBe(EXIT.FAILED);
  expect(c.stderr()).toMatch(
    /^after \(invalid\.json\): The access model definition has \d+ problems?; nothing was synthesized\.\n1\. /,
  );
  expect(c.stderr()).toContain('task "TASK_PROD_VIEWR" is not declared. Did you mean "TASK_PROD_VIEWER"?');
  expect(c.stderr()).not.toMatch(/\n\s+at /);
});

test('the real bin prints the docs/diff.md example exactly, and exits 1 with --fail-on high', () => {
  const args = ['diff', 'examples/reference-org/definition.ts', 'examples/diff/prod-deployment-standing.ts'];
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', 'lib/cli/main.ts', ...args, '--fail-on', 'high'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const readme = readFileSync(join(ROOT, 'docs', 'diff.md'), 'utf8');
  const section = readme.slice(readme.indexOf('<!-- section:diff -->'), readme.indexOf('<!-- /section:diff -->'));
  expect(section).toContain(`$ npm run task-access -- ${args.join(' ')}`);
  const example = /```markdown\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toBe(r.stdout);
});
