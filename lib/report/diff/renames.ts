/**
 * Renames: a baseline, task or role that disappears while one with the same content and a new name appears.
 * Terraform addresses and group names derive from names, so a rename replaces the group; the diff reports the
 * rename once and compares everything else under the new name (the model before is rewritten with the new names).
 */
import { approverKey } from '../../model/approvers';
import type { Approver } from '../../model/definition';
import type {
  ResolvedBaseline,
  ResolvedGrant,
  ResolvedJitPolicy,
  ResolvedModel,
  ResolvedRole,
  ResolvedTask,
  TaskAccess,
} from '../../model/resolved';
import type { AccessWindow } from '../../model/time-bounds';

/** Old name to new name, per layer. */
export interface Renames {
  /** Renamed baselines. */
  readonly baselines: ReadonlyMap<string, string>;
  /** Renamed tasks. */
  readonly tasks: ReadonlyMap<string, string>;
  /** Renamed roles. */
  readonly roles: ReadonlyMap<string, string>;
}

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
const windowKey = (w?: AccessWindow): string => `${w?.from ?? ''}..${w?.until ?? ''}`;

/** A stable key of a grant: equal keys grant the same thing (scopes compare case-insensitively, rules in any order). */
export function grantKey(g: ResolvedGrant): string {
  switch (g.kind) {
    case 'azureRole':
      return `azureRole|${g.roleDefinitionId}|${g.roleName}|${g.scope.toLowerCase()}`;
    case 'azureCustomRole':
      return `azureCustomRole|${g.roleName}|${g.scope.toLowerCase()}`;
    case 'directoryRole':
      return `directoryRole|${g.templateId}|${g.roleName}`;
    case 'kubernetes': {
      const rules = g.rules
        .map((r) =>
          JSON.stringify(
            Object.entries(r)
              .map(([k, v]) => [k, Array.isArray(v) ? sorted(v) : v])
              .sort(),
          ),
        )
        .sort();
      return `kubernetes|${g.cluster}|${g.namespace ?? '*'}|${g.clusterRole ?? ''}|${g.custom}|${rules.join(',')}`;
    }
    case 'vpnPool':
      return `vpnPool|${sorted(g.addressPrefixes).join(',')}`;
  }
}

/** A stable key of a just-in-time policy (arrays in any order). */
export function policyKey(p: ResolvedJitPolicy | undefined): string {
  if (!p) return 'none';
  return JSON.stringify([
    p.maximumActivation,
    p.requireJustification,
    p.requireTicket,
    p.requireApproval,
    sorted(p.approvers.map(approverKey)),
    p.requireMfa,
    p.authenticationContext ?? '',
    sorted(p.notifyOnActivation),
    p.eligibilityExpiry,
  ]);
}

const baselineSignature = (b: ResolvedBaseline): string =>
  JSON.stringify([b.environment, b.roleAssignable, sorted(b.grants.map(grantKey))]);

const taskSignature = (t: ResolvedTask, baselines: ReadonlyMap<string, string>): string =>
  JSON.stringify([
    t.environment,
    t.highPrivilege,
    sorted(t.baselines.map((b) => baselines.get(b) ?? b)),
    policyKey(t.jit),
  ]);

const roleSignature = (r: ResolvedRole, tasks: ReadonlyMap<string, string>): string => {
  const held = (list: readonly TaskAccess[]) =>
    sorted(list.map((a) => `${tasks.get(a.task) ?? a.task}@${windowKey(a.window)}`));
  return JSON.stringify([
    sorted(r.members.map((m) => `${m.key}@${windowKey(m.window)}`)),
    held(r.standing),
    held(r.eligible),
  ]);
};

/**
 * Pairs the elements only in `before` with those only in `after` that have the same signature, when exactly one
 * on each side has it.
 */
function pair<T extends { readonly name: string }>(
  before: readonly T[],
  after: readonly T[],
  signatureBefore: (t: T) => string,
  signatureAfter: (t: T) => string,
): Map<string, string> {
  const afterNames = new Set(after.map((t) => t.name));
  const beforeNames = new Set(before.map((t) => t.name));
  const group = (items: readonly T[], signature: (t: T) => string) => {
    const m = new Map<string, string[]>();
    for (const t of items) m.set(signature(t), [...(m.get(signature(t)) ?? []), t.name]);
    return m;
  };
  const gone = group(
    before.filter((t) => !afterNames.has(t.name)),
    signatureBefore,
  );
  const added = group(
    after.filter((t) => !beforeNames.has(t.name)),
    signatureAfter,
  );
  const out = new Map<string, string>();
  for (const [sig, olds] of gone) {
    const news = added.get(sig);
    if (olds.length === 1 && news?.length === 1) out.set(olds[0], news[0]);
  }
  return out;
}

/** The baselines, tasks and roles renamed between two models. */
export function detectRenames(before: ResolvedModel, after: ResolvedModel): Renames {
  const none = new Map<string, string>();
  const baselines = pair(before.baselines, after.baselines, baselineSignature, baselineSignature);
  const tasks = pair(
    before.tasks,
    after.tasks,
    (t) => taskSignature(t, baselines),
    (t) => taskSignature(t, none),
  );
  const roles = pair(
    before.roles,
    after.roles,
    (r) => roleSignature(r, tasks),
    (r) => roleSignature(r, none),
  );
  return { baselines, tasks, roles };
}

/** True when nothing was renamed. */
export function noRenames(r: Renames): boolean {
  return r.baselines.size === 0 && r.tasks.size === 0 && r.roles.size === 0;
}

/**
 * The model with the new names: what the diff compares with the model after. Rewrites the names of baselines,
 * tasks and roles and every reference to them the diff reads (task baselines, role approvers, holdings and their
 * inheritance chains, principals' roles and tasks, applications' roles).
 */
export function applyRenames(model: ResolvedModel, renames: Renames): ResolvedModel {
  if (noRenames(renames)) return model;
  const b = (n: string) => renames.baselines.get(n) ?? n;
  const t = (n: string) => renames.tasks.get(n) ?? n;
  const r = (n: string) => renames.roles.get(n) ?? n;
  const policy = (p: ResolvedJitPolicy | undefined): ResolvedJitPolicy | undefined =>
    p && {
      ...p,
      approvers: p.approvers.map((a): Approver => (a.kind === 'role' ? { ...a, role: r(a.role) as typeof a.role } : a)),
    };
  const held = (a: TaskAccess): TaskAccess => ({ ...a, task: t(a.task), via: a.via.map(r) });
  return {
    ...model,
    baselines: model.baselines.map((x) => ({ ...x, name: b(x.name) })),
    tasks: model.tasks.map((x) => {
      const jit = policy(x.jit);
      return {
        ...x,
        name: t(x.name),
        baselines: sorted(x.baselines.map(b)),
        nestedBaselines: sorted(x.nestedBaselines.map(b)),
        roleAssignableBaselines: sorted(x.roleAssignableBaselines.map(b)),
        ...(jit ? { jit } : {}),
      };
    }),
    roles: model.roles.map((x) => ({
      ...x,
      name: r(x.name),
      inherits: sorted(x.inherits.map(r)),
      standing: x.standing.map(held),
      eligible: x.eligible.map(held),
    })),
    principals: model.principals.map((p) => ({
      ...p,
      roles: sorted(p.roles.map(r)),
      tasks: p.tasks.map((a) => ({ ...a, task: t(a.task), paths: a.paths.map((path) => path.map(r)) })),
    })),
    ...(model.applications
      ? { applications: model.applications.map((a) => ({ ...a, roles: sorted(a.roles.map(r)) })) }
      : {}),
  };
}
