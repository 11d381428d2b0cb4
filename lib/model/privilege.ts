/**
 * What the model says about privilege: whether a grant, baseline or task writes (or administers), how a task is
 * meant to be held, and whether a role's members are people or workload identities. One classification for the
 * rule pack, the reports, the review and the diff. Pure and deterministic.
 */
import { findAzureBuiltInRole } from '../catalog/azure-roles';
import type { ResolvedBaseline, ResolvedGrant, ResolvedModel, ResolvedRole, ResolvedTask } from './resolved';
import { isWorkloadIdentity } from './workload-identity';

/** What the task classification reads: the custom roles, and tasks and baselines by name. */
export interface PrivilegeIndex {
  /** The model (its custom roles: what a custom role grant allows). */
  readonly model: Pick<ResolvedModel, 'customRoles'>;
  /** Tasks by name. */
  readonly tasks: ReadonlyMap<string, ResolvedTask>;
  /** Baselines by name. */
  readonly baselines: ReadonlyMap<string, ResolvedBaseline>;
}

/**
 * Actions Microsoft puts in its reader roles that don't change the resource they are about: support tickets
 * (`Microsoft.Support/*`) and classic alert rules (`Microsoft.Insights/alertRules/*`, retired). They don't make
 * a grant "write".
 */
export const ANCILLARY_AZURE_ACTIONS: readonly string[] = ['microsoft.support/*', 'microsoft.insights/alertrules/*'];

/**
 * Operations ending in `/action` that only read: Key Vault secret reads, Log Analytics queries and exports,
 * the AKS user kubeconfig (Entra authentication; the admin credential is not in this list).
 */
const READ_ONLY_ACTIONS = [
  /\/secrets\/(getsecret|readmetadata)\/action$/,
  /\/(search|query)\/action$/,
  /\/jobs\/export\/action$/,
  /\/listclusterusercredential\/action$/,
];

/** Kubernetes verbs that only read. */
export const KUBERNETES_READ_VERBS: readonly string[] = ['get', 'list', 'watch'];

/** Baseline action parts that say the baseline changes something. */
export const WRITE_ACTION_PARTS: readonly string[] = [
  'ADMIN',
  'CONTRIBUTOR',
  'DELETE',
  'DEPLOY',
  'EDIT',
  'MANAGE',
  'OPERATOR',
  'OWNER',
  'PUSH',
  'WRITE',
];

/** True when an Azure (data) action allows more than reading: anything but `.../read`, the read-only actions above and ancillary actions. */
export function azureActionWrites(action: string): boolean {
  const a = action.toLowerCase();
  if (ANCILLARY_AZURE_ACTIONS.includes(a)) return false;
  if (a.endsWith('/read')) return false;
  return !READ_ONLY_ACTIONS.some((r) => r.test(a));
}

/** Why a grant writes (e.g. `Azure role "AcrPush" allows Microsoft.ContainerRegistry/registries/push/write`), or undefined when it only reads. */
export function grantWrites(grant: ResolvedGrant, model: Pick<ResolvedModel, 'customRoles'>): string | undefined {
  switch (grant.kind) {
    case 'azureRole':
    case 'azureCustomRole': {
      const blocks =
        grant.kind === 'azureRole'
          ? (findAzureBuiltInRole(grant.roleName)?.permissions ?? [])
          : model.customRoles
              .filter((c) => c.name === grant.roleName)
              .map((c) => ({ actions: c.actions, dataActions: c.dataActions ?? [] }));
      for (const b of blocks) {
        const hit = [...b.actions, ...b.dataActions].find(azureActionWrites);
        if (hit !== undefined)
          return `${grant.kind === 'azureRole' ? 'Azure role' : 'custom role'} "${grant.roleName}" allows ${hit}`;
      }
      return undefined;
    }
    case 'directoryRole':
      return /Readers?$/.test(grant.roleName) ? undefined : `Entra directory role "${grant.roleName}"`;
    case 'kubernetes': {
      const writing = grant.rules.flatMap((r) => r.verbs).filter((v) => !KUBERNETES_READ_VERBS.includes(v));
      if (writing.length === 0) return undefined;
      const verb = ['*', 'create', 'update', 'patch', 'delete'].find((v) => writing.includes(v)) ?? writing[0];
      return `Kubernetes ${grant.clusterRole ? `ClusterRole "${grant.clusterRole}" allows` : 'rules allow'} "${verb}"`;
    }
    case 'vpnPool':
      return undefined;
  }
}

/** Why a baseline writes (its action part, or its first writing grant), or undefined. */
export function baselineWrites(
  baseline: ResolvedBaseline,
  model: Pick<ResolvedModel, 'customRoles'>,
): string | undefined {
  const action = baseline.name.slice(baseline.name.lastIndexOf('_') + 1);
  if (WRITE_ACTION_PARTS.includes(action)) return `${baseline.name}: action part ${action}`;
  for (const g of baseline.grants) {
    const why = grantWrites(g, model);
    if (why) return `${baseline.name}: ${why}`;
  }
  return undefined;
}

/** Whether a task writes or administers, and why: the task's `writes` flag, else derived from its baselines. */
export function taskWrites(
  index: PrivilegeIndex,
  task: string,
): {
  /** The task writes or administers. */
  readonly writes: boolean;
  /** Why: the declared flag, or the baseline and grant that write. */
  readonly reason: string;
} {
  // The resolved task carries the flag, so it is known also when the model comes from access-model.json.
  const declared = index.tasks.get(task)?.writes;
  if (declared !== undefined) return { writes: declared, reason: `declared writes: ${declared}` };
  for (const b of index.tasks.get(task)?.baselines ?? []) {
    const base = index.baselines.get(b);
    const why = base ? baselineWrites(base, index.model) : undefined;
    if (why) return { writes: true, reason: why };
  }
  return { writes: false, reason: 'every grant only reads' };
}

/** True for a role whose members are all workload identities (at least one): it can't use PIM, so it holds tasks standing. */
export function isWorkloadRole(role: ResolvedRole): boolean {
  return role.members.length > 0 && role.members.every(isWorkloadIdentity);
}

/** How a task is meant to be held: its `access` flag, `sensitive` for a high-privilege task, else undefined. */
export function taskAccessClass(
  index: Pick<PrivilegeIndex, 'tasks'>,
  task: string,
): 'routine' | 'sensitive' | undefined {
  const t = index.tasks.get(task);
  return t?.access ?? (t?.highPrivilege ? 'sensitive' : undefined);
}
