/**
 * Rule `separation-of-duties`: no role, and no principal through several roles, holds both tasks of a pair in
 * `rules.separationOfDuties`, standing or eligible (inheritance included).
 */
import type { PrincipalTaskAccess, TaskAccess } from '../../model/resolved';
import { memberPath, rolePath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

const mode = (standing: readonly TaskAccess[], task: string): string =>
  standing.some((s) => s.task === task) ? 'standing' : 'eligible';
const principalMode = (tasks: readonly PrincipalTaskAccess[], task: string): string =>
  tasks.find((t) => t.task === task)?.mode ?? 'eligible';

/** Configured task pairs are never held together. */
export const separationOfDuties: Rule = {
  id: 'separation-of-duties',
  level: 'error',
  suppressible: true,
  summary: 'no role or principal holds both tasks of a separation-of-duties pair (rules.separationOfDuties)',
  source: 'the task-based access model: "Separation of Duties: Avoid overlap"',
  check(ctx) {
    const pairs = ctx.options.separationOfDuties;
    if (pairs.length === 0)
      return notApplicable('no separation-of-duties pair is configured (rules.separationOfDuties)');
    const out: Violation[] = [];
    for (const [a, b] of pairs) {
      const byRole = new Set<string>();
      for (const r of ctx.model.roles) {
        const held = new Set([...r.standing, ...r.eligible].map((x) => x.task));
        if (!held.has(a) || !held.has(b)) continue;
        byRole.add(r.name);
        out.push({
          path: rolePath(r.name),
          message: `${r.name} holds ${a} (${mode(r.standing, a)}) and ${b} (${mode(r.standing, b)}), which must be held apart`,
          value: [a, b],
          fix: `give ${a} and ${b} to different roles, with different members`,
        });
      }
      for (const p of ctx.model.principals) {
        const tasks = new Set(p.tasks.map((t) => t.task));
        if (!tasks.has(a) || !tasks.has(b) || p.roles.some((r) => byRole.has(r))) continue;
        out.push({
          path: memberPath(ctx, p.roles[0], p.key),
          message: `${p.member.label} holds ${a} (${principalMode(p.tasks, a)}) and ${b} (${principalMode(p.tasks, b)}) through roles ${p.roles.join(', ')}, and they must be held apart`,
          value: [a, b],
          fix: `remove ${p.member.label} from one of the roles that give ${a} or ${b}`,
        });
      }
    }
    return out;
  },
};
