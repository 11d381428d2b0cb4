/**
 * `task-access expiring`, run in-process with a fixed --now (never the real clock) and an injected reader of the
 * definition's last change (never git): text and JSON answers, the exit codes (1 when a grant has expired or an
 * eligibility has lapsed), eligibilities that last a duration, bad input, and the model read back from
 * access-model.json.
 */

import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runExpiring, type ExpiringAnswer, type ExpiringOptions } from '../../lib/cli/commands/expiring';
import { buildProgram } from '../../lib/cli/program';
import '../../lib/cli/commands/expiring';
import { resolveDefinition } from '../../lib/model';
import { toAccessModelDocument } from '../../lib/report/model-json';
import type { LastChangeReader } from '../../lib/review';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { durationEligibility } from '../fixtures/duration-eligibility';

const ROOT = join(__dirname, '../..');
const DEFINITION = 'examples/vendor-and-agent/definition.ts';
const DURATIONS = 'test/cli/fixtures/expiring/duration-eligibility.ts';
const ELIGIBILITY = 'azuread_privileged_access_group_eligibility_schedule';

/** A reader that must not be asked: the vendor example has no eligibility that lasts a duration. */
const noGit: LastChangeReader = () => {
  throw new Error('git must not be asked');
};

function run(
  options: ExpiringOptions,
  reader: LastChangeReader = noGit,
): { code: number; stdout: string; stderr: string; asked: string[] } {
  let stdout = '';
  let stderr = '';
  const asked: string[] = [];
  const code = runExpiring(options, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT }, (f) => {
    asked.push(f);
    return reader(f);
  });
  return { code, stdout, stderr, asked };
}

test('is registered as a command', () => {
  expect(buildProgram().commands.map((c) => c.name())).toContain('expiring');
});

test("lists the vendor's task 4 days before it ends, and exits 0", () => {
  expect(run({ definition: DEFINITION, now: '2027-03-10' })).toEqual({
    code: 0,
    stderr: '',
    asked: [],
    stdout:
      'Time-bound grants that have expired or end within 14d of 2027-03-10T00:00:00Z: 1 (0 expired)\n' +
      '  expiring  2027-03-14T23:59:59Z  ROLE_VENDOR_PARTNER standing TASK_PROD_VENDOR_READ: expires in 4 days\n',
  });
});

test('says so when nothing is due', () => {
  expect(run({ definition: DEFINITION, now: '2027-01-01T09:00:00Z', within: '2w' })).toEqual({
    code: 0,
    stderr: '',
    asked: [],
    stdout: 'No time-bound grant has expired or ends within 2w of 2027-01-01T09:00:00Z.\n',
  });
});

test('exits 1 when a grant has expired, and prints JSON with --json', () => {
  const r = run({ definition: DEFINITION, now: '2027-05-01', within: '61d', json: true });
  expect(r.code).toBe(1);
  const answer = JSON.parse(r.stdout);
  expect(answer).toMatchObject({ now: '2027-05-01T00:00:00Z', within: '61d' });
  expect(
    answer.grants.map((g: { role: string; status: string; until: string }) => [g.role, g.status, g.until]),
  ).toEqual([
    ['ROLE_VENDOR_PARTNER', 'expired', '2027-03-14T23:59:59Z'],
    ['ROLE_PAYMENTS_CONSULTANT', 'expired', '2027-04-30T23:59:59Z'],
    ['ROLE_PAYMENTS_CONSULTANT', 'expiring', '2027-06-30T23:59:59Z'],
  ]);
});

test('the text answer tells to remove expired grants', () => {
  expect(run({ definition: DEFINITION, now: '2027-03-20' }).stdout).toBe(
    'Time-bound grants that have expired or end within 14d of 2027-03-20T00:00:00Z: 1 (1 expired)\n' +
      '  EXPIRED   2027-03-14T23:59:59Z  ROLE_VENDOR_PARTNER standing TASK_PROD_VENDOR_READ: expired 5 days ago\n' +
      '\n' +
      'Remove the expired entries from the definition: PIM has already removed the access, and a schedule ending in the past would fail the next apply.\n',
  );
});

test('fails a bad --within or --now with exit 2 and one line', () => {
  expect(run({ definition: DEFINITION, now: '2027-03-10', within: 'soon' })).toEqual({
    code: 2,
    asked: [],
    stdout: '',
    stderr: 'task-access: --within "soon" is not a duration; use e.g. 14d, 36h, 2w or P14D\n',
  });
  expect(run({ definition: DEFINITION, now: '10/03/2027' })).toEqual({
    code: 2,
    asked: [],
    stdout: '',
    stderr:
      'task-access: --now "10/03/2027" is not an ISO 8601 UTC date or date-time; use e.g. 2026-07-01 or 2026-07-01T09:00:00Z\n',
  });
});

test('reads the windows back from access-model.json (--model)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'expiring-'));
  const file = join(dir, 'access-model.json');
  writeFileSync(file, JSON.stringify(toAccessModelDocument(resolveDefinition(vendorAndAgent))));
  const fromModel = run({ model: file, now: '2027-05-01', within: '61d', json: true });
  const fromDefinition = run({ definition: DEFINITION, now: '2027-05-01', within: '61d', json: true });
  expect(fromModel.code).toBe(1);
  expect(fromModel.stdout).toBe(fromDefinition.stdout);
});

describe('eligibilities that last a duration', () => {
  const fromGit: LastChangeReader = () => ({
    date: '2026-12-20T10:15:00+01:00',
    commit: '0123456789abcdef',
    author: 'Jane',
    source: 'git',
  });
  const RENEW =
    "Terraform keeps an eligibility that lapsed after its duration in its state and never re-creates it. Renew it before it lapses with terraform apply -replace='<resource>' in its stack, or by setting from on its entry to the day you apply; once it has lapsed, terraform state rm '<resource>', then apply.";

  test("9 days before: listed from the definition file's last commit, with the address to renew; exit 0", () => {
    const r = run({ definition: DURATIONS, now: '2027-01-10' }, fromGit);
    expect(r.asked).toEqual([join(ROOT, DURATIONS)]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      [
        'No time-bound grant has expired or ends within 14d of 2027-01-10T00:00:00Z.',
        'Eligibilities that last a duration and have lapsed or lapse within 14d: 2 (0 lapsed)',
        "  lapsing   2027-01-19T09:15:00Z  ROLE_DEVELOPER eligible TASK_PROD_VIEWER: lapses about 2027-01-19, in 9 days: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
        `      resource ${ELIGIBILITY}.ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER`,
        "  lapsing   2027-01-19T09:15:00Z  ROLE_SENIOR eligible TASK_PROD_VIEWER (inherited from ROLE_DEVELOPER): lapses about 2027-01-19, in 9 days: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
        `      resource ${ELIGIBILITY}.ROLE_SENIOR__eligible__TASK_PROD_VIEWER`,
        '',
        RENEW,
        '',
      ].join('\n'),
    );
  });

  test('lapsed ones exit 1 like expired grants; --json gives each its status, date, start and address', () => {
    const r = run({ definition: DURATIONS, now: '2027-02-10', json: true }, fromGit);
    expect(r.code).toBe(1);
    const answer = JSON.parse(r.stdout) as ExpiringAnswer;
    expect(answer.now).toBe('2027-02-10T00:00:00Z');
    expect(answer.lastChange).toEqual({ date: '2026-12-20T09:15:00Z', commit: '0123456789abcdef' });
    expect(answer.grants.map((g) => [g.kind, g.role, g.status, g.until, g.daysLeft])).toEqual([
      ['duration', 'ROLE_DEVELOPER', 'lapsed', '2027-01-19T09:15:00Z', -22],
      ['duration', 'ROLE_SENIOR', 'lapsed', '2027-01-19T09:15:00Z', -22],
      ['task', 'ROLE_CONTRACTOR', 'expiring', '2027-02-15T23:59:59Z', 5],
    ]);
    expect(answer.grants[1]).toEqual({
      kind: 'duration',
      role: 'ROLE_SENIOR',
      group: 'TASK_PROD_VIEWER',
      task: 'TASK_PROD_VIEWER',
      declaredIn: 'ROLE_DEVELOPER',
      duration: 'P30D',
      countedFrom: 'last-change',
      lastChange: { date: '2026-12-20T09:15:00Z', commit: '0123456789abcdef' },
      until: '2027-01-19T09:15:00Z',
      status: 'lapsed',
      daysLeft: -22,
      address: `${ELIGIBILITY}.ROLE_SENIOR__eligible__TASK_PROD_VIEWER`,
    });
  });

  test('the exact ones count from their from, and the role-assignable baseline is listed with its task', () => {
    const r = run({ definition: DURATIONS, now: '2027-03-25', within: '7d', lastChange: '2026-12-20' });
    expect(r.asked).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 11)).toEqual([
      'Time-bound grants that have expired or end within 7d of 2027-03-25T00:00:00Z: 1 (1 expired)',
      '  EXPIRED   2027-02-15T23:59:59Z  ROLE_CONTRACTOR eligible TASK_PROD_VIEWER: expired 37 days ago',
      'Eligibilities that last a duration and have lapsed or lapse within 7d: 6 (4 lapsed)',
      "  LAPSED    2027-01-19T00:00:00Z  ROLE_DEVELOPER eligible TASK_PROD_VIEWER: lapsed about 2027-01-19, 64 days ago: P30D counted from the definition's last change 2026-12-20T00:00:00Z",
      `      resource ${ELIGIBILITY}.ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER`,
      "  LAPSED    2027-01-19T00:00:00Z  ROLE_SENIOR eligible TASK_PROD_VIEWER (inherited from ROLE_DEVELOPER): lapsed about 2027-01-19, 64 days ago: P30D counted from the definition's last change 2026-12-20T00:00:00Z",
      `      resource ${ELIGIBILITY}.ROLE_SENIOR__eligible__TASK_PROD_VIEWER`,
      "  LAPSED    2027-03-20T00:00:00Z  ROLE_OPS eligible BASE_PROD_ENTRA_DIRECTORY_READER (role-assignable baseline of TASK_PROD_AUDIT): lapsed about 2027-03-20, 4 days ago: P90D counted from the definition's last change 2026-12-20T00:00:00Z",
      `      resource ${ELIGIBILITY}.ROLE_OPS__eligible__BASE_PROD_ENTRA_DIRECTORY_READER`,
      "  LAPSED    2027-03-20T00:00:00Z  ROLE_OPS eligible TASK_PROD_AUDIT: lapsed about 2027-03-20, 4 days ago: P90D counted from the definition's last change 2026-12-20T00:00:00Z",
      `      resource ${ELIGIBILITY}.ROLE_OPS__eligible__TASK_PROD_AUDIT`,
    ]);
    expect(r.stdout).toContain(
      '  lapsing   2027-04-01T00:00:00Z  ROLE_AUDITOR eligible TASK_PROD_AUDIT: lapses in 7 days: P90D from its start 2027-01-01T00:00:00Z\n',
    );
  });

  test('no git (--no-git, git knows nothing, or --model): listed with an unknown date, exit 0', () => {
    const noDate = run({ definition: DURATIONS, now: '2027-01-10', git: false });
    expect(noDate).toMatchObject({ code: 0, asked: [] });
    expect(noDate.stdout).toBe(
      [
        'No time-bound grant has expired or ends within 14d of 2027-01-10T00:00:00Z.',
        'Eligibilities that last a duration and have lapsed or lapse within 14d: 4 (0 lapsed, 4 dates unknown)',
        '  duration  unknown               ROLE_DEVELOPER eligible TASK_PROD_VIEWER: lapse date unknown: applied + P30D',
        `      resource ${ELIGIBILITY}.ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER`,
        '  duration  unknown               ROLE_OPS eligible BASE_PROD_ENTRA_DIRECTORY_READER (role-assignable baseline of TASK_PROD_AUDIT): lapse date unknown: applied + P90D',
        `      resource ${ELIGIBILITY}.ROLE_OPS__eligible__BASE_PROD_ENTRA_DIRECTORY_READER`,
        '  duration  unknown               ROLE_OPS eligible TASK_PROD_AUDIT: lapse date unknown: applied + P90D',
        `      resource ${ELIGIBILITY}.ROLE_OPS__eligible__TASK_PROD_AUDIT`,
        '  duration  unknown               ROLE_SENIOR eligible TASK_PROD_VIEWER (inherited from ROLE_DEVELOPER): lapse date unknown: applied + P30D',
        `      resource ${ELIGIBILITY}.ROLE_SENIOR__eligible__TASK_PROD_VIEWER`,
        '',
        RENEW,
        '',
      ].join('\n'),
    );
    const notInGit = run({ definition: DURATIONS, now: '2027-01-10' }, () => undefined);
    expect(notInGit.asked).toEqual([join(ROOT, DURATIONS)]);
    expect(notInGit.stdout).toBe(noDate.stdout);

    const dir = mkdtempSync(join(tmpdir(), 'expiring-'));
    const file = join(dir, 'access-model.json');
    writeFileSync(file, JSON.stringify(toAccessModelDocument(resolveDefinition(durationEligibility()))));
    const fromModel = run({ model: file, now: '2027-01-10' }, fromGit);
    expect(fromModel).toMatchObject({ code: 0, asked: [], stdout: noDate.stdout });
    expect(run({ model: file, now: '2027-02-10', lastChange: '2026-12-20T10:15:00+01:00' }).code).toBe(1);
  });

  test('fails a bad --last-change with exit 2 and one line', () => {
    expect(run({ definition: DURATIONS, now: '2027-01-10', lastChange: '2026-12-20, PR #41' })).toEqual({
      code: 2,
      asked: [],
      stdout: '',
      stderr:
        'task-access: --last-change "2026-12-20, PR #41" is not an ISO 8601 date or date-time; use e.g. 2026-03-02 or 2026-03-02T10:15:00+01:00\n',
    });
  });

  test('--last-change and --no-git are options of the command', () => {
    const command = buildProgram().commands.find((c) => c.name() === 'expiring');
    expect(command?.options.map((o) => o.long)).toEqual(
      expect.arrayContaining(['--last-change', '--no-git', '--within', '--now', '--json']),
    );
  });
});
