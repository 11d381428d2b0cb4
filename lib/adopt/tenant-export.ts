/**
 * Reading an export directory: the JSON files the documented list calls return (docs/import.md gives each
 * command), each kind in one file or several pages (`groups.json`, `groups.2.json`, ... in name order), a Graph or
 * ARM page (`value`), a Kubernetes `List` (`items`) or the plain array the `az` CLI prints. A page that still has an
 * `@odata.nextLink` with no further page beside it makes the export incomplete: reported, never read as whole.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { TenantExportError } from './export-error';
import type {
  ArmRoleAssignment,
  ArmRoleDefinition,
  GraphDirectoryObject,
  GraphDirectoryRoleAssignment,
  GraphGroup,
  GraphGroupSchedule,
  GraphPolicyAssignment,
  KubernetesBindingObject,
} from './graph-shapes';

/** The Kubernetes bindings of one cluster (`kubernetes/<cluster>/`). */
export interface ClusterExport {
  /** The cluster, as the definition names it: the folder name. */
  readonly cluster: string;
  /** RoleBindings and ClusterRoleBindings. */
  readonly bindings: readonly KubernetesBindingObject[];
}

/** Everything an export holds, by kind. */
export interface TenantExport {
  /** Groups with their members (and owners, when exported). */
  readonly groups: readonly GraphGroup[];
  /** PIM for Groups eligibility schedules. */
  readonly eligibilitySchedules: readonly GraphGroupSchedule[];
  /** PIM for Groups assignment schedules. */
  readonly assignmentSchedules: readonly GraphGroupSchedule[];
  /** Role management policy assignments with their policies. */
  readonly policyAssignments: readonly GraphPolicyAssignment[];
  /** Directory role assignments. */
  readonly directoryRoleAssignments: readonly GraphDirectoryRoleAssignment[];
  /** Azure role assignments. */
  readonly azureRoleAssignments: readonly ArmRoleAssignment[];
  /** Azure custom role definitions. */
  readonly azureRoleDefinitions: readonly ArmRoleDefinition[];
  /** Kubernetes bindings per cluster, sorted by cluster. */
  readonly clusters: readonly ClusterExport[];
  /** Files (relative to the export directory) whose last page has an `@odata.nextLink`: that kind is incomplete. */
  readonly incomplete: readonly string[];
  /** Groups with {@link EXPANDED_MEMBERS_LIMIT} expanded members and no `members/<id>.json`: maybe more members. */
  readonly capped: readonly string[];
}

/** How many members `$expand=members` returns at most for a directory object (Graph query parameters, `$expand`). */
export const EXPANDED_MEMBERS_LIMIT = 20;

/** The file name (without `.json` and page suffix) of each kind. */
export const EXPORT_FILES = {
  groups: 'groups',
  groupOwners: 'group-owners',
  eligibilitySchedules: 'eligibility-schedules',
  assignmentSchedules: 'assignment-schedules',
  policyAssignments: 'policy-assignments',
  directoryRoleAssignments: 'directory-role-assignments',
  azureRoleAssignments: 'azure-role-assignments',
  azureRoleDefinitions: 'azure-role-definitions',
} as const;

/** Pages of `base`: `base.json`, then `base.<n>.json` by page number. */
function pageFiles(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  const page = new RegExp(`^${base.replace(/[-.]/g, '\\$&')}(?:\\.(\\d+))?\\.json$`);
  return readdirSync(dir)
    .map((f) => ({ f, m: page.exec(f) }))
    .filter((x) => x.m !== null)
    .sort((a, b) => Number(a.m?.[1] ?? 1) - Number(b.m?.[1] ?? 1))
    .map((x) => join(dir, x.f));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new TenantExportError(
      `${file} is not JSON: ${(e as Error).message}. Export it again with the command in docs/import.md.`,
    );
  }
}

/** The items of every page of `base`, and whether the last page points at one more. */
function readPages<T>(dir: string, base: string, incomplete: string[], root = dir): T[] {
  const items: T[] = [];
  const files = pageFiles(dir, base);
  files.forEach((file, i) => {
    const json = readJson(file);
    let page: unknown[];
    if (Array.isArray(json)) page = json;
    else if (json !== null && typeof json === 'object' && Array.isArray((json as { value?: unknown }).value))
      page = (json as { value: unknown[] }).value;
    else if (json !== null && typeof json === 'object' && Array.isArray((json as { items?: unknown }).items))
      page = (json as { items: unknown[] }).items;
    else
      throw new TenantExportError(
        `${file} holds neither a Graph or ARM page (\`value\`), a Kubernetes List (\`items\`) nor an array. Export it with the command in docs/import.md.`,
      );
    items.push(...(page as T[]));
    const next = (json as { '@odata.nextLink'?: unknown })['@odata.nextLink'];
    if (i === files.length - 1 && typeof next === 'string') incomplete.push(relative(root, file));
  });
  return items;
}

/** Reads an export directory. Throws an {@link TenantExportError} for a missing directory or an unreadable file. */
export function readTenantExport(dir: string): TenantExport {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new TenantExportError(
      `${dir} is not a directory. Give the directory the export commands wrote into (docs/import.md).`,
    );
  const incomplete: string[] = [];
  const groups = readPages<GraphGroup>(dir, EXPORT_FILES.groups, incomplete);
  if (pageFiles(dir, EXPORT_FILES.groups).length === 0)
    throw new TenantExportError(`${dir} has no groups.json: export the groups first (docs/import.md).`);
  // `$expand` returns at most 20 members per group, with no nextLink (https://learn.microsoft.com/graph/query-parameters#expand-parameter):
  // a group's own member list, `members/<group id>.json` (GET /groups/{id}/members, paged), replaces them.
  const memberDir = join(dir, 'members');
  const fullMembers = new Map<string, GraphDirectoryObject[]>();
  for (const g of groups)
    if (pageFiles(memberDir, g.id).length > 0)
      fullMembers.set(g.id, readPages<GraphDirectoryObject>(memberDir, g.id, incomplete, dir));
  const capped = groups
    .filter((g) => !fullMembers.has(g.id) && (g.members?.length ?? 0) >= EXPANDED_MEMBERS_LIMIT)
    .map((g) => g.id);
  const owners = new Map(
    readPages<GraphGroup>(dir, EXPORT_FILES.groupOwners, incomplete).map((g) => [g.id, g.owners ?? []]),
  );
  const k8s = join(dir, 'kubernetes');
  const clusters: ClusterExport[] = existsSync(k8s)
    ? readdirSync(k8s)
        .filter((c) => statSync(join(k8s, c)).isDirectory())
        .sort()
        .map((cluster) => ({
          cluster,
          bindings: [
            ...readPages<KubernetesBindingObject>(join(k8s, cluster), 'rolebindings', incomplete, dir).map((b) => ({
              ...b,
              kind: b.kind ?? 'RoleBinding',
            })),
            ...readPages<KubernetesBindingObject>(join(k8s, cluster), 'clusterrolebindings', incomplete, dir).map(
              (b) => ({
                ...b,
                kind: b.kind ?? 'ClusterRoleBinding',
              }),
            ),
          ],
        }))
    : [];
  return {
    groups: groups.map((g) => ({
      ...g,
      ...(fullMembers.has(g.id) ? { members: fullMembers.get(g.id) } : {}),
      ...(owners.has(g.id) ? { owners: owners.get(g.id) } : {}),
    })),
    capped,
    eligibilitySchedules: readPages(dir, EXPORT_FILES.eligibilitySchedules, incomplete),
    assignmentSchedules: readPages(dir, EXPORT_FILES.assignmentSchedules, incomplete),
    policyAssignments: readPages(dir, EXPORT_FILES.policyAssignments, incomplete),
    directoryRoleAssignments: readPages(dir, EXPORT_FILES.directoryRoleAssignments, incomplete),
    azureRoleAssignments: readPages(dir, EXPORT_FILES.azureRoleAssignments, incomplete),
    azureRoleDefinitions: readPages(dir, EXPORT_FILES.azureRoleDefinitions, incomplete),
    clusters,
    incomplete,
  };
}
