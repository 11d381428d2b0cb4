/**
 * The access matrix as CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line
 * breaks quoted), one row per subject x path x grant, for spreadsheets and audit tooling. Roles, then
 * principals, then break-glass accounts; sorted within each. Every cell goes through {@link csvField}: a value
 * that would be a spreadsheet formula is text, control characters are marked.
 */
import { GLOBAL_ADMINISTRATOR_TEMPLATE_ID } from '../catalog/directory-roles';
import type { ResolvedModel } from '../model/resolved';
import { accessMatrix, type SubjectAccess } from './access-matrix';
import { describeGrantWhat, describeMode, describePolicy, grantKindLabel } from './describe';
import { csvField } from './escape/csv-field';
import { memberIdentifier } from './text';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'subject_type',
  'subject',
  'subject_id',
  'member_kind',
  'role',
  'inherited_from',
  'task',
  'environment',
  'access',
  'from',
  'until',
  'policy',
  'baseline',
  'grant_type',
  'grant',
  'role_definition_id',
  'scope',
  'cluster',
  'namespace',
  'address_prefixes',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** One CSV line from named cells; columns not given are empty. */
function line(cells: Partial<Record<Column, string>>): string {
  return CSV_COLUMNS.map((c) => csvField(cells[c] ?? '')).join(',');
}

/** The cells of some columns, joined: a run of a line that repeats over many lines is built once. */
function cellsOf(columns: readonly Column[], cells: Partial<Record<Column, string>>): string {
  return columns.map((c) => csvField(cells[c] ?? '')).join(',');
}

const SUBJECT_COLUMNS = CSV_COLUMNS.slice(0, 4);
const PATH_COLUMNS = CSV_COLUMNS.slice(4, 12);
const GRANT_COLUMNS = CSV_COLUMNS.slice(12);

/** The whole matrix as CSV text, with a header line. */
export function renderCsv(model: ResolvedModel): string {
  const matrix = accessMatrix(model);
  const environmentOf = new Map(model.tasks.map((t) => [t.name, t.environment] as const));
  const policyText = new Map(model.tasks.flatMap((t) => (t.jit ? [[t.name, describePolicy(t.jit)] as const] : [])));
  const lines: string[] = [CSV_COLUMNS.map(csvField).join(',')];
  const add = (subject: Partial<Record<Column, string>>, access: SubjectAccess): void => {
    // A line is subject cells, path cells and grant cells; the subject and grant runs repeat, so build them once.
    const subjectCells = cellsOf(SUBJECT_COLUMNS, subject);
    for (const g of access.grants) {
      const grant = g.grant;
      const grantCells = cellsOf(GRANT_COLUMNS, {
        baseline: g.baseline,
        grant_type: grantKindLabel(grant),
        grant:
          grant.kind === 'azureRole' || grant.kind === 'azureCustomRole' || grant.kind === 'directoryRole'
            ? grant.roleName
            : describeGrantWhat(grant),
        role_definition_id:
          grant.kind === 'azureRole' ? grant.roleDefinitionId : grant.kind === 'directoryRole' ? grant.templateId : '',
        scope: grant.kind === 'azureRole' || grant.kind === 'azureCustomRole' ? grant.scope : '',
        cluster: grant.kind === 'kubernetes' ? grant.cluster : '',
        namespace: grant.kind === 'kubernetes' ? (grant.namespace ?? 'cluster-wide') : '',
        address_prefixes: grant.kind === 'vpnPool' ? grant.addressPrefixes.join(' ') : '',
      });
      for (const p of g.paths) {
        const pathCells = cellsOf(PATH_COLUMNS, {
          role: p.role,
          inherited_from: p.via.length > 1 ? p.via[p.via.length - 1] : '',
          task: p.task,
          environment: environmentOf.get(p.task),
          access: describeMode(p.mode),
          from: p.window?.from,
          until: p.window?.until,
          policy: p.mode === 'eligible' ? policyText.get(p.task) : undefined,
        });
        lines.push(`${subjectCells},${pathCells},${grantCells}`);
      }
    }
  };
  for (const r of matrix.roles) add({ subject_type: 'role', subject: r.name }, r);
  for (const p of matrix.principals) {
    add(
      {
        subject_type: 'principal',
        subject: p.label,
        subject_id: memberIdentifier({ kind: p.memberKind, key: p.key }),
        member_kind: p.memberKind,
      },
      p,
    );
  }
  for (const b of model.breakGlass) {
    lines.push(
      line({
        subject_type: 'break-glass',
        subject: b.displayName ?? b.objectId,
        subject_id: b.objectId,
        member_kind: 'user',
        access: 'standing',
        grant_type: 'Entra directory role',
        grant: 'Global Administrator',
        role_definition_id: GLOBAL_ADMINISTRATOR_TEMPLATE_ID,
      }),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
