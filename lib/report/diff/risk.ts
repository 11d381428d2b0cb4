/**
 * How risky an access change is: the classification of `task-access diff`, one function per rule of docs/diff.md
 * table ("Access diff for plan review"). Whether a task or grant writes comes from the model
 * (lib/model/privilege.ts), as for the rule pack's `standing-protected-write`.
 */
import { baselineWrites, grantWrites, taskWrites } from '../../model/privilege';
import type { ResolvedGrant } from '../../model/resolved';
import type { AccessMode } from '../access-matrix';
import { baselineHoldings, holdersOf, type ModelView } from './model-view';

/** How risky a change is: `high` needs a second look before merging, `low` only removes or narrows access. */
export type AccessRisk = 'high' | 'medium' | 'low';

/** Every risk, highest first. */
export const ACCESS_RISKS: readonly AccessRisk[] = ['high', 'medium', 'low'];

/** A risk and why. */
export interface RiskAssessment {
  /** The risk. */
  readonly risk: AccessRisk;
  /** Why, in words. */
  readonly reason: string;
}

/** True for `high`, `medium` or `low`. */
export function isAccessRisk(value: string): value is AccessRisk {
  return (ACCESS_RISKS as readonly string[]).includes(value);
}

/** Orders risks highest first (a negative number when `a` is higher). */
export function compareRisk(a: AccessRisk, b: AccessRisk): number {
  return ACCESS_RISKS.indexOf(a) - ACCESS_RISKS.indexOf(b);
}

/** True when `risk` is `level` or higher (`--fail-on`). */
export function riskAtLeast(risk: AccessRisk, level: AccessRisk): boolean {
  return compareRisk(risk, level) <= 0;
}

/** The highest of the assessments (the first one on a tie). */
export function highest(...assessments: readonly RiskAssessment[]): RiskAssessment {
  return assessments.reduce((best, a) => (compareRisk(a.risk, best.risk) < 0 ? a : best));
}

const low = (reason: string): RiskAssessment => ({ risk: 'low', reason });
const medium = (reason: string): RiskAssessment => ({ risk: 'medium', reason });
const high = (reason: string): RiskAssessment => ({ risk: 'high', reason });

/** Low: the change only removes or narrows access, or adds a control. */
export function reductionRisk(what: string): RiskAssessment {
  return low(what);
}

/**
 * A role newly holds a task in a mode (a new holding, or just-in-time to standing): high for an exception task,
 * or standing access to a task that writes in a protected environment; medium otherwise (new access).
 */
export function taskGainRisk(after: ModelView, task: string, mode: AccessMode): RiskAssessment {
  const t = after.tasks.get(task);
  if (t?.highPrivilege) return high(`${task} is an exception (high-privilege) task`);
  if (mode === 'standing' && t?.protected) {
    const w = taskWrites(after, task);
    if (w.writes) return high(`standing write access in protected environment ${t.environment} (${w.reason})`);
  }
  return medium(mode === 'standing' ? 'new standing access' : 'new just-in-time access');
}

/**
 * Why a role is high-privilege: it holds (standing or just in time) an exception task or a task that writes in a
 * protected environment. Undefined when it is not.
 */
export function highPrivilegeRole(after: ModelView, role: string): string | undefined {
  const held = after.holdings.get(role);
  if (!held) return undefined;
  for (const h of [...held.values()].sort((a, b) => (a.task < b.task ? -1 : 1))) {
    const t = after.tasks.get(h.task);
    if (t?.highPrivilege) return `${role} holds exception task ${h.task}`;
  }
  for (const h of [...held.values()].sort((a, b) => (a.task < b.task ? -1 : 1))) {
    const t = after.tasks.get(h.task);
    if (t?.protected && taskWrites(after, h.task).writes)
      return `${role} holds ${h.task}, which writes in protected environment ${t.environment}`;
  }
  return undefined;
}

/** A new member of a role: high for a high-privilege role, medium when the role holds any task, low otherwise. */
export function memberGainRisk(after: ModelView, role: string): RiskAssessment {
  const why = highPrivilegeRole(after, role);
  if (why) return high(`new member of a high-privilege role: ${why}`);
  const count = after.holdings.get(role)?.size ?? 0;
  return count > 0
    ? medium(`new access to the ${count} task${count === 1 ? '' : 's'} of ${role}`)
    : low(`${role} holds no task`);
}

/**
 * A grant newly reached through a baseline (a grant added or changed, a baseline added to a task, a custom role
 * widened): high when it writes and is reached standing in a protected environment or through an exception task;
 * medium when any role reaches it; low when none does (nobody gains anything yet).
 */
export function reachGainRisk(
  after: ModelView,
  baseline: string,
  writes: string | undefined,
  holdings = baselineHoldings(after, baseline),
): RiskAssessment {
  if (holdings.length === 0) return low(`no role reaches ${baseline}`);
  const b = after.baselines.get(baseline);
  if (writes !== undefined) {
    const exception = holdings.find((h) => after.tasks.get(h.task)?.highPrivilege);
    if (exception) return high(`writes (${writes}), reached through exception task ${exception.task}`);
    const standing = holdings.find((h) => h.mode === 'standing');
    if (b?.protected && standing)
      return high(
        `standing write access in protected environment ${b.environment} (${writes}), held by ${standing.role} through ${standing.task}`,
      );
  }
  const roles = [...new Set(holdings.map((h) => h.role))];
  return medium(`new access for ${roles.join(', ')}`);
}

/** Why a grant writes (`grantWrites`), or undefined. */
export function grantWritesWhy(after: ModelView, grant: ResolvedGrant): string | undefined {
  return grantWrites(grant, after.model);
}

/** Why a baseline writes (`baselineWrites`), or undefined. */
export function baselineWritesWhy(after: ModelView, baseline: string): string | undefined {
  const b = after.baselines.get(baseline);
  return b ? baselineWrites(b, after.model) : undefined;
}

/** Roles holding a task just in time on either side: the roles a policy change applies to, sorted. */
export function eligibleHolders(before: ModelView, after: ModelView, task: string): string[] {
  const roles = [...holdersOf(before, task), ...holdersOf(after, task)]
    .filter((h) => h.mode === 'eligible')
    .map((h) => h.role);
  return [...new Set(roles)].sort();
}

/**
 * A weaker just-in-time policy: `weakened` applies unless no role holds the task just in time on either side, when
 * the policy governs no activation (low).
 */
export function policyRisk(governs: readonly string[], task: string, weakened: RiskAssessment): RiskAssessment {
  if (governs.length === 0) return low(`no role holds ${task} just in time: the policy governs no activation`);
  return weakened;
}

/** Approval removed: high on a task of a protected environment or an exception task, medium otherwise. */
export function approvalRemovedRisk(after: ModelView, task: string): RiskAssessment {
  const t = after.tasks.get(task);
  if (t?.highPrivilege) return high('activation of an exception task no longer needs approval');
  if (t?.protected) return high(`activation in protected environment ${t.environment} no longer needs approval`);
  return medium('activation no longer needs approval');
}

/** MFA (or the authentication context) removed from activation: high. */
export function mfaRemovedRisk(): RiskAssessment {
  return high('activation no longer requires MFA or an authentication context');
}

/** Maximum activation raised: high above the limit (the rule pack's `jit-max-activation`), medium within it. */
export function activationRaisedRisk(afterMinutes: number, limit: string, limitMinutes: number): RiskAssessment {
  return afterMinutes > limitMinutes
    ? high(`longer than the limit ${limit} (rule jit-max-activation)`)
    : medium(`longer activation, within the limit ${limit}`);
}

/** A weaker control that stays within policy (approvers, justification, ticket, notification, expiry): medium. */
export function weakerControlRisk(what: string): RiskAssessment {
  return medium(what);
}

/** A group replaced under a new name: medium (the change's reason says what happens). */
export function renameRisk(): RiskAssessment {
  return medium('the group is replaced');
}

/** Any break-glass change: high. */
export function breakGlassRisk(added: boolean): RiskAssessment {
  return high(
    added
      ? 'a new permanent Global Administrator outside PIM'
      : 'one emergency access account fewer: check the remaining ones can still reach the tenant',
  );
}

/**
 * A new federated credential on an application: whoever presents the trusted token acts as the application. High
 * when the application is a member of a high-privilege role, medium when its roles hold any task, low otherwise.
 */
export function credentialGainRisk(after: ModelView, roles: readonly string[]): RiskAssessment {
  for (const r of roles) {
    const why = highPrivilegeRole(after, r);
    if (why) return high(`a new workload can act as a member of a high-privilege role: ${why}`);
  }
  const tasks = roles.reduce((n, r) => n + (after.holdings.get(r)?.size ?? 0), 0);
  return tasks > 0
    ? medium(`a new workload can act with the access of ${roles.join(', ')}`)
    : low('its roles hold no task');
}

/**
 * Someone new owns every group the library creates (an owner added, or another deploying identity). An owner can
 * change the group object, its members included ("The owners are a set of users or service principals who are
 * allowed to modify the group object", https://learn.microsoft.com/graph/api/group-post-owners), and assign its PIM
 * membership, even of a role-assignable group
 * (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-assign-member-owner): it can
 * give anyone, itself included, any access of the model, standing and unapproved, outside the definition. High when
 * that reaches an exception task, a task that writes in a protected environment or a directory role; medium when
 * there is any task; low otherwise.
 */
export function groupOwnerGainRisk(after: ModelView): RiskAssessment {
  const can = 'an owner of every group can add members to any of them, outside PIM and approval';
  const tasks = [...after.tasks.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const exception = tasks.find((t) => t.highPrivilege);
  if (exception) return high(`${can}: exception task ${exception.name} included`);
  const write = tasks.find((t) => t.protected && taskWrites(after, t.name).writes);
  if (write) return high(`${can}: ${write.name} included, which writes in protected environment ${write.environment}`);
  const baselines = [...after.baselines.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const directory = baselines.find((b) => b.roleAssignable);
  if (directory) return high(`${can}: role-assignable ${directory.name} included, which holds a directory role`);
  return tasks.length > 0
    ? medium(`${can}: the ${tasks.length} task group${tasks.length === 1 ? '' : 's'} included`)
    : low('the model has no task group');
}
