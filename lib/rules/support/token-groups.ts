/**
 * Group counts per principal, as a token sees them: role groups, task groups and baseline groups are all
 * transitive memberships (nested groups count,
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-fed-group-claims). Shared by the token
 * rules: `token-group-limit` (workload identities, whose AKS sign-in fails past the limit) and `token-group-headroom`.
 */
import type { ResolvedPrincipal } from '../../model/resolved';
import type { RuleContext } from '../context';

/** How many groups a principal is in. */
export interface PrincipalGroupCount {
  readonly principal: ResolvedPrincipal;
  /** Groups with standing access only (plus `limits.groupsOutsideDefinition`). */
  readonly standing: number;
  /** Groups when every eligible task is active at once (plus `limits.groupsOutsideDefinition`). */
  readonly activated: number;
  /** Role, task and baseline groups in `activated`. */
  readonly roles: number;
  readonly tasks: number;
  readonly baselines: number;
}

const counted = new WeakMap<RuleContext, readonly PrincipalGroupCount[]>();

/**
 * The group count of every principal of the model, in principal order. Computed once per pack run: both token
 * rules read it.
 */
export function principalGroupCounts(ctx: RuleContext): readonly PrincipalGroupCount[] {
  const cached = counted.get(ctx);
  if (cached) return cached;
  const outside = ctx.options.limits.groupsOutsideDefinition;
  const counts = ctx.model.principals.map((p): PrincipalGroupCount => {
    let standingTasks = 0;
    let allTasks = 0;
    const standingBaselines = new Set<string>();
    const allBaselines = new Set<string>();
    for (const t of p.tasks) {
      const baselines = ctx.tasks.get(t.task)?.baselines ?? [];
      allTasks++;
      for (const b of baselines) allBaselines.add(b);
      if (t.mode === 'standing') {
        standingTasks++;
        for (const b of baselines) standingBaselines.add(b);
      }
    }
    return {
      principal: p,
      standing: p.roles.length + standingTasks + standingBaselines.size + outside,
      activated: p.roles.length + allTasks + allBaselines.size + outside,
      roles: p.roles.length,
      tasks: allTasks,
      baselines: allBaselines.size,
    };
  });
  counted.set(ctx, counts);
  return counts;
}

/** "3 roles, 12 tasks, 40 baselines (+5 outside the definition)". */
export function describeCount(c: PrincipalGroupCount, outside: number): string {
  return `${c.roles} role${c.roles === 1 ? '' : 's'}, ${c.tasks} task${c.tasks === 1 ? '' : 's'}, ${c.baselines} baseline${c.baselines === 1 ? '' : 's'}${outside ? ` +${outside} outside the definition` : ''}; ${c.standing} standing`;
}
