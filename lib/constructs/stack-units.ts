/**
 * The units a split into stacks places: each element of the model with the resources it creates, so stacks
 * can be cut to a maximum size before any construct exists. A unit never spans two stacks (its resources
 * refer to each other with `depends_on` and `replace_triggered_by`, which can't cross stacks).
 *
 * Counts mirror the constructs (test/constructs/stack-split.test.ts checks them against synthesized stacks,
 * and TaskAccessStacks re-counts every stack after building): Terraform resources and data sources, without
 * the `terraform_remote_state` reads cdktf adds for cross-stack references.
 */
import { planMonitoring } from '../monitoring/plan';
import { roleAssignableEligibilities, roleAssignablePolicyTasks } from '../model/role-assignable';
import type { ResolvedModel, ResolvedTask } from '../model/resolved';

/** What a unit holds. */
export type PlacementUnitKind =
  | 'application'
  | 'role'
  | 'breakGlass'
  | 'monitoring'
  | 'conditionalAccess'
  | 'customRole'
  | 'baseline'
  | 'task'
  | 'roleLink'
  | 'vpn';

/** Identifies a unit: what the build asks a placement for. */
export interface PlacementUnitRef {
  /** What the unit holds. */
  readonly kind: PlacementUnitKind;
  /**
   * Unique, name-derived key: the BASE_/TASK_/ROLE_ name, `<TASK>/<ROLE>` for a role's link to a task,
   * `APP/<name>`, `CUSTOM_ROLE/<name>`, or `BREAK_GLASS`, `MONITORING`, `CONDITIONAL_ACCESS`, `VPN`.
   */
  readonly key: string;
  /** The environment of an environment unit; absent for directory units. */
  readonly environment?: string;
}

/** A unit with its size. */
export interface PlacementUnit extends PlacementUnitRef {
  /** Terraform resources and data sources it creates. */
  readonly resources: number;
}

/**
 * Order of kinds within a bucket. Every reference between units points to an earlier kind, or to an earlier
 * key of the same kind (a role link `<TASK>/<ROLE>` sorts right after its task), so stacks cut from this
 * order only refer to earlier stacks: never a cycle.
 */
export const UNIT_KIND_RANK: Readonly<Record<PlacementUnitKind, number>> = {
  application: 0,
  role: 1,
  breakGlass: 2,
  monitoring: 2,
  conditionalAccess: 2,
  customRole: 3,
  baseline: 4,
  task: 5,
  roleLink: 5,
  vpn: 6,
};

/** True for the units of the directory bucket (with `split: 'environment'`): everything tenant-wide. */
export function isDirectoryUnit(kind: PlacementUnitKind): boolean {
  return UNIT_KIND_RANK[kind] <= UNIT_KIND_RANK.customRole;
}

/** Key of a role's link to a task. */
export const roleLinkKey = (task: string, role: string): string => `${task}/${role}`;

/**
 * For each role, the role-assignable baselines each eligible task creates the eligibility for: the first
 * eligible task (by name) with a policy that reaches the baseline, as RoleAccess does. `role -> task -> baselines`.
 */
export function roleAssignableOwners(model: ResolvedModel): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const [role, list] of roleAssignableEligibilities(model)) {
    const owners = new Map<string, string[]>();
    for (const e of list) owners.set(e.access.task, [...(owners.get(e.access.task) ?? []), e.baseline]);
    out.set(role, owners);
  }
  return out;
}

/** Every unit of a resolved model, with its size, in no particular order. */
export function placementUnits(model: ResolvedModel): PlacementUnit[] {
  const units: PlacementUnit[] = [];
  const tasks = new Map(model.tasks.map((t) => [t.name, t]));
  for (const a of model.applications ?? []) {
    units.push({ kind: 'application', key: `APP/${a.name}`, resources: 2 + a.federatedCredentials.length });
  }
  for (const r of model.roles) {
    const members = r.members.reduce(
      (n, m) => n + (m.objectId === undefined && m.kind === 'user' ? 1 : 0) + (m.window ? 2 : 1),
      0,
    );
    units.push({ kind: 'role', key: r.name, resources: 1 + (r.assignmentPolicy ? 1 : 0) + members });
  }
  units.push({ kind: 'breakGlass', key: 'BREAK_GLASS', resources: model.breakGlass.length });
  const monitoring = planMonitoring(model);
  if (monitoring) {
    const resources =
      (monitoring.diagnosticSetting ? 1 : 0) +
      (monitoring.settings.actionGroup.kind === 'new' ? 1 : 0) +
      monitoring.alerts.length +
      monitoring.savedSearches.length;
    units.push({ kind: 'monitoring', key: 'MONITORING', resources });
  }
  if ((model.conditionalAccessPolicies ?? []).length > 0)
    units.push({ kind: 'conditionalAccess', key: 'CONDITIONAL_ACCESS', resources: 0 });
  for (const c of model.customRoles) units.push({ kind: 'customRole', key: `CUSTOM_ROLE/${c.name}`, resources: 1 });

  const raPolicy = roleAssignablePolicyTasks(model.tasks);
  for (const b of model.baselines) {
    const grants = b.grants.reduce(
      (n, g) => n + (g.kind === 'vpnPool' ? 0 : g.kind === 'kubernetes' && g.custom ? 2 : 1),
      0,
    );
    units.push({
      kind: 'baseline',
      key: b.name,
      environment: b.environment,
      resources: 1 + grants + (raPolicy.has(b.name) ? 1 : 0),
    });
  }
  for (const t of model.tasks) {
    const policy = t.jit ?? t.assignmentPolicy;
    units.push({
      kind: 'task',
      key: t.name,
      environment: t.environment,
      resources: 1 + t.nestedBaselines.length + (policy ? 1 : 0),
    });
  }
  const owners = roleAssignableOwners(model);
  for (const r of model.roles) {
    for (const a of r.standing) {
      const t = tasks.get(a.task) as ResolvedTask;
      units.push({
        kind: 'roleLink',
        key: roleLinkKey(a.task, r.name),
        environment: t.environment,
        resources: a.window ? 2 : 1,
      });
    }
    for (const a of r.eligible) {
      const t = tasks.get(a.task) as ResolvedTask;
      const ra = owners.get(r.name)?.get(a.task)?.length ?? 0;
      units.push({
        kind: 'roleLink',
        key: roleLinkKey(a.task, r.name),
        environment: t.environment,
        resources: t.jit ? 2 + 2 * ra : 0,
      });
    }
  }
  const pool = model.baselines.find((b) => b.grants.some((g) => g.kind === 'vpnPool'));
  if (model.vpn && pool) units.push({ kind: 'vpn', key: 'VPN', environment: pool.environment, resources: 0 });
  return units;
}
