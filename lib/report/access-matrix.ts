/**
 * The effective access matrix: for every role and every principal, the tasks it holds (standing or eligible,
 * with every path), the baselines those tasks reach and the concrete grants, each with the paths that give it.
 * Pure functions over the {@link ResolvedModel}; every report, `explain` and `who-can` read this.
 */
import type {
  ResolvedGrant,
  ResolvedJitPolicy,
  ResolvedMember,
  ResolvedModel,
  ResolvedRole,
  ResolvedTask,
} from '../model/resolved';
import {
  accessPathKey,
  compareAccessPaths,
  rolePaths,
  type AccessMode,
  type AccessPath,
} from '../model/effective-access';
import { roleAssignablePolicyTasks } from '../model/role-assignable';
import { windowEnvelope, type AccessWindow } from '../model/time-bounds';

export type { AccessMode, AccessPath } from '../model/effective-access';
export { rolePaths } from '../model/effective-access';

/**
 * How a baseline is reached from a task: `member` (the task group is an active member of the baseline group) or
 * `eligible-member` (a role-assignable baseline: each role holding the task is a PIM-eligible member of it).
 */
export type BaselineReach = 'member' | 'eligible-member';

/** A baseline of a task and how the task reaches it. */
export interface TaskBaseline {
  /** Full name of the baseline, e.g. `BASE_PROD_KV_SECRETS_ADMIN`. */
  readonly baseline: string;
  /** Active membership of the task group, or PIM eligibility of the role (role-assignable baseline). */
  readonly reach: BaselineReach;
}

/**
 * One PIM activation a just-in-time task takes. A role-assignable baseline is not reached through the task group (a
 * group can't be an active member of a role-assignable group): the role group is eligible for the baseline group
 * itself, under the policy that group carries, so it is an activation of its own.
 */
export interface ActivationStep {
  /** The group to activate: the task group (first), then each role-assignable baseline, by name. */
  readonly group: string;
  /** `task` for the task group, `role-assignable-baseline` for a baseline reached by its own eligibility. */
  readonly kind: 'task' | 'role-assignable-baseline';
  /**
   * For the task group: the baselines it nests (active membership), which its activation gives. Empty for a
   * baseline.
   */
  readonly gives: readonly string[];
  /**
   * The PIM policy of the group's membership: the task's; for a baseline, the policy its group carries, the one of
   * the first (by name) just-in-time task reaching it.
   */
  readonly policy: ResolvedJitPolicy;
  /**
   * When the eligibility for the group starts and ends, for a time-bound one: for the task, the envelope of its
   * eligible paths; for a baseline, of the eligibility each holding role has for it (one per role, spanning all the
   * role's eligible tasks that reach the baseline; for a principal, within its membership of the role). Absent when
   * permanent.
   */
  readonly window?: AccessWindow;
}

/** A task held by a role or principal. */
export interface TaskEntry {
  /** Full name of the task, e.g. `TASK_PROD_KEYVAULT_ADMIN`. */
  readonly task: string;
  /** Environment of the task. */
  readonly environment: string;
  /** `standing` when any path is standing. */
  readonly mode: AccessMode;
  /** Every path to the task, sorted. */
  readonly paths: readonly AccessPath[];
  /** The task's PIM policy (applies to the eligible paths); absent for a standing-only task. */
  readonly policy?: ResolvedJitPolicy;
  /** A high-privilege (exception) task. */
  readonly highPrivilege: boolean;
  /** The task's baselines. */
  readonly baselines: readonly TaskBaseline[];
  /**
   * The PIM activations the task's eligible paths take, in order, when it reaches role-assignable baselines (the
   * task group, then each such baseline); absent when one activation (of the task group) gives everything.
   */
  readonly activation?: readonly ActivationStep[];
}

/** A baseline reached, with the best mode over its paths. */
export interface BaselineEntry {
  /** Full name of the baseline. */
  readonly baseline: string;
  /** Environment of the baseline. */
  readonly environment: string;
  /** `standing` when any path to it is standing. */
  readonly mode: AccessMode;
}

/** One concrete grant reached, with every path that gives it. */
export interface GrantEntry {
  /** The baseline holding the grant. */
  readonly baseline: string;
  /** Environment of the baseline. */
  readonly environment: string;
  /** Position of the grant in the baseline's grants (stable identity with `baseline`). */
  readonly index: number;
  /** The grant: Azure role at scope, directory role, Kubernetes rules in a namespace or cluster-wide, VPN pool. */
  readonly grant: ResolvedGrant;
  /** `standing` when any path is standing. */
  readonly mode: AccessMode;
  /** Every path (role, inheritance, task) to the grant, sorted. */
  readonly paths: readonly AccessPath[];
}

/** Tasks, baselines and grants of a role or a principal. */
export interface SubjectAccess {
  /** Tasks held, sorted by name. */
  readonly tasks: readonly TaskEntry[];
  /** Baselines reached through them, sorted by name. */
  readonly baselines: readonly BaselineEntry[];
  /** Grants of those baselines, by baseline name then position. */
  readonly grants: readonly GrantEntry[];
}

/** A role's effective access, inheritance flattened. */
export interface RoleAccessView extends SubjectAccess {
  /** Discriminant. */
  readonly kind: 'role';
  /** Full name of the role, e.g. `ROLE_SNR_DEVELOPER`. */
  readonly name: string;
  /** Free text from the definition, when given. */
  readonly description?: string;
  /** Members of the role group, sorted by key. */
  readonly members: readonly ResolvedMember[];
  /** Every role inherited, directly or not. */
  readonly inherits: readonly string[];
}

/** A principal's effective access: the union over all its roles. */
export interface PrincipalAccessView extends SubjectAccess {
  /** Discriminant. */
  readonly kind: 'principal';
  /** Object ID, or UPN for a user given by UPN, or `app:<name>` for an application of the definition. */
  readonly key: string;
  /** Display name, or the UPN / object ID / application name. */
  readonly label: string;
  /** What the member is: user, group, service principal, managed identity, application. */
  readonly memberKind: ResolvedMember['kind'];
  /** Entra object ID, when known. */
  readonly objectId?: string;
  /** User principal name, for a user given by it. */
  readonly userPrincipalName?: string;
  /** The roles the principal is a member of. */
  readonly roles: readonly string[];
}

/** The whole matrix. */
export interface AccessMatrix {
  /** Every role, sorted by name. */
  readonly roles: readonly RoleAccessView[];
  /** Every role member, sorted by key. */
  readonly principals: readonly PrincipalAccessView[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const best = (modes: Iterable<AccessMode>): AccessMode => ([...modes].includes('standing') ? 'standing' : 'eligible');
/** Tasks and baselines by name, built once per model. */
interface ModelIndex {
  readonly tasks: ReadonlyMap<string, ResolvedTask>;
  readonly baselines: ReadonlyMap<string, ResolvedModel['baselines'][number]>;
  /** For each role-assignable baseline reached just in time, the task whose policy its group carries. */
  readonly roleAssignablePolicies: ReadonlyMap<string, ResolvedTask>;
}

const indexes = new WeakMap<ResolvedModel, ModelIndex>();
function indexOf(model: ResolvedModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    index = {
      tasks: new Map(model.tasks.map((t) => [t.name, t])),
      baselines: new Map(model.baselines.map((b) => [b.name, b])),
      roleAssignablePolicies: roleAssignablePolicyTasks(model.tasks),
    };
    indexes.set(model, index);
  }
  return index;
}

/** Tasks, baselines and grants reached by a set of paths. */
export function accessOf(model: ResolvedModel, paths: readonly AccessPath[]): SubjectAccess {
  const { tasks, baselines } = indexOf(model);
  const byTask = new Map<string, AccessPath[]>();
  for (const p of paths) {
    const list = byTask.get(p.task);
    if (list) list.push(p);
    else byTask.set(p.task, [p]);
  }

  const taskEntries: TaskEntry[] = [];
  const baselinePaths = new Map<string, AccessPath[]>();
  for (const name of [...byTask.keys()].sort(cmp)) {
    const task = tasks.get(name);
    if (!task) continue;
    const taskPaths = dedupe(byTask.get(name) as AccessPath[]);
    const taskBaselines: TaskBaseline[] = task.baselines.map((b) => ({
      baseline: b,
      reach: task.roleAssignableBaselines.includes(b) ? 'eligible-member' : 'member',
    }));
    const activation = activationSteps(model, task, taskPaths, paths);
    taskEntries.push({
      task: name,
      environment: task.environment,
      mode: best(taskPaths.map((p) => p.mode)),
      paths: taskPaths,
      ...(task.jit ? { policy: task.jit } : {}),
      highPrivilege: task.highPrivilege,
      baselines: taskBaselines,
      ...(activation ? { activation } : {}),
    });
    for (const b of task.baselines) {
      const list = baselinePaths.get(b);
      if (list) list.push(...taskPaths);
      else baselinePaths.set(b, [...taskPaths]);
    }
  }

  const baselineEntries: BaselineEntry[] = [];
  const grantEntries: GrantEntry[] = [];
  for (const name of [...baselinePaths.keys()].sort(cmp)) {
    const baseline = baselines.get(name);
    if (!baseline) continue;
    const bPaths = dedupe(baselinePaths.get(name) as AccessPath[]);
    const mode = best(bPaths.map((p) => p.mode));
    baselineEntries.push({ baseline: name, environment: baseline.environment, mode });
    baseline.grants.forEach((grant, index) => {
      grantEntries.push({ baseline: name, environment: baseline.environment, index, grant, mode, paths: bPaths });
    });
  }
  return { tasks: taskEntries, baselines: baselineEntries, grants: grantEntries };
}

/**
 * The activations a just-in-time task with role-assignable baselines takes, as synthesized (RoleAccess,
 * BaselineGroup): the task group under the task's policy, then each role-assignable baseline, by name, under the
 * policy its group carries (the first just-in-time task by name that reaches it). Without windows: those depend on
 * who holds the task (see {@link TaskEntry.activation}). `undefined` for a standing-only task or one without
 * role-assignable baselines (one activation gives everything).
 */
export function taskActivationSteps(model: ResolvedModel, task: ResolvedTask): ActivationStep[] | undefined {
  const jit = task.jit;
  if (!jit || task.roleAssignableBaselines.length === 0) return undefined;
  const policies = indexOf(model).roleAssignablePolicies;
  return [
    { group: task.name, kind: 'task', gives: task.nestedBaselines, policy: jit },
    ...task.roleAssignableBaselines.map((b): ActivationStep => ({
      group: b,
      kind: 'role-assignable-baseline',
      gives: [],
      policy: policies.get(b)?.jit ?? jit,
    })),
  ];
}

/**
 * {@link taskActivationSteps} for a subject's eligible paths to the task, each step with the window of the
 * subject's eligibility for its group. `allPaths` are every path of the subject: a role has one eligibility for a
 * role-assignable baseline, spanning all its eligible tasks that reach it (each path's window is already within
 * the member's window, for a principal); across roles, the envelope.
 */
function activationSteps(
  model: ResolvedModel,
  task: ResolvedTask,
  taskPaths: readonly AccessPath[],
  allPaths: readonly AccessPath[],
): ActivationStep[] | undefined {
  if (!task.jit || task.roleAssignableBaselines.length === 0) return undefined;
  const eligible = taskPaths.filter((p) => p.mode === 'eligible');
  const steps = eligible.length > 0 ? taskActivationSteps(model, task) : undefined;
  if (!steps) return undefined;
  const { tasks } = indexOf(model);
  const roles = new Set(eligible.map((p) => p.role));
  const windowOf = (s: ActivationStep): AccessWindow | undefined =>
    s.kind === 'task'
      ? windowEnvelope(eligible.map((p) => p.window))
      : windowEnvelope(
          allPaths
            .filter(
              (p) =>
                p.mode === 'eligible' &&
                roles.has(p.role) &&
                tasks.get(p.task)?.roleAssignableBaselines.includes(s.group) === true,
            )
            .map((p) => p.window),
        );
  return steps.map((s) => {
    const window = windowOf(s);
    return window ? { ...s, window } : s;
  });
}

function dedupe(paths: readonly AccessPath[]): AccessPath[] {
  // Most tasks and baselines are reached by one path: nothing to merge or sort.
  if (paths.length < 2) return [...paths];
  const seen = new Map<string, AccessPath>();
  for (const p of paths) {
    const key = accessPathKey(p);
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()].sort(compareAccessPaths);
}

/** The effective access of one role. */
export function roleAccess(model: ResolvedModel, role: ResolvedRole): RoleAccessView {
  return {
    kind: 'role',
    name: role.name,
    ...(role.description !== undefined ? { description: role.description } : {}),
    members: role.members,
    inherits: role.inherits,
    ...accessOf(model, rolePaths(role)),
  };
}

const matrices = new WeakMap<ResolvedModel, AccessMatrix>();

/**
 * The effective access of every role and every principal (the union over the principal's roles). Computed once
 * per model object and shared by every report.
 */
export function accessMatrix(model: ResolvedModel): AccessMatrix {
  const cached = matrices.get(model);
  if (cached) return cached;
  const matrix = computeAccessMatrix(model);
  matrices.set(model, matrix);
  return matrix;
}

function computeAccessMatrix(model: ResolvedModel): AccessMatrix {
  const roles = model.roles.map((r) => roleAccess(model, r));
  const roleByName = new Map(model.roles.map((r) => [r.name, r]));
  const principals = model.principals.map((p): PrincipalAccessView => {
    const m = p.member;
    return {
      kind: 'principal',
      key: p.key,
      label: m.label,
      memberKind: m.kind,
      ...(m.objectId !== undefined ? { objectId: m.objectId } : {}),
      ...(m.kind === 'user' && m.userPrincipalName !== undefined ? { userPrincipalName: m.userPrincipalName } : {}),
      roles: p.roles,
      ...accessOf(
        model,
        p.roles.flatMap((name) => {
          const role = roleByName.get(name);
          return role ? rolePaths(role, role.members.find((x) => x.key === p.key)?.window) : [];
        }),
      ),
    };
  });
  return { roles, principals };
}
