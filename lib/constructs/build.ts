/**
 * Composition of the per-concern constructs from a resolved model into one or several scopes (stacks).
 * Placement: each environment's baselines, tasks, custom roles and role->task links go to that environment's
 * scope (the VPN user groups go with the first pool's environment); role groups, their members and
 * break-glass go to the directory scope. References only point from
 * environment scopes to the directory scope, so split stacks never depend on each other in a cycle.
 */
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { Construct } from 'constructs';
import type { Approver } from '../model/definition';
import type { ResolvedModel, ResolvedTask } from '../model/resolved';
import { BaselineGroup, type GroupJitPolicyApprovers } from './baseline-group';
import { BreakGlassAccounts } from './break-glass';
import { CustomRole } from './custom-roles';
import type { AccessProviders } from './providers';
import { RoleAccess } from './role-access';
import { RoleGroup } from './role-group';
import { TaskGroup } from './task-group';
import { VpnUserGroups } from './vpn-user-groups';

/** A scope to build in and the providers it uses. */
export interface Placement {
  readonly scope: Construct;
  readonly providers: AccessProviders;
}

/** Options of the synthesis. */
export interface BuildOptions {
  /** `prevent_destroy` on groups of protected environments. @default true */
  readonly preventDestroyProtected?: boolean;
}

/** Everything built, by name. */
export interface BuiltAccessModel {
  readonly baselines: ReadonlyMap<string, BaselineGroup>;
  readonly tasks: ReadonlyMap<string, TaskGroup>;
  readonly roles: ReadonlyMap<string, RoleGroup>;
  readonly customRoles: ReadonlyMap<string, CustomRole>;
  readonly breakGlass: BreakGlassAccounts;
  readonly vpn?: VpnUserGroups;
}

/** Builds the model: `directory` holds roles and break-glass, `environment(env)` the rest. */
export function buildAccessModel(
  model: ResolvedModel,
  directory: Placement,
  environment: (env: string) => Placement,
  options: BuildOptions = {},
): BuiltAccessModel {
  const preventDestroy = options.preventDestroyProtected ?? true;
  const roles = new Map<string, RoleGroup>();
  for (const r of model.roles) {
    roles.set(r.name, new RoleGroup(directory.scope, r.name, { role: r, providers: directory.providers }));
  }
  const breakGlass = new BreakGlassAccounts(directory.scope, 'BREAK_GLASS', model.breakGlass, directory.providers);

  const approversOf = (task: ResolvedTask): GroupJitPolicyApprovers =>
    (task.jit?.approvers ?? []).map((a: Approver) =>
      a.kind === 'role'
        ? { objectId: (roles.get(a.role) as RoleGroup).group.objectId, type: 'groupMembers' as const }
        : { objectId: a.objectId, type: a.kind === 'user' ? ('singleUser' as const) : ('groupMembers' as const) },
    );

  // The policy of a role-assignable baseline is the one of the first (by name) JIT task reaching it;
  // validation guarantees every such task has the same policy.
  const raPolicy = new Map<string, ResolvedTask>();
  for (const t of model.tasks) for (const b of t.roleAssignableBaselines) if (t.jit && !raPolicy.has(b)) raPolicy.set(b, t);

  const customRoles = new Map<string, CustomRole>();
  const baselines = new Map<string, BaselineGroup>();
  const tasks = new Map<string, TaskGroup>();
  const tasksByName = new Map(model.tasks.map((t) => [t.name, t]));
  const customEnv = new Map<string, string>();
  for (const b of model.baselines) for (const g of b.grants) if (g.kind === 'azureCustomRole' && !customEnv.has(g.roleName)) customEnv.set(g.roleName, b.environment);

  for (const env of model.environments) {
    const place = environment(env.name);
    const envScope = new Construct(place.scope, env.name);
    for (const c of model.customRoles) {
      if ((customEnv.get(c.name) ?? model.environments[0].name) === env.name) {
        customRoles.set(c.name, new CustomRole(envScope, `custom-${c.name}`, c, place.providers.azurerm));
      }
    }
    for (const b of model.baselines.filter((x) => x.environment === env.name)) {
      const reach = raPolicy.get(b.name);
      baselines.set(
        b.name,
        new BaselineGroup(envScope, b.name, {
          baseline: b,
          providers: place.providers,
          customRoles,
          preventDestroy: preventDestroy && b.protected,
          ...(reach?.jit ? { jitPolicy: { policy: reach.jit, approvers: approversOf(reach) } } : {}),
        }),
      );
    }
    const envTasks = new Map<string, TaskGroup>();
    const baselineGroups = new Map<string, GroupWithoutMembers>([...baselines].map(([n, bg]) => [n, bg.group]));
    for (const t of model.tasks.filter((x) => x.environment === env.name)) {
      const tg = new TaskGroup(envScope, t.name, {
        task: t,
        providers: place.providers,
        baselineGroups,
        approvers: approversOf(t),
        preventDestroy: preventDestroy && t.protected,
      });
      tasks.set(t.name, tg);
      envTasks.set(t.name, tg);
    }
    for (const r of model.roles) {
      const touches = [...r.standing, ...r.eligible].some((a) => envTasks.has(a.task));
      if (!touches) continue;
      new RoleAccess(envScope, `access-${r.name}`, {
        role: r,
        roleGroup: (roles.get(r.name) as RoleGroup).group,
        tasks: tasksByName,
        taskGroups: envTasks,
        baselineGroups: baselines,
        providers: place.providers,
      });
    }
  }

  const pools = model.baselines
    .filter((b) => b.grants.some((g) => g.kind === 'vpnPool'))
    .map((b) => ({ baseline: b, groupObjectId: (baselines.get(b.name) as BaselineGroup).group.objectId }));
  // The VPN user groups sit with the first pool's environment: they reference baseline groups, and the
  // directory scope must not reference environment scopes (split stacks would depend on each other).
  const vpn =
    model.vpn && pools.length > 0
      ? new VpnUserGroups(environment(pools[0].baseline.environment).scope, 'vpn', {
          pools,
          defaultAddressPrefixes: model.vpn.defaultAddressPrefixes,
          defaultGroupObjectId: model.vpn.defaultGroupObjectId,
        })
      : undefined;

  return { baselines, tasks, roles, customRoles, breakGlass, ...(vpn ? { vpn } : {}) };
}
