/**
 * Reading exported audit logs: Graph pages (`value`), arrays of records or pages, the diagnostic `records` shape,
 * the portal CSV; and malformed files, which fail with an error naming the file and the line or record.
 */
import {
  AuditExportError,
  detectFormat,
  parseAuditTime,
  readAuditEvents,
  readAuditExports,
  type AuditExport,
} from '../../lib/audit-log';
import { at, auditFile } from '../fixtures/audit-files';

const fails = (text: string, name: string): string => {
  try {
    readAuditExports([{ name, text }]);
  } catch (e) {
    expect(e).toBeInstanceOf(AuditExportError);
    return (e as Error).message;
  }
  throw new Error('expected an AuditExportError');
};

const record = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'PIM_X',
  category: 'GroupManagement',
  loggedByService: 'PIM',
  result: 'success',
  activityDisplayName: 'Add member to role completed (PIM activation)',
  activityDateTime: '2026-03-02T09:00:00Z',
  initiatedBy: { user: { id: '0000a11c-0000-4000-8000-000000000001', userPrincipalName: 'alice@contoso.example' } },
  targetResources: [{ type: 'Group', displayName: 'TASK_PROD_VIEWER', id: 'g1' }],
  ...extra,
});

describe('JSON exports', () => {
  let pages: AuditExport;
  beforeAll(() => {
    pages = readAuditExports([auditFile('graph-page-1.json'), auditFile('graph-page-2.json')]);
  });

  test('two Graph pages: every record read, only completed GroupManagement activations kept, found by type', () => {
    expect(pages.events).toHaveLength(22);
    expect(pages.activations.map((a) => [a.group, a.actor.userPrincipalName])).toEqual([
      ['TASK_PROD_VIEWER', 'alice@contoso.example'],
      ['TASK_PROD_KEYVAULT_ADMIN', 'carol@contoso.example'],
      ['TASK_PROD_VIEWER', 'alice@contoso.example'],
      ['TASK_PROD_KEYVAULT_ADMIN', 'carol@contoso.example'],
      ['TASK_PROD_VIEWER', 'alice@contoso.example'],
      ['TASK_PROD_KEYVAULT_ADMIN', 'carol@contoso.example'],
      ['TASK_PROD_VIEWER', 'alice@contoso.example'],
      ['TASK_PROD_KEYVAULT_ADMIN', 'carol@contoso.example'],
      ['TASK_PROD_VIEWER', 'alice@contoso.example'],
      ['TASK_PROD_KEYVAULT_ADMIN', 'carol@contoso.example'],
      ['TASK_PROD_VIEWER', 'alice@contoso.example'],
      ['TASK_PROD_VIEWER', 'eve@contoso.example'],
      ['TASK_PROD_SHADOW_ADMIN', 'mallory@contoso.example'],
    ]);
    expect(pages.activations[0]).toEqual({
      source: 'graph-page-1.json record 2 (value[1], id "PIM_0002")',
      time: at('2026-03-02T09:00:00Z'),
      group: 'TASK_PROD_VIEWER',
      groupId: '9000a000-0000-4000-8000-000000000001',
      actor: {
        id: '0000a11c-0000-4000-8000-000000000001',
        userPrincipalName: 'alice@contoso.example',
        displayName: 'Alice',
      },
      justification: 'CHG-1001 deploy check',
    });
  });

  test('a plain array, an array of pages and the diagnostic records shape read the same records', () => {
    const one = JSON.stringify([record()]);
    expect(readAuditExports([{ name: 'a.json', text: one }]).activations).toHaveLength(1);
    const arrayOfPages = JSON.stringify([{ value: [record()] }, { value: [record({ id: 'PIM_Y' })] }]);
    expect(readAuditExports([{ name: 'p.json', text: arrayOfPages }]).activations.map((a) => a.source)).toEqual([
      'p.json record 1 ([0].value[0], id "PIM_X")',
      'p.json record 2 ([1].value[0], id "PIM_Y")',
    ]);
    const diag = readAuditExports([auditFile('diagnostic-records.json')]);
    expect(diag.activations).toEqual([
      expect.objectContaining({
        group: 'TASK_PROD_VIEWER',
        time: at('2026-03-02T09:00:00.123Z'),
        source: 'diagnostic-records.json record 1 (records[0])',
      }),
    ]);
  });

  test('"Privileged Identity Management" as the service, "Type" as the key and the Justification detail are read', () => {
    const r = record({
      loggedByService: 'Privileged Identity Management',
      resultReason: undefined,
      targetResources: [{ Type: 'Group', displayName: 'TASK_X' }],
      additionalDetails: [{ key: 'justification', value: 'CHG-9' }],
    });
    expect(readAuditExports([{ name: 'a.json', text: JSON.stringify([r]) }]).activations[0]).toMatchObject({
      group: 'TASK_X',
      justification: 'CHG-9',
    });
  });

  test('fails text that is not JSON, naming the line and column', () => {
    // The reason is V8's wording; the position is ours.
    expect(fails('{\n  "value": [\n    { "id": 1, }\n  ]\n}', 'broken.json')).toMatch(
      /^broken\.json: not valid JSON at line 3, column 16: .+$/,
    );
    expect(fails('[{"id":', 'cut.json')).toBe(
      'cut.json: not valid JSON at line 1, column 8: the file ends in the middle of a value',
    );
  });

  test('fails a document that is no audit export', () => {
    expect(fails('{"users": []}', 'users.json')).toBe(
      'users.json: not an Entra audit log export: expected a Graph page { "value": [...] }, an array of records or pages, or { "records": [...] }',
    );
    expect(fails('{"value": {}}', 'v.json')).toBe('v.json: value must be an array of audit records');
  });

  test('fails a malformed record, naming it by number, position and id', () => {
    expect(fails(JSON.stringify({ value: [record(), 42] }), 'a.json')).toBe(
      'a.json record 2 (value[1]): a record must be a JSON object, got 42',
    );
    expect(fails(JSON.stringify({ value: [record({ activityDisplayName: undefined })] }), 'a.json')).toBe(
      'a.json record 1 (value[0], id "PIM_X"): activityDisplayName is missing (every directoryAudit record has it)',
    );
    expect(fails(JSON.stringify({ value: [record({ activityDateTime: '02/03/2026 09:00' })] }), 'a.json')).toBe(
      'a.json record 1 (value[0], id "PIM_X"): activityDateTime "02/03/2026 09:00" is not a date (ISO 8601, UTC, e.g. "2026-03-02T09:15:00Z")',
    );
    expect(fails(JSON.stringify({ value: [record({ targetResources: 'TASK_X' })] }), 'a.json')).toBe(
      'a.json record 1 (value[0], id "PIM_X"): targetResources is not an array',
    );
  });

  test('fails an activation without its group or without who activated', () => {
    expect(fails(JSON.stringify([record({ targetResources: [{ type: 'User', id: 'u1' }] })]), 'a.json')).toBe(
      'a.json record 1 ([0], id "PIM_X"): a PIM activation ("Add member to role completed (PIM activation)") without a target of type Group',
    );
    expect(fails(JSON.stringify([record({ initiatedBy: { user: null, app: { displayName: 'x' } } })]), 'a.json')).toBe(
      'a.json record 1 ([0], id "PIM_X"): a PIM activation without initiatedBy.user: the export must say who activated',
    );
  });
});

describe('CSV exports', () => {
  test('the portal CSV: activations with their group, and one kept aside because its group is not among three targets', () => {
    const csv = readAuditExports([auditFile('portal-export.csv')]);
    expect(csv.events).toHaveLength(14);
    expect(csv.activations).toHaveLength(12);
    expect(csv.activations[0]).toEqual({
      source: 'portal-export.csv line 2',
      time: at('2026-03-02T09:00:00Z'),
      group: 'TASK_PROD_VIEWER',
      groupId: '9000a000-0000-4000-8000-000000000001',
      actor: {
        id: '0000a11c-0000-4000-8000-000000000001',
        userPrincipalName: 'alice@contoso.example',
        displayName: 'Alice',
      },
      justification: 'CHG-1001, deploy check',
    });
    expect(csv.withoutGroup.map((a) => a.source)).toEqual(['portal-export.csv line 14']);
  });

  const header = 'Date (UTC),Category,Activity,Service,Result,ActorUserPrincipalName,Target1Type,Target1DisplayName';
  test('fails a header without the required columns, naming them', () => {
    expect(fails('Date,Activity\n2026-03-02,x\n', 'a.csv')).toBe(
      'a.csv:1: not an Entra audit log CSV: the header lacks "Date (UTC)", "Category" (found: "Date", "Activity")',
    );
  });

  test('fails a line with the wrong number of fields, an unterminated quote, text after a quote, and a bad date, naming the line', () => {
    const ok =
      '2026-03-02T09:00:00Z,GroupManagement,Add member to role completed (PIM activation),PIM,success,alice@contoso.example,Group,TASK_PROD_VIEWER';
    expect(fails(`${header}\n${ok}\n${ok},extra\n`, 'a.csv')).toBe(
      'a.csv:3: line 3 has 9 fields, the header has 8 (a comma inside a value must be quoted)',
    );
    expect(fails(`${header}\n${ok}\n2026-03-02T09:00:00Z,"GroupManagement,Add\n`, 'a.csv')).toBe(
      'a.csv:3: a quoted field opened in line 3 is never closed',
    );
    expect(fails(`${header}\n"2026-03-02"x,GroupManagement,a,b,c,d,e,f\n`, 'a.csv')).toBe(
      'a.csv:2: text after a closing quote in line 2 (a quote inside a quoted field is written "")',
    );
    expect(fails(`${header}\n${ok.replace('2026-03-02T09:00:00Z', '3/2/2026 9:00 AM')}\n`, 'a.csv')).toBe(
      'a.csv:2: line 2: Date (UTC) "3/2/2026 9:00 AM" is not a date (ISO 8601, e.g. 2026-03-02T09:15:00Z)',
    );
  });

  test('fails an activation row without who activated, naming the line', () => {
    const row =
      '2026-03-02T09:00:00Z,GroupManagement,Add member to role completed (PIM activation),PIM,success,,Group,TASK_PROD_VIEWER';
    expect(fails(`${header}\n${row}\n`, 'a.csv')).toBe(
      'a.csv line 2: a PIM activation without initiatedBy.user: the export must say who activated',
    );
  });

  test('quoted fields keep commas, doubled quotes and line breaks; the line number is where the row starts', () => {
    const events = readAuditEvents(
      `${header}\n"2026-03-02T09:00:00Z",GroupManagement,"Add member to role completed (PIM activation)",PIM,success,alice@contoso.example,Group,"TASK ""A"",\nB"\n2026-03-03T09:00:00Z,GroupManagement,x,PIM,success,alice@contoso.example,Group,T\n`,
      'q.csv',
    );
    expect(events.map((e) => [e.source, e.targets[0]?.displayName])).toEqual([
      ['q.csv line 2', 'TASK "A",\nB'],
      ['q.csv line 4', 'T'],
    ]);
  });
});

describe('formats and times', () => {
  test('detects JSON by its first character, CSV otherwise', () => {
    expect(detectFormat('\uFEFF  [')).toBe('json');
    expect(detectFormat('{')).toBe('json');
    expect(detectFormat('Date (UTC),Activity')).toBe('csv');
  });

  test('reads ISO times and the diagnostic shape as UTC; anything else is NaN', () => {
    expect(parseAuditTime('2026-03-02T09:00:00Z')).toBe(at('2026-03-02T09:00:00Z'));
    expect(parseAuditTime('2024-12-16 16:32:16.087554000')).toBe(at('2024-12-16T16:32:16.087Z'));
    expect(parseAuditTime('2026-03-02T10:00:00+01:00')).toBe(at('2026-03-02T09:00:00Z'));
    expect(parseAuditTime('2026-03-02T09:00')).toBe(at('2026-03-02T09:00:00Z'));
    expect(parseAuditTime('yesterday')).toBeNaN();
  });
});
