/**
 * Resolution: from a valid definition to the {@link ResolvedModel}. Pure functions over plain data.
 */
import { findAzureBuiltInRole } from '../catalog/azure-roles';
import { findDirectoryRole } from '../catalog/directory-roles';
import { findKubernetesClusterRole } from '../catalog/kubernetes-roles';
import type { AccessModelDefinition, BaselineDefinition, HeldTask, Member, TaskDefinition } from './definition';
import { definitionPaths } from './definition-paths';
import { roleTaskPaths } from './effective-access';
import { resolveJitPolicy } from './jit-policy';
import type { Grant } from './grants';
import { inheritanceChains, rolesByName } from './inheritance';
import { baselineName, roleName, taskName } from './names';
import { resolveApplications } from './resolve-applications';
import { resolveConditionalAccessPolicies } from './conditional-access';
import { applyExceptionPolicy, resolveExceptions } from './high-privilege-policy';
import { resolveMonitoring } from './monitoring';
import { resolveGroupOwners } from './group-owners';
import { accessWindow, heldTaskBounds, heldTaskName, windowEnvelope, type AccessWindow } from './time-bounds';
import { memberKey } from './workload-identity';
import type {
  PrincipalTaskAccess,
  ResolvedBaseline,
  ResolvedGrant,
  ResolvedMember,
  ResolvedModel,
  ResolvedPrincipal,
  ResolvedRole,
  ResolvedTask,
  TaskAccess,
} from './resolved';
import { assertValidDefinition } from './validation';

const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function resolveGrant(g: Grant): ResolvedGrant {
  switch (g.kind) {
    case 'azureRole':
      return {
        kind: 'azureRole',
        roleName: g.role,
        roleDefinitionId: findAzureBuiltInRole(g.role)?.id as string,
        scope: g.scope,
      };
    case 'azureCustomRole':
      return { kind: 'azureCustomRole', roleName: g.customRole, scope: g.scope };
    case 'directoryRole':
      return { kind: 'directoryRole', roleName: g.role, templateId: findDirectoryRole(g.role)?.templateId as string };
    case 'kubernetes':
      return {
        kind: 'kubernetes',
        cluster: g.cluster,
        namespace: g.clusterWide ? null : (g.namespace as string),
        ...(g.clusterRole !== undefined ? { clusterRole: g.clusterRole } : {}),
        custom: g.rules !== undefined,
        rules: g.rules ?? findKubernetesClusterRole(g.clusterRole as string)?.rules ?? [],
      };
    case 'vpnPool':
      return { kind: 'vpnPool', addressPrefixes: [...g.addressPrefixes] };
  }
}

function isRoleAssignable(b: BaselineDefinition): boolean {
  return b.roleAssignable === true || b.grants.some((g) => g.kind === 'directoryRole');
}

function resolveMember(m: Member): ResolvedMember {
  const key = memberKey(m);
  const window = accessWindow(m);
  const fallback = m.kind === 'user' ? (m.userPrincipalName ?? key) : m.kind === 'application' ? m.application : key;
  return { ...m, key, label: m.displayName ?? fallback, ...(window ? { window } : {}) };
}

/**
 * Validates and resolves a definition. Throws {@link AccessModelError} with every problem when it is invalid.
 * The definition is read once, into a frozen plain-data snapshot (`snapshotDefinition`), and both validation and
 * resolution read only that: a getter or Proxy can't show validation one value and the model another. Give the rule
 * pack and anything else that reads the definition the same snapshot (`snapshotDefinition(input)`, passed here).
 */
export function resolveDefinition(input: AccessModelDefinition): ResolvedModel {
  return resolveValidDefinition(assertValidDefinition(input));
}

/**
 * Resolves a definition that `validateDefinition` found no problem in (the benchmark times the two apart).
 * An invalid definition gives an undefined result: call {@link resolveDefinition} instead.
 */
export function resolveValidDefinition(definition: AccessModelDefinition): ResolvedModel {
  const protectedEnv = new Set(definition.environments.filter((e) => e.protected).map((e) => e.name));

  const baselineDefs = new Map(definition.baselines.map((b) => [baselineName(b) as string, b]));
  const baselines: ResolvedBaseline[] = definition.baselines
    .map((b) => ({
      name: baselineName(b),
      environment: b.environment,
      protected: protectedEnv.has(b.environment),
      ...(b.description !== undefined ? { description: b.description } : {}),
      roleAssignable: isRoleAssignable(b),
      grants: b.grants.map(resolveGrant),
    }))
    .sort(byName);

  const exceptions = definition.exceptions
    ? resolveExceptions(
        definition.exceptions,
        definition.tasks.filter((t) => t.highPrivilege === true).map((t) => taskName(t) as string),
      )
    : undefined;
  const taskList: ResolvedTask[] = definition.tasks
    .map((t: TaskDefinition) => {
      const names = [...t.baselines].sort();
      const ra = names.filter((n) => isRoleAssignable(baselineDefs.get(n) as BaselineDefinition));
      return {
        name: taskName(t),
        environment: t.environment,
        protected: protectedEnv.has(t.environment),
        ...(t.description !== undefined ? { description: t.description } : {}),
        baselines: names,
        nestedBaselines: names.filter((n) => !ra.includes(n)),
        roleAssignableBaselines: ra,
        ...(t.jit
          ? {
              jit:
                t.highPrivilege === true && exceptions
                  ? applyExceptionPolicy(resolveJitPolicy(t.jit, definition.settings), exceptions)
                  : resolveJitPolicy(t.jit, definition.settings),
            }
          : {}),
        highPrivilege: t.highPrivilege === true,
        ...(t.writes !== undefined ? { writes: t.writes } : {}),
        ...(t.access !== undefined ? { access: t.access } : {}),
        ...(t.owner !== undefined ? { owner: t.owner } : {}),
      };
    })
    .sort(byName);

  const roleDefs = rolesByName(definition.roles);
  const roles: ResolvedRole[] = definition.roles
    .map((r) => {
      const name = roleName(r);
      const chains = inheritanceChains(name, roleDefs);
      type Held = { via: string[]; window?: AccessWindow };
      const standing = new Map<string, Held>();
      const eligible = new Map<string, Held>();
      const order = [...chains.entries()].sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
      const hold = (into: Map<string, Held>, entries: readonly HeldTask[], via: string[]): void => {
        for (const e of entries)
          if (!into.has(heldTaskName(e))) into.set(heldTaskName(e), { via, window: accessWindow(heldTaskBounds(e)) });
      };
      for (const [from, chain] of order) {
        const def = roleDefs.get(from);
        hold(standing, def?.standing ?? [], chain);
        hold(eligible, def?.eligible ?? [], chain);
      }
      for (const t of standing.keys()) eligible.delete(t);
      const toAccess = (m: Map<string, Held>): TaskAccess[] =>
        [...m.entries()]
          .sort((a, b) => (a[0] < b[0] ? -1 : 1))
          .map(([task, h]) => ({ task, via: h.via, ...(h.window ? { window: h.window } : {}) }));
      const members = (r.members ?? []).map(resolveMember).sort((a, b) => (a.key < b.key ? -1 : 1));
      return {
        name,
        ...(r.description !== undefined ? { description: r.description } : {}),
        members,
        inherits: [...chains.keys()].filter((n) => n !== name).sort(),
        standing: toAccess(standing),
        eligible: toAccess(eligible),
        ...(r.owner !== undefined ? { owner: r.owner } : {}),
        ...(members.some((m) => m.window) ? { assignmentPolicy: resolveJitPolicy({}, definition.settings) } : {}),
      };
    })
    .sort(byName);

  // A task without jit held time-bound gets an explicit policy, so PIM onboards its group and accepts the assignment.
  const timeBound = new Set(roles.flatMap((r) => r.standing.filter((a) => a.window).map((a) => a.task)));
  const tasks = taskList.map((t): ResolvedTask =>
    !t.jit && timeBound.has(t.name) ? { ...t, assignmentPolicy: resolveJitPolicy({}, definition.settings) } : t,
  );

  return {
    environments: [...definition.environments].sort(byName),
    clusters: [...(definition.clusters ?? [])].sort(byName),
    customRoles: [...(definition.customRoles ?? [])].sort(byName),
    baselines,
    tasks,
    roles,
    principals: resolvePrincipals(roles),
    breakGlass: [...(definition.breakGlass ?? [])].sort((a, b) => (a.objectId < b.objectId ? -1 : 1)),
    // Before the properties access-model.json passes through unlisted, so a model read back keeps this order.
    groupOwners: resolveGroupOwners(definition.settings),
    applications: resolveApplications(definition),
    ...(definition.vpn
      ? {
          vpn: {
            defaultAddressPrefixes: [...definition.vpn.defaultAddressPrefixes],
            defaultGroupObjectId: definition.vpn.defaultGroupObjectId,
          },
        }
      : {}),
    conditionalAccessPolicies: resolveConditionalAccessPolicies(
      exceptions,
      definition.exceptions?.conditionalAccess,
      roles,
      definition.breakGlass ?? [],
    ),
    ...(exceptions ? { exceptions } : {}),
    ...(definition.monitoring ? { monitoring: resolveMonitoring(definition.monitoring) } : {}),
    ...(definition.existing ? { existing: definition.existing } : {}),
    paths: definitionPaths(definition),
  };
}

/** The union of access per principal: standing if any role gives it standing, each task with every path. */
export function resolvePrincipals(roles: readonly ResolvedRole[]): ResolvedPrincipal[] {
  type Reach = { standing: boolean; paths: string[][]; windows: (AccessWindow | undefined)[] };
  const principals = new Map<string, { member: ResolvedMember; roles: string[]; tasks: Map<string, Reach> }>();
  for (const role of roles) {
    for (const m of role.members) {
      const p = principals.get(m.key) ?? { member: m, roles: [] as string[], tasks: new Map<string, Reach>() };
      principals.set(m.key, p);
      p.roles.push(role.name);
      for (const a of roleTaskPaths(role, m.window)) {
        const e = p.tasks.get(a.task) ?? { standing: false, paths: [] as string[][], windows: [] };
        e.standing = e.standing || a.mode === 'standing';
        e.paths.push([...a.via]);
        e.windows.push(a.window);
        p.tasks.set(a.task, e);
      }
    }
  }
  return [...principals.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, p]) => ({
      key,
      member: p.member,
      roles: [...p.roles].sort(),
      tasks: [...p.tasks.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([task, e]): PrincipalTaskAccess => {
          const window = windowEnvelope(e.windows);
          return {
            task,
            mode: e.standing ? 'standing' : 'eligible',
            paths: e.paths.sort(),
            ...(window ? { window } : {}),
          };
        }),
    }));
}

/** Lookup helpers over a resolved model. */
export function indexModel(model: ResolvedModel): {
  /** Baselines by name. */
  baselines: Map<string, ResolvedBaseline>;
  /** Tasks by name. */
  tasks: Map<string, ResolvedTask>;
  /** Roles by name. */
  roles: Map<string, ResolvedRole>;
} {
  return {
    baselines: new Map(model.baselines.map((b) => [b.name, b])),
    tasks: new Map(model.tasks.map((t) => [t.name, t])),
    roles: new Map(model.roles.map((r) => [r.name, r])),
  };
}
