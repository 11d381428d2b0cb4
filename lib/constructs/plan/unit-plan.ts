/**
 * The plan of a model's units: for each unit (application, role, break-glass, monitoring, Conditional Access,
 * custom role, baseline, task, role link, VPN), every Terraform resource it will create, by type and name, and the
 * units it refers to, as plain data computed once from the resolved model. The constructs render exactly these
 * resources (buildAccessModel hands each construct its unit's plan; `renderAs` refuses an element of another type),
 * and stacks are sized from the plan (stack-units.ts), so what is built and what is counted can't drift
 * (test/constructs/unit-plan.test.ts compares them resource by resource).
 *
 * Not in the plan: the one read of the deploying identity per stack (`data.azuread_client_config`, group-owners.ts),
 * which belongs to the stack rather than to a unit and which `maxResourcesPerStack` deliberately doesn't count
 * (counting it would move every existing cut), and the `terraform_remote_state` reads cdktf adds for references
 * between stacks.
 */
import type { ResolvedModel, ResolvedTask } from '../../model/resolved';
import { roleAssignablePolicyTasks } from '../../model/role-assignable';
import { planMonitoring } from '../../monitoring/plan';
import {
  planApplication,
  planBreakGlass,
  planConditionalAccess,
  planCustomRole,
  planMonitoringUnit,
  planVpn,
  type ApplicationPlan,
  type BreakGlassPlan,
  type ConditionalAccessPlan,
  type CustomRolePlan,
  type MonitoringUnitPlan,
  type VpnPlan,
} from './directory-plans';
import { planBaseline, planRole, planTask, type BaselinePlan, type RolePlan, type TaskPlan } from './layer-plans';
import { planRoleLinks, roleAssignableOwners, type RoleLinkPlan } from './role-link-plan';
import type { UnitPlan } from './unit';

/** Every unit of a model with its resources. */
export interface AccessPlan {
  /** Every unit: applications, roles, break-glass, monitoring, Conditional Access, custom roles, baselines, tasks, role links, VPN. */
  readonly units: readonly UnitPlan[];
  /** Applications, by name, in the model's order. */
  readonly applications: ReadonlyMap<string, ApplicationPlan>;
  /** Roles, by name, in the model's order. */
  readonly roles: ReadonlyMap<string, RolePlan>;
  /** The break-glass accounts. */
  readonly breakGlass: BreakGlassPlan;
  /** The monitoring, when the definition has `monitoring`. */
  readonly monitoring?: MonitoringUnitPlan;
  /** The Conditional Access policies, when the model needs any. */
  readonly conditionalAccess?: ConditionalAccessPlan;
  /** Custom roles, by name, in the model's order. */
  readonly customRoles: ReadonlyMap<string, CustomRolePlan>;
  /** Baselines, by name, in the model's order. */
  readonly baselines: ReadonlyMap<string, BaselinePlan>;
  /** Tasks, by name, in the model's order. */
  readonly tasks: ReadonlyMap<string, TaskPlan>;
  /** Each role's links to its tasks (standing first, then eligible, in the role's order), by role name. */
  readonly roleLinks: ReadonlyMap<string, readonly RoleLinkPlan[]>;
  /** The VPN user groups, when the model has `vpn` and a baseline grants a pool. */
  readonly vpn?: VpnPlan;
}

/** Plans already made, by model: the stack plan and the build plan the same model once. */
const plans = new WeakMap<ResolvedModel, AccessPlan>();

/**
 * The plan of a resolved model, made once per model object. Plan the model the constructs see (the literal view
 * of literal-text.ts): names and hashes are those of its text.
 */
export function planUnits(model: ResolvedModel): AccessPlan {
  const known = plans.get(model);
  if (known) return known;
  const plan = makePlan(model);
  plans.set(model, plan);
  return plan;
}

/**
 * Drops the plan made for `model`, once its constructs are built: the plan would otherwise live as long as the model
 * (through the synthesis). Planning the model again makes a new one.
 */
export function forgetPlan(model: ResolvedModel): void {
  plans.delete(model);
}

function makePlan(model: ResolvedModel): AccessPlan {
  const units: UnitPlan[] = [];
  const add = <T extends UnitPlan>(unit: T): T => {
    units.push(unit);
    return unit;
  };
  const tasksByName = new Map(model.tasks.map((t) => [t.name, t]));
  const applications = new Map((model.applications ?? []).map((a) => [a.name, add(planApplication(a))]));
  const roles = new Map(model.roles.map((r) => [r.name, add(planRole(r))]));
  const breakGlass = add(planBreakGlass(model.breakGlass));
  const monitoringPlan = planMonitoring(model);
  const monitoring = monitoringPlan ? add(planMonitoringUnit(monitoringPlan)) : undefined;
  const caPolicies = model.conditionalAccessPolicies ?? [];
  const conditionalAccess = caPolicies.length > 0 ? add(planConditionalAccess(caPolicies)) : undefined;
  const customRoles = new Map(model.customRoles.map((c) => [c.name, add(planCustomRole(c))]));
  const policyTasks = roleAssignablePolicyTasks(model.tasks);
  const baselines = new Map(
    model.baselines.map((b) => [b.name, add(planBaseline(b, policyTasks.get(b.name) as ResolvedTask | undefined))]),
  );
  const tasks = new Map(model.tasks.map((t) => [t.name, add(planTask(t))]));
  const owners = roleAssignableOwners(model);
  const roleLinks = new Map(
    model.roles.map((r) => {
      const links = planRoleLinks(r, tasksByName, undefined, owners.get(r.name) ?? new Map<string, string[]>());
      links.forEach(add);
      return [r.name, links] as const;
    }),
  );
  const pools = model.baselines.filter((b) => b.grants.some((g) => g.kind === 'vpnPool'));
  const vpn = model.vpn && pools.length > 0 ? add(planVpn(pools)) : undefined;
  return {
    units,
    applications,
    roles,
    breakGlass,
    ...(monitoring ? { monitoring } : {}),
    ...(conditionalAccess ? { conditionalAccess } : {}),
    customRoles,
    baselines,
    tasks,
    roleLinks,
    ...(vpn ? { vpn } : {}),
  };
}
