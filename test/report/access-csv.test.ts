/** The CSV matrix: one row per subject, path and grant; RFC 4180 quoting. */
import { CSV_COLUMNS, renderCsv } from '../../lib/report/access-csv';
import { csvField } from '../../lib/report/escape';
import { INSPECTOR, inspectorModel } from '../fixtures/inspector';

const csv = renderCsv(inspectorModel());
const lines = csv.split('\r\n');

test('a header, CRLF line ends, a final line end, and the same bytes on every run', () => {
  expect(lines[0]).toBe(CSV_COLUMNS.join(','));
  expect(lines[0]).toBe(
    'subject_type,subject,subject_id,member_kind,role,inherited_from,task,environment,access,from,until,policy,baseline,grant_type,grant,role_definition_id,scope,cluster,namespace,address_prefixes',
  );
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(renderCsv(inspectorModel())).toBe(csv);
});

test('rows for roles, principals (one per path) and break-glass accounts', () => {
  const aliceKv = lines.filter(
    (l) => l.startsWith(`principal,Alice,${INSPECTOR.alice},`) && l.includes('BASE_PROD_KV_SECRETS_GET'),
  );
  expect(aliceKv).toEqual([
    `principal,Alice,${INSPECTOR.alice},user,ROLE_OPERATOR,,TASK_PROD_READ,PROD,just-in-time,,,"max PT2H, no approval, MFA, justification",BASE_PROD_KV_SECRETS_GET,Azure role,Key Vault Secrets User,4633458b-17de-408a-b874-0445c86b69e6,${INSPECTOR.keyVault},,,`,
    `principal,Alice,${INSPECTOR.alice},user,ROLE_READER,,TASK_PROD_READ,PROD,standing,,,,BASE_PROD_KV_SECRETS_GET,Azure role,Key Vault Secrets User,4633458b-17de-408a-b874-0445c86b69e6,${INSPECTOR.keyVault},,,`,
  ]);
  expect(lines.filter((l) => l.startsWith('role,ROLE_LEAD,') && l.includes('cluster-admin'))).toEqual([
    'role,ROLE_LEAD,,,ROLE_LEAD,ROLE_OPERATOR,TASK_PROD_CLUSTER_ADMIN,PROD,just-in-time,,,"max PT1H, approval by ROLE_LEAD, MFA, justification, ticket",BASE_PROD_K8S_CLUSTER_ADMIN,Kubernetes,ClusterRole cluster-admin,,,aks-prod,cluster-wide,',
  ]);
  expect(lines.filter((l) => l.startsWith('break-glass,'))).toEqual([
    `break-glass,breakglass1@contoso.onmicrosoft.com,${INSPECTOR.breakGlass},user,,,,,standing,,,,,Entra directory role,Global Administrator,62e90394-69f5-4237-9190-012177145e10,,,,`,
  ]);
});

test('csvField quotes commas, quotes and line breaks only', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
});
