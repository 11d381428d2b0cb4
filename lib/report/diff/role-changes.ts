/**
 * Roles added or removed, and the members of roles: who joins or leaves a role, and the window of time-bound
 * memberships.
 */
import type { ResolvedRole } from '../../model/resolved';
import { describeMember } from '../text';
import type { AccessChange } from './access-change';
import { change, principalsChangedOn, type DiffContext } from './diff-context';
import { highest, memberGainRisk, reductionRisk, taskGainRisk, type RiskAssessment } from './risk';
import { windowChanges } from './window-changes';

/** `2 members; standing TASK_A; just-in-time TASK_B, TASK_C`. */
function roleContent(role: ResolvedRole): string {
  const parts = [`${role.members.length} member${role.members.length === 1 ? '' : 's'}`];
  if (role.standing.length > 0) parts.push(`standing ${role.standing.map((a) => a.task).join(', ')}`);
  if (role.eligible.length > 0) parts.push(`just-in-time ${role.eligible.map((a) => a.task).join(', ')}`);
  return parts.join('; ');
}

/** Members of a role whose effective access to any of its tasks changed. */
function affectedMembers(ctx: DiffContext, role: ResolvedRole): string[] {
  const keys = role.members.map((m) => m.key);
  const tasks = [...role.standing, ...role.eligible].map((a) => a.task);
  return [...new Set(tasks.flatMap((t) => principalsChangedOn(ctx, keys, t)))];
}

function addedRole(ctx: DiffContext, role: ResolvedRole): AccessChange {
  const gains: RiskAssessment[] = [
    ...role.standing.map((a) => taskGainRisk(ctx.after, a.task, 'standing')),
    ...role.eligible.map((a) => taskGainRisk(ctx.after, a.task, 'eligible')),
    ...(role.members.length > 0 ? [memberGainRisk(ctx.after, role.name)] : []),
  ];
  const assessment = gains.length > 0 ? highest(...gains) : reductionRisk(`${role.name} holds no task`);
  return change({
    kind: 'role-added',
    risk: assessment.risk,
    subjectType: 'role',
    subject: role.name,
    after: roleContent(role),
    summary: `new role ${role.name}: ${roleContent(role)}`,
    reason: assessment.reason,
    roles: [role.name],
    principals: affectedMembers(ctx, role),
  });
}

function removedRole(ctx: DiffContext, role: ResolvedRole): AccessChange {
  return change({
    kind: 'role-removed',
    risk: 'low',
    subjectType: 'role',
    subject: role.name,
    before: roleContent(role),
    summary: `role ${role.name} is removed: its members lose what it gave them`,
    reason: 'access removed',
    roles: [role.name],
    principals: affectedMembers(ctx, role),
  });
}

function memberChanges(ctx: DiffContext, name: string): AccessChange[] {
  const before = new Map((ctx.before.roles.get(name)?.members ?? []).map((m) => [m.key, m]));
  const after = new Map((ctx.after.roles.get(name)?.members ?? []).map((m) => [m.key, m]));
  const out: AccessChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(key);
    const a = after.get(key);
    if (!b && a) {
      const risk = memberGainRisk(ctx.after, name);
      out.push(
        change({
          kind: 'member-added',
          risk: risk.risk,
          subjectType: 'role',
          subject: name,
          member: key,
          after: describeMember(a),
          summary: `${a.label} joins ${name}`,
          reason: risk.reason,
          roles: [name],
          principals: [key],
        }),
      );
    } else if (b && !a) {
      out.push(
        change({
          kind: 'member-removed',
          risk: 'low',
          subjectType: 'role',
          subject: name,
          member: key,
          before: describeMember(b),
          summary: `${b.label} leaves ${name}`,
          reason: 'access removed',
          roles: [name],
          principals: [key],
        }),
      );
    } else if (b && a) {
      for (const w of windowChanges(b.window, a.window)) {
        const risk: RiskAssessment = !w.widens
          ? reductionRisk('membership ends sooner or starts later')
          : w.kind === 'expiry-removed'
            ? highest({ risk: 'medium', reason: 'membership no longer expires' }, memberGainRisk(ctx.after, name))
            : {
                risk: 'medium',
                reason: w.kind === 'start-earlier' ? 'membership starts earlier' : 'membership lasts longer',
              };
        const what = {
          'expiry-removed': 'no longer expires',
          'expiry-extended': 'expires later',
          'expiry-added': 'now expires',
          'expiry-shortened': 'expires sooner',
          'start-earlier': 'starts earlier',
          'start-later': 'starts later',
        }[w.kind];
        out.push(
          change({
            kind: w.kind,
            risk: risk.risk,
            subjectType: 'role',
            subject: name,
            member: key,
            before: w.before,
            after: w.after,
            summary: `${a.label}'s membership of ${name} ${what} (${w.before} to ${w.after})`,
            reason: risk.reason,
            roles: [name],
            principals: [key],
          }),
        );
      }
    }
  }
  return out;
}

/** Roles added and removed (renames excepted), and member changes of the roles on both sides. */
export function roleChanges(ctx: DiffContext): AccessChange[] {
  const out: AccessChange[] = [];
  for (const [name, role] of ctx.after.roles) if (!ctx.before.roles.has(name)) out.push(addedRole(ctx, role));
  for (const [name, role] of ctx.before.roles) if (!ctx.after.roles.has(name)) out.push(removedRole(ctx, role));
  for (const name of [...ctx.after.roles.keys()].sort())
    if (ctx.before.roles.has(name)) out.push(...memberChanges(ctx, name));
  return out;
}
