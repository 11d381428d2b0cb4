/**
 * Reading an export directory: pages in page order, the plain arrays `az` prints, Kubernetes Lists, a group's own
 * member list in place of the 20 members `$expand` returns at most, and a group left at 20 expanded members found.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { adoptTenant } from '../../lib/adopt/adopt';
import { readTenantExport } from '../../lib/adopt/tenant-export';

const id = (n: number) => `0000e000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const user = (n: number) => ({
  '@odata.type': '#microsoft.graph.user',
  id: id(n),
  userPrincipalName: `u${n}@contoso.example`,
});
const page = (value: unknown[], next?: string) => ({ value, ...(next ? { '@odata.nextLink': next } : {}) });

function exportDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-export-'));
  for (const [f, json] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), JSON.stringify(json));
  }
  return dir;
}

test('pages are read in page order (2 before 10), whatever the file names sort to', () => {
  const group = (n: number) => ({ id: id(1000 + n), displayName: `G${n}` });
  const dir = exportDir({
    'groups.json': page([group(1)], 'next'),
    'groups.10.json': page([group(10)]),
    'groups.2.json': page([group(2)], 'next'),
  });
  expect(readTenantExport(dir).groups.map((g) => g.displayName)).toEqual(['G1', 'G2', 'G10']);
  expect(readTenantExport(dir).incomplete).toEqual([]);
});

test("a group's own member list replaces its expanded members; one left at 20 is an incomplete-export finding", () => {
  const role = (n: number, members: unknown[]) => ({ id: id(100 + n), displayName: `ROLE_R${n}`, members });
  const twenty = Array.from({ length: 20 }, (_, i) => user(i + 1));
  const dir = exportDir({
    'groups.json': page([role(1, twenty), role(2, twenty)]),
    [`members/${id(101)}.json`]: page(twenty.slice(0, 15), 'next'),
    [`members/${id(101)}.2.json`]: page([...twenty.slice(15), user(21), user(22)]),
  });
  const t = readTenantExport(dir);
  expect(t.groups.map((g) => g.members?.length)).toEqual([22, 20]);
  expect(t.capped).toEqual([id(102)]);
  const findings = adoptTenant(t).findings.filter((f) => f.kind === 'incomplete-export');
  expect(findings).toEqual([
    {
      kind: 'incomplete-export',
      object: { what: 'group', name: 'ROLE_R2', id: id(102) },
      message: '20 members are expanded, the most $expand returns: the group may have more',
      suggestion: `export its members: az rest --url 'https://graph.microsoft.com/v1.0/groups/${id(102)}/members' > members/${id(102)}.json`,
    },
  ]);
});

test('the plain arrays the az CLI prints and ARM pages with properties read alike', () => {
  const sub = '/subscriptions/00000001-0000-4000-8000-000000000001';
  const ra = `${sub}/providers/Microsoft.Authorization/roleAssignments/${id(7)}`;
  const definition = `${sub}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
  const base = { id: id(200), displayName: 'BASE_PROD_SUB_READ' };
  const flat = exportDir({
    'groups.json': page([base]),
    'azure-role-assignments.json': [
      { id: ra, principalId: id(200), principalType: 'Group', roleDefinitionId: definition, scope: sub },
    ],
  });
  const rest = exportDir({
    'groups.json': page([base]),
    'azure-role-assignments.json': page([
      {
        id: ra,
        name: id(7),
        properties: { principalId: id(200), principalType: 'Group', roleDefinitionId: definition, scope: sub },
      },
    ]),
  });
  const grants = (dir: string) => adoptTenant(readTenantExport(dir)).definition.baselines.map((b) => b.grants);
  expect(grants(flat)).toEqual([[{ kind: 'azureRole', role: 'Reader', scope: sub }]]);
  expect(grants(rest)).toEqual(grants(flat));
});
