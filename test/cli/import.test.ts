/**
 * `task-access import <export-dir>`: writes the definition (to --out, or standard output with the findings on
 * standard error), prints what is imported and every finding, `--json` as data; an unreadable export is exit 2
 * with a message naming the file and what to do.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runImport } from '../../lib/cli/commands/import';
import { FIXTURE_DIR } from '../fixtures/tenant-export/generate';
import { capture } from './io';

const NOW = '2026-12-03T00:00:00Z';
const tmp = () => mkdtempSync(join(tmpdir(), 'task-access-import-cli-'));

test('--out writes the definition and prints the count and the findings', () => {
  const dir = tmp();
  const c = capture(dir);
  expect(runImport(FIXTURE_DIR.reference, { out: 'definition.ts', now: NOW }, c.io)).toBe(0);
  expect(readFileSync(join(dir, 'definition.ts'), 'utf8')).toMatch(/^\/\/ Written by `task-access import`/);
  const out = c.stdout().split('\n');
  expect(out[0]).toBe('Wrote definition.ts: 31 groups and 66 other objects are imported by the first apply.');
  expect(out[1]).toBe('5 findings (not imported as they are):');
  expect(out).toContain(
    '  [baseline-without-grants] group BASE_PROD_VPN_ACCESS (cabcd8dd-0a56-44bb-8b12-5e594aeb7474)',
  );
  expect(c.stderr()).toBe('');
});

test('without --out the definition goes to standard output and the findings to standard error', () => {
  const c = capture(tmp());
  expect(runImport(FIXTURE_DIR.reference, { now: NOW }, c.io)).toBe(0);
  expect(c.stdout()).toMatch(
    /^\/\/ Written by `task-access import`[\s\S]*export const definition: AccessModelDefinition = \{/,
  );
  expect(c.stderr()).toMatch(/^31 groups and 66 other objects are imported by the first apply\.\n5 findings/);
});

test('--json prints what is imported and the findings as data', () => {
  const dir = tmp();
  const c = capture(dir);
  expect(runImport(FIXTURE_DIR.messy, { out: 'definition.ts', json: true, now: NOW }, c.io)).toBe(0);
  const json = JSON.parse(c.stdout()) as {
    ok: boolean;
    imported: { address: string; id: string; object: { what: string } }[];
    groups: Record<string, string>;
    findings: { kind: string; object: { name: string; id: string }; suggestion: string }[];
  };
  expect(json.ok).toBe(true);
  expect(json.imported.every((i) => /^[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+$/.test(i.address) && i.id.length > 0)).toBe(true);
  expect(new Set(json.findings.map((f) => f.kind))).toEqual(
    new Set([
      'activation-in-progress',
      'assumption',
      'baseline-without-grants',
      'direct-baseline-grant',
      'direct-directory-role',
      'direct-task-grant',
      'expired-schedule',
      'extra-owner',
      'hidden-character',
      'incomplete-export',
      'inexpressible-binding',
      'inexpressible-policy',
      'nested-role',
      'non-conforming-group',
      'outside-export',
      'role-holds-baseline',
      'task-environment-mismatch',
    ]),
  );
});

test('an unreadable export is exit 2 with what to do; so is a bad --now', () => {
  const dir = tmp();
  let c = capture(dir);
  expect(runImport('nowhere', {}, c.io)).toBe(2);
  expect(c.stderr()).toBe(
    `task-access: ${join(dir, 'nowhere')} is not a directory. Give the directory the export commands wrote into (docs/import.md).\n`,
  );
  mkdirSync(join(dir, 'export'));
  writeFileSync(join(dir, 'export', 'groups.json'), '{"value": [');
  c = capture(dir);
  expect(runImport('export', {}, c.io)).toBe(2);
  expect(c.stderr()).toMatch(
    /^task-access: .*groups\.json is not JSON: .*Export it again with the command in docs\/import\.md\.\n$/,
  );
  writeFileSync(join(dir, 'export', 'groups.json'), '{"groups": []}');
  c = capture(dir);
  expect(runImport('export', {}, c.io)).toBe(2);
  expect(c.stderr()).toMatch(
    /groups\.json holds neither a Graph or ARM page \(`value`\), a Kubernetes List \(`items`\) nor an array/,
  );
  c = capture(dir);
  expect(runImport(FIXTURE_DIR.reference, { now: 'yesterday' }, c.io)).toBe(2);
  expect(c.stderr()).toBe('task-access: --now "yesterday" is not an ISO 8601 date-time, e.g. 2026-12-03T00:00:00Z\n');
});

describe('--check', () => {
  const dir = tmp();
  expect(runImport(FIXTURE_DIR.reference, { out: 'definition.ts', now: NOW }, capture(dir).io)).toBe(0);
  const source = readFileSync(join(dir, 'definition.ts'), 'utf8');

  test('the definition imported from an export is what the export shows: no difference, exit 0', () => {
    const c = capture(dir);
    expect(runImport(FIXTURE_DIR.reference, { check: true, definition: 'definition.ts', now: NOW }, c.io)).toBe(0);
    expect(c.stdout()).toMatch(
      /^Access: definition\.ts \(before\) -> the tenant exported in .*reference \(after\)\n\nNo access change\.\n\nGroups: every group of the tenant is in existing\.groups with its object ID\.\n\n5 findings/,
    );
  });

  test('a definition the tenant drifted from: the access diff and the groups, exit 1', () => {
    writeFileSync(
      join(dir, 'changed.ts'),
      source
        .replace(
          "eligible: ['TASK_DEV_DEPLOYMENT', 'TASK_DEV_KEYVAULT_ADMIN', 'TASK_PROD_VIEWER'],",
          "eligible: ['TASK_DEV_DEPLOYMENT', 'TASK_DEV_KEYVAULT_ADMIN', 'TASK_PROD_DEPLOYMENT', 'TASK_PROD_VIEWER'],",
        )
        .replace(/ {6}TASK_DEV_VIEWER: '[0-9a-f-]+',\n/, ''),
    );
    const c = capture(dir);
    expect(runImport(FIXTURE_DIR.reference, { check: true, definition: 'changed.ts', now: NOW }, c.io)).toBe(1);
    const out = c.stdout();
    expect(out).toContain('| low | task lost | `ROLE_DEVELOPER` › `TASK_PROD_DEPLOYMENT` |');
    expect(out).toContain(
      "\nGroups:\n  TASK_DEV_VIEWER: the tenant has it (aa57aa3b-f4ad-4c33-8915-d7c47389f7c1) but existing.groups doesn't: the first apply would try to create it again\n",
    );
    const json = capture(dir);
    expect(
      runImport(FIXTURE_DIR.reference, { check: true, json: true, definition: 'changed.ts', now: NOW }, json.io),
    ).toBe(1);
    const data = JSON.parse(json.stdout()) as {
      differs: boolean;
      diff: { counts: { total: number } };
      groups: string[];
    };
    expect([data.differs, data.diff.counts.total, data.groups.length]).toEqual([true, 1, 1]);
  });

  test('--check without --definition is a usage error', () => {
    const c = capture(dir);
    expect(runImport(FIXTURE_DIR.reference, { check: true }, c.io)).toBe(2);
    expect(c.stderr()).toBe(
      'task-access: import --check compares the export with a definition: give --definition <file>\n',
    );
  });
});
