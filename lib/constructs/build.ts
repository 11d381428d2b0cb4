/**
 * Composition of the per-concern constructs from a resolved model into one or several scopes (stacks).
 * Placement: each environment's baselines, tasks, custom roles (those only it uses) and role->task links go to
 * that environment's scope (the VPN user groups go with the first pool's environment); role groups, their members,
 * custom roles shared by several environments, break-glass, monitoring and Conditional Access policies go to the
 * directory scope. References only point from
 * environment scopes to the directory scope, so split stacks never depend on each other in a cycle.
 *
 * What each construct creates comes from the model's unit plan (plan/unit-plan.ts), made once: the build walks the
 * plan and hands each construct its unit's plan, which stack sizing counts too.
 */
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { Approver } from '../model/definition';
import type { ResolvedModel, ResolvedTask } from '../model/resolved';
import { withoutDefinitionPaths } from '../model/definition-paths';
import { decodeLiteralText, literalView } from './literal-text';
import { BaselineGroup, type GroupJitPolicyApprovers } from './baseline-group';
import { BreakGlassAccounts } from './break-glass';
import { ConditionalAccessPolicies } from './conditional-access-policies';
import { CustomRole } from './custom-roles';
import { warnExpiringGrants, type ExpiryWarningOptions } from './expiry-warning';
import type { AccessProviders } from './providers';
import { RoleAccess } from './role-access';
import { RoleGroup } from './role-group';
import { SecurityMonitoring } from './security-monitoring';
import type { PlacementUnitRef } from './plan/unit';
import { forgetPlan, planUnits } from './plan/unit-plan';
import type { CustomRolePlan } from './plan/directory-plans';
import type { BaselinePlan, TaskPlan } from './plan/layer-plans';
import type { RoleLinkPlan } from './plan/role-link-plan';
import { TaskGroup } from './task-group';
import { VpnUserGroups } from './vpn-user-groups';
import { WorkloadApplication } from './workload-application';

/** A scope to build in and the providers it uses. */
export interface Placement {
  /** The construct (usually a stack) to create resources in. */
  readonly scope: Construct;
  /** The providers of that scope. */
  readonly providers: AccessProviders;
}

/** Options of the synthesis. */
export interface BuildOptions {
  /** `prevent_destroy` on groups of protected environments. @default true */
  readonly preventDestroyProtected?: boolean;
  /**
   * The warning (stderr) for time-bound grants that have expired or expire soon, and for eligibilities that last a
   * duration and have lapsed or lapse soon (dated with `definitionFile` or `lastChange`); `false` turns it off.
   * @default - on: the clock at synthesis, 14 days ahead
   */
  readonly expiryWarning?: ExpiryWarningOptions | false;
}

/** Everything built, by name. */
export interface BuiltAccessModel {
  /** Baseline constructs, by name (`BASE_...`). */
  readonly baselines: ReadonlyMap<string, BaselineGroup>;
  /** Task constructs, by name (`TASK_...`). */
  readonly tasks: ReadonlyMap<string, TaskGroup>;
  /** Role constructs, by name (`ROLE_...`). */
  readonly roles: ReadonlyMap<string, RoleGroup>;
  /** Custom Azure role definitions, by role name. */
  readonly customRoles: ReadonlyMap<string, CustomRole>;
  /** The break-glass assignments. */
  readonly breakGlass: BreakGlassAccounts;
  /** The VPN user groups, when a baseline grants a VPN pool. */
  readonly vpn?: VpnUserGroups;
  /** Pipeline and agent applications the library created, by name (in the directory scope). */
  readonly applications: ReadonlyMap<string, WorkloadApplication>;
  /** Alerts, saved searches and diagnostic setting, when the definition has `monitoring` (directory scope). */
  readonly monitoring?: SecurityMonitoring;
  /** The Conditional Access policies the model needs, when there are any (directory scope). */
  readonly conditionalAccess?: ConditionalAccessPolicies;
}

/**
 * Places one unit of the model (see stack-units.ts) when stacks are cut to a maximum size; without it, directory
 * units go to `directory` and the others to `environment(env)`.
 */
export type UnitPlacer = (unit: PlacementUnitRef) => Placement;

/**
 * Builds the model: `directory` holds roles and break-glass, `environment(env)` the rest; `placeUnit`, when
 * given, places each unit instead (a role's links to tasks may then land in several scopes).
 */
export function buildAccessModel(
  resolved: ResolvedModel,
  directoryPlacement: Placement,
  environmentPlacement: (env: string) => Placement,
  options: BuildOptions = {},
  unitPlacer?: UnitPlacer,
): BuiltAccessModel {
  const preventDestroy = options.preventDestroyProtected ?? true;
  warnExpiringGrants(resolved, options.expiryWarning);
  // The one seam of literal text (literal-text.ts): the constructs only see the model with its text encoded, and
  // every stack they build in decodes it after cdktf has resolved its tokens (unless nothing was encoded).
  const forConstructs = withoutDefinitionPaths(resolved);
  const model = literalView(forConstructs);
  const decoded = (p: Placement): Placement => {
    if (model !== forConstructs) decodeLiteralText(TerraformStack.of(p.scope));
    return p;
  };
  const directory = decoded(directoryPlacement);
  const environment = (env: string): Placement => decoded(environmentPlacement(env));
  const placeUnit: UnitPlacer | undefined = unitPlacer ? (unit) => decoded(unitPlacer(unit)) : undefined;
  const at = (unit: PlacementUnitRef, fallback: Placement): Placement => (placeUnit ? placeUnit(unit) : fallback);
  // One construct per environment in each scope, as the parent of that environment's units there.
  const envScopes = new Map<Construct, Map<string, Construct>>();
  const scopeIn = (place: Placement, env: string): Construct => {
    const byEnv = envScopes.get(place.scope) ?? new Map<string, Construct>();
    envScopes.set(place.scope, byEnv);
    const existing = byEnv.get(env);
    if (existing) return existing;
    const created = new Construct(place.scope, env);
    byEnv.set(env, created);
    return created;
  };
  const groupOwners = model.groupOwners;
  const plan = planUnits(model);
  const applications = new Map<string, WorkloadApplication>();
  for (const unit of plan.applications.values()) {
    const a = unit.application;
    const p = at(unit, directory);
    applications.set(
      a.name,
      new WorkloadApplication(p.scope, `app-${a.name}`, { application: a, provider: p.providers.azuread, plan: unit }),
    );
  }
  const roles = new Map<string, RoleGroup>();
  for (const unit of plan.roles.values()) {
    const r = unit.role;
    const p = at(unit, directory);
    roles.set(
      r.name,
      new RoleGroup(p.scope, r.name, { role: r, providers: p.providers, applications, groupOwners, plan: unit }),
    );
  }
  const bgPlace = at(plan.breakGlass, directory);
  const breakGlass = new BreakGlassAccounts(
    bgPlace.scope,
    'BREAK_GLASS',
    plan.breakGlass.accounts,
    bgPlace.providers,
    plan.breakGlass.resources,
  );
  const mon = plan.monitoring;
  const monPlace = mon ? at(mon, directory) : directory;
  const monitoring = mon
    ? new SecurityMonitoring(monPlace.scope, 'monitoring', {
        plan: mon.plan,
        provider: monPlace.providers.azurermMonitoring(mon.plan.settings),
        planned: mon,
      })
    : undefined;
  const ca = plan.conditionalAccess;
  const conditionalAccess = ca
    ? new ConditionalAccessPolicies(at(ca, directory).scope, 'conditional-access', {
        policies: ca.policies,
        roleGroupObjectId: (r) => (roles.get(r) as RoleGroup).group.objectId,
      })
    : undefined;

  const approversOf = (task: ResolvedTask): GroupJitPolicyApprovers =>
    (task.jit?.approvers ?? []).map((a: Approver) =>
      a.kind === 'role'
        ? { objectId: (roles.get(a.role) as RoleGroup).group.objectId, type: 'groupMembers' as const }
        : { objectId: a.objectId, type: a.kind === 'user' ? ('singleUser' as const) : ('groupMembers' as const) },
    );

  const customRoles = new Map<string, CustomRole>();
  const baselines = new Map<string, BaselineGroup>();
  const tasks = new Map<string, TaskGroup>();
  const tasksByName = new Map(model.tasks.map((t) => [t.name, t]));
  // A custom role used by one environment lives with it; one shared by several lives with the directory, so no
  // environment stack refers to another (split stacks would depend on each other, possibly in a cycle).
  const customEnvs = new Map<string, Set<string>>();
  for (const b of model.baselines)
    for (const g of b.grants)
      if (g.kind === 'azureCustomRole')
        customEnvs.set(g.roleName, (customEnvs.get(g.roleName) ?? new Set()).add(b.environment));
  for (const c of model.customRoles) {
    if ((customEnvs.get(c.name)?.size ?? 0) < 2) continue;
    const unit = plan.customRoles.get(c.name) as CustomRolePlan;
    const p = at(unit, directory);
    customRoles.set(
      c.name,
      new CustomRole(scopeIn(p, 'SHARED'), `custom-${c.name}`, c, p.providers.azurerm, unit.definition),
    );
  }

  const baselineGroups = new Map<string, GroupWithoutMembers>();
  for (const env of model.environments) {
    const place = environment(env.name);
    for (const c of model.customRoles) {
      const used = customEnvs.get(c.name);
      if (used?.size === 1 ? used.has(env.name) : !used && env.name === model.environments[0].name) {
        const unit = plan.customRoles.get(c.name) as CustomRolePlan;
        const p = at(unit, place);
        customRoles.set(
          c.name,
          new CustomRole(scopeIn(p, env.name), `custom-${c.name}`, c, p.providers.azurerm, unit.definition),
        );
      }
    }
    for (const b of model.baselines.filter((x) => x.environment === env.name)) {
      const unit = plan.baselines.get(b.name) as BaselinePlan;
      // The policy of a role-assignable baseline: the one of the task the plan took it from (lib/model/role-assignable.ts).
      const reach = unit.policyTask;
      const p = at(unit, place);
      baselines.set(
        b.name,
        new BaselineGroup(scopeIn(p, env.name), b.name, {
          baseline: b,
          providers: p.providers,
          customRoles,
          preventDestroy: preventDestroy && b.protected,
          groupOwners,
          plan: unit,
          ...(reach?.jit ? { jitPolicy: { policy: reach.jit, approvers: approversOf(reach) } } : {}),
        }),
      );
      baselineGroups.set(b.name, (baselines.get(b.name) as BaselineGroup).group);
    }
    const envTasks = new Map<string, TaskGroup>();
    for (const t of model.tasks.filter((x) => x.environment === env.name)) {
      const unit = plan.tasks.get(t.name) as TaskPlan;
      const p = at(unit, place);
      const tg = new TaskGroup(scopeIn(p, env.name), t.name, {
        task: t,
        providers: p.providers,
        baselineGroups,
        approvers: approversOf(t),
        preventDestroy: preventDestroy && t.protected,
        groupOwners,
        plan: unit,
      });
      tasks.set(t.name, tg);
      envTasks.set(t.name, tg);
    }
    for (const r of model.roles) {
      // The role's links to this environment's tasks, grouped by where each link is placed.
      const byPlace = new Map<Placement, { taskGroups: Map<string, TaskGroup>; links: RoleLinkPlan[] }>();
      for (const link of plan.roleLinks.get(r.name) ?? []) {
        const tg = envTasks.get(link.task.name);
        if (!tg) continue;
        const p = at(link, place);
        const here = byPlace.get(p) ?? { taskGroups: new Map<string, TaskGroup>(), links: [] };
        here.taskGroups.set(link.task.name, tg);
        here.links.push(link);
        byPlace.set(p, here);
      }
      for (const [p, here] of byPlace) {
        new RoleAccess(scopeIn(p, env.name), `access-${r.name}`, {
          role: r,
          roleGroup: (roles.get(r.name) as RoleGroup).group,
          tasks: tasksByName,
          taskGroups: here.taskGroups,
          baselineGroups: baselines,
          providers: p.providers,
          links: here.links,
        });
      }
    }
  }

  // The VPN user groups sit with the first pool's environment: they reference baseline groups, and the
  // directory scope must not reference environment scopes (split stacks would depend on each other).
  const vpnUnit = plan.vpn;
  const vpn =
    vpnUnit && model.vpn
      ? new VpnUserGroups(at(vpnUnit, environment(vpnUnit.environment as string)).scope, 'vpn', {
          pools: vpnUnit.pools.map((b) => ({
            baseline: b,
            groupObjectId: (baselines.get(b.name) as BaselineGroup).group.objectId,
          })),
          defaultAddressPrefixes: model.vpn.defaultAddressPrefixes,
          defaultGroupObjectId: model.vpn.defaultGroupObjectId,
        })
      : undefined;

  // Built: the plan is not needed again (8 MB per 4,000 groups, kept for the synthesis otherwise).
  forgetPlan(model);
  return {
    baselines,
    tasks,
    roles,
    customRoles,
    breakGlass,
    ...(vpn ? { vpn } : {}),
    applications,
    ...(monitoring ? { monitoring } : {}),
    ...(conditionalAccess ? { conditionalAccess } : {}),
  };
}
