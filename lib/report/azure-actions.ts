/**
 * Azure RBAC evaluation, offline, the way Azure documents it (learn.microsoft.com, "Understand Azure role
 * definitions"): operation strings compare case-insensitively; `*` in an action matches any sequence of
 * characters, also across `/` (`*`, `Microsoft.Compute/*`, a `*` between two segments); a role's effective permissions are
 * `Actions - NotActions` for the control plane and `DataActions - NotDataActions` for the data plane, which
 * are kept apart (a `*` action never grants a data action). NotActions are not deny rules: another role that
 * grants the operation still grants it. A role assignment applies at its scope and every scope below it.
 */
import { azureBuiltInRoles, findAzureBuiltInRole, type AzurePermission } from '../catalog/azure-roles';
import type { ResolvedGrant, ResolvedModel } from '../model/resolved';

/** The two planes of Azure RBAC: `control` (Actions, Azure Resource Manager) and `data` (DataActions). */
export type AzurePlane = 'control' | 'data';

/** A permission block with an optional ABAC condition (as some built-in roles carry). */
export interface AzurePermissionBlock extends AzurePermission {
  /** ABAC condition restricting the block. @default - none */
  readonly condition?: string;
  /** Version of the condition language, with `condition`. @default - none */
  readonly conditionVersion?: string;
}

/** Why a role allows an operation: the pattern that matched, and its condition if any. */
export interface AzureOperationMatch {
  /** The Actions/DataActions entry that matched, as written in the role. */
  readonly pattern: string;
  /** The plane the pattern was matched on. */
  readonly plane: AzurePlane;
  /** ABAC condition of the permission block: access depends on it. */
  readonly condition?: string;
}

const patternCache = new Map<string, RegExp>();

/** True when an Actions/DataActions pattern matches an operation: case-insensitive, `*` = any sequence. */
export function azureOperationMatches(pattern: string, operation: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'i');
    patternCache.set(pattern, re);
  }
  return re.test(operation);
}

/**
 * Whether permission blocks allow an operation on a plane: some block has a matching (Data)Action and no
 * matching Not(Data)Action. Returns the first allowing match, or undefined.
 */
export function permissionsAllow(
  blocks: readonly AzurePermissionBlock[],
  operation: string,
  plane: AzurePlane,
): AzureOperationMatch | undefined {
  for (const b of blocks) {
    const allow = plane === 'control' ? b.actions : b.dataActions;
    const deny = plane === 'control' ? b.notActions : b.notDataActions;
    const hit = allow.find((p) => azureOperationMatches(p, operation));
    if (hit === undefined || deny.some((p) => azureOperationMatches(p, operation))) continue;
    return { pattern: hit, plane, ...(b.condition ? { condition: b.condition } : {}) };
  }
  return undefined;
}

/** The permission blocks of an Azure grant: a built-in role from the catalog, a custom role from the model. */
export function permissionsOfGrant(
  grant: ResolvedGrant,
  model: Pick<ResolvedModel, 'customRoles'>,
): readonly AzurePermissionBlock[] {
  if (grant.kind === 'azureRole')
    return (findAzureBuiltInRole(grant.roleName)?.permissions ?? []) as readonly AzurePermissionBlock[];
  if (grant.kind === 'azureCustomRole') {
    const c = model.customRoles.find((r) => r.name === grant.roleName);
    return c
      ? [
          {
            actions: c.actions,
            notActions: c.notActions ?? [],
            dataActions: c.dataActions ?? [],
            notDataActions: c.notDataActions ?? [],
          },
        ]
      : [];
  }
  return [];
}

/** A scope in canonical form for comparison: no trailing slash, lower case. */
export function normalizeScope(scope: string): string {
  const trimmed = scope.trim().replace(/\/+$/, '');
  return (trimmed === '' ? '/' : trimmed).toLowerCase();
}

/**
 * How a role assignment's scope relates to a target scope:
 * - `same`: the assignment is at the target;
 * - `parent`: the target lies below the assignment (a resource in a resource group assigned at), so it applies;
 * - `management-group`: the assignment is at a management group and the target is in a subscription; it applies
 *   if that subscription sits under the management group, which the definition does not say;
 * - `unrelated`: it does not apply (a sibling, or an assignment below the target).
 */
export type ScopeRelation = 'same' | 'parent' | 'management-group' | 'unrelated';

/** Relates an assignment scope to a target scope (case-insensitive). */
export function scopeRelation(assignmentScope: string, targetScope: string): ScopeRelation {
  const a = normalizeScope(assignmentScope);
  const t = normalizeScope(targetScope);
  if (a === t) return 'same';
  if (a === '/' || t.startsWith(`${a}/`)) return 'parent';
  if (a.startsWith('/providers/microsoft.management/managementgroups/') && t.startsWith('/subscriptions/'))
    return 'management-group';
  return 'unrelated';
}

/** How the plane of an operation was decided. */
export interface PlaneDecision {
  /** The plane used. */
  readonly plane: AzurePlane;
  /** `option`: given; `catalog`: the built-in roles list it under that plane only; `default`: not settled by the catalog. */
  readonly source: 'option' | 'catalog' | 'default';
}

/** The operations the built-in roles list by name. */
export interface CatalogOperations {
  /** Listed under Actions, lower case. */
  readonly control: ReadonlySet<string>;
  /** Listed under DataActions, lower case. */
  readonly data: ReadonlySet<string>;
  /** Every one, as spelled in the catalog, sorted. */
  readonly all: readonly string[];
}

let literalOps: CatalogOperations | undefined;

/** Every literal (wildcard-free) operation the built-in roles list, by plane. */
export function catalogOperations(): CatalogOperations {
  if (!literalOps) {
    const control = new Set<string>();
    const data = new Set<string>();
    const spelled = new Map<string, string>();
    for (const r of azureBuiltInRoles()) {
      for (const p of r.permissions) {
        for (const a of p.actions)
          if (!a.includes('*')) {
            control.add(a.toLowerCase());
            spelled.set(a.toLowerCase(), a);
          }
        for (const a of p.dataActions)
          if (!a.includes('*')) {
            data.add(a.toLowerCase());
            spelled.set(a.toLowerCase(), a);
          }
      }
    }
    literalOps = { control, data, all: [...spelled.values()].sort() };
  }
  return literalOps;
}

/**
 * Decides the plane of an operation: the given one, else `data` when the built-in roles list it literally as a
 * data action and never as an action, else `control`.
 */
export function decidePlane(operation: string, given?: AzurePlane): PlaneDecision {
  if (given) return { plane: given, source: 'option' };
  const ops = catalogOperations();
  const lower = operation.toLowerCase();
  const inData = ops.data.has(lower);
  const inControl = ops.control.has(lower);
  if (inData && !inControl) return { plane: 'data', source: 'catalog' };
  if (inControl && !inData) return { plane: 'control', source: 'catalog' };
  return { plane: 'control', source: 'default' };
}

/** Edit distance of two strings (case-sensitive; callers lower-case). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The operation the built-in roles list by name that is nearest to `operation` (same provider namespace, at most
 * 3 edits away), for "did you mean" notes; undefined when none is that close.
 */
export function nearestCatalogOperation(operation: string): string | undefined {
  const lower = operation.toLowerCase();
  const namespace = lower.split('/')[0];
  let best: string | undefined;
  let bestD = 4;
  for (const candidate of catalogOperations().all) {
    const c = candidate.toLowerCase();
    if (c.split('/')[0] !== namespace || Math.abs(c.length - lower.length) >= bestD) continue;
    const d = editDistance(lower, c);
    if (d < bestD || (d === bestD && best !== undefined && candidate < best)) {
      best = candidate;
      bestD = d;
    }
  }
  return best;
}
