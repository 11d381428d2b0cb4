/**
 * `task-access drift`, run in-process on the synthetic exports (test/fixtures/audit): the Markdown and JSON
 * reports, the options (threshold, period, usage, group IDs), and malformed input, which exits 2 with one line
 * naming the file and the line or record.
 */

import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { periodBound, runDrift, type DriftCommandOptions } from '../../lib/cli/commands/drift';
import '../../lib/cli/commands/drift';
import { buildProgram } from '../../lib/cli/program';
import type { DriftReport } from '../../lib/drift';
import { securityDefinition } from '../fixtures/security';

const ROOT = join(__dirname, '../..');
const PAGES = ['test/fixtures/audit/graph-page-1.json', 'test/fixtures/audit/graph-page-2.json'];
let dir: string;
let definition: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'drift-'));
  definition = join(dir, 'definition.json');
  writeFileSync(definition, JSON.stringify(securityDefinition()));
});

function run(
  exports: string[],
  options: Partial<DriftCommandOptions> = {},
): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runDrift(
    exports,
    { definition, ...options },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT },
  );
  return { code, stdout, stderr };
}

test('is registered as a command', () => {
  expect(buildProgram().commands.map((c) => c.name())).toContain('drift');
});

test('Markdown report of the Graph pages, exit 0', () => {
  const r = run(PAGES, { from: '2026-03-02', to: '2026-03-15' });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain(
    'Period: 2026-03-02 to 2026-03-15 (14 days; rates per week over 2 weeks). Routine threshold: more than 2 activations a week.',
  );
  expect(r.stdout).toContain('- **TASK_PROD_VIEWER** (make standing): activated 3.5 times a week (more than 2)');
  expect(r.stdout).toContain('| TASK_PROD_SHADOW_ADMIN | mallory@contoso.example | 1 |');
});

test('JSON report with a threshold, usage of standing tasks and group IDs', () => {
  const usage = join(dir, 'usage.json');
  writeFileSync(usage, JSON.stringify({ TASK_DEV_VIEWER: 0 }));
  const ids = join(dir, 'ids.json');
  writeFileSync(ids, JSON.stringify({ TASK_PROD_VIEWER: '9000a000-0000-4000-8000-000000000001' }));
  const r = run(PAGES, {
    json: true,
    standingThreshold: '3',
    from: '2026-03-02',
    to: '2026-03-15',
    usage,
    groupIds: ids,
  });
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout) as DriftReport;
  expect(report.standingThreshold).toBe(3);
  expect(report.recommendations.map((x) => [x.task, x.kind])).toEqual([
    ['TASK_DEV_VIEWER', 'make-eligible-or-remove'],
    ['TASK_PROD_VIEWER', 'make-standing'],
  ]);
});

test('the portal CSV', () => {
  const r = run(['test/fixtures/audit/portal-export.csv'], { json: true });
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as DriftReport).withoutGroup).toEqual([
    {
      source: 'test/fixtures/audit/portal-export.csv line 14',
      activator: 'alice@contoso.example',
      time: '2026-03-15T09:00:00.000Z',
    },
  ]);
});

describe('fails with exit 2 and one line', () => {
  test('a malformed JSON record, naming the file and the record', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ value: [{ id: 'PIM_1', activityDateTime: '2026-03-02T09:00:00Z' }] }));
    expect(run([bad])).toEqual({
      code: 2,
      stdout: '',
      stderr: `task-access: ${bad} record 1 (value[0], id "PIM_1"): activityDisplayName is missing (every directoryAudit record has it)\n`,
    });
  });

  test('a malformed CSV line, naming the line', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Date (UTC),Category,Activity\n2026-03-02T09:00:00Z,GroupManagement\n');
    expect(run([bad])).toEqual({
      code: 2,
      stdout: '',
      stderr: `task-access: ${bad}:2: line 2 has 2 fields, the header has 3 (a comma inside a value must be quoted)\n`,
    });
  });

  test('a missing export, a bad threshold, a bad period, usage of an unknown task', () => {
    expect(run(['nope.json']).stderr).toBe('task-access: audit export not found: nope.json\n');
    expect(run(PAGES, { standingThreshold: 'often' })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'task-access: --standing-threshold "often" must be a number of activations per week (0 or more), e.g. 2\n',
    });
    expect(run(PAGES, { from: 'March' }).stderr).toBe(
      'task-access: --from "March" is not a date; use a UTC date or date-time, e.g. 2026-01-01 or 2026-01-01T00:00:00Z\n',
    );
    expect(run(PAGES, { from: '2026-03-10', to: '2026-03-01' }).stderr).toBe(
      'task-access: --to 2026-03-01 is not after --from 2026-03-10\n',
    );
    const usage = join(dir, 'usage-bad.json');
    writeFileSync(usage, JSON.stringify({ TASK_DEV_VIEWR: 0 }));
    expect(run(PAGES, { usage }).stderr).toBe(
      `task-access: --usage ${usage}: "TASK_DEV_VIEWR" is not a task of the definition\n`,
    );
    expect(run([]).stderr).toBe('task-access: give at least one audit log export (JSON or CSV)\n');
  });

  test('an invalid definition exits 1 with its problems', () => {
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({ ...securityDefinition(), exceptions: { approvers: [], notify: ['security@contoso.example'] } }),
    );
    const r = run(PAGES, { definition: invalid });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exceptions.approvers  [exception-policy]');
  });
});

test('period bounds: a date is the whole day, a date-time needs its zone', () => {
  expect(periodBound('2026-03-02', 'from')).toBe(Date.parse('2026-03-02T00:00:00Z'));
  expect(periodBound('2026-03-02', 'to')).toBe(Date.parse('2026-03-03T00:00:00Z'));
  expect(periodBound('2026-03-02T12:00:00Z', 'to')).toBe(Date.parse('2026-03-02T12:00:00Z'));
  expect(() => periodBound('2026-03-02T12:00:00', 'to')).toThrow('--to "2026-03-02T12:00:00" is not a date');
});
