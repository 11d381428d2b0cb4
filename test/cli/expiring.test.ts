/**
 * `task-access expiring`, run in-process with a fixed --now (never the real clock): text and JSON answers, the
 * exit codes (1 when a grant has expired), bad input, and the model read back from access-model.json.
 */

import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runExpiring, type ExpiringOptions } from '../../lib/cli/commands/expiring';
import { buildProgram } from '../../lib/cli/program';
import '../../lib/cli/commands/expiring';
import { resolveDefinition } from '../../lib/model';
import { toAccessModelDocument } from '../../lib/report/model-json';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';

const DEFINITION = 'examples/vendor-and-agent/definition.ts';

function run(options: ExpiringOptions): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runExpiring(options, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: join(__dirname, '../..'),
  });
  return { code, stdout, stderr };
}

test('is registered as a command', () => {
  expect(buildProgram().commands.map((c) => c.name())).toContain('expiring');
});

test("lists the vendor's task 4 days before it ends, and exits 0", () => {
  expect(run({ definition: DEFINITION, now: '2027-03-10' })).toEqual({
    code: 0,
    stderr: '',
    stdout:
      'Time-bound grants that have expired or end within 14d of 2027-03-10T00:00:00Z: 1 (0 expired)\n' +
      '  expiring  2027-03-14T23:59:59Z  ROLE_VENDOR_PARTNER standing TASK_PROD_VENDOR_READ: expires in 4 days\n',
  });
});

test('says so when nothing is due', () => {
  expect(run({ definition: DEFINITION, now: '2027-01-01T09:00:00Z', within: '2w' })).toEqual({
    code: 0,
    stderr: '',
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
    stdout: '',
    stderr: 'task-access: --within "soon" is not a duration; use e.g. 14d, 36h, 2w or P14D\n',
  });
  expect(run({ definition: DEFINITION, now: '10/03/2027' })).toEqual({
    code: 2,
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
