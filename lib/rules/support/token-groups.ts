/**
 * Group counts per principal, as a token sees them: role groups, task groups and baseline groups are all
 * transitive memberships (platform-facts 1: nested groups count,
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

/** The group count of every principal of the model, in principal order. */
export function principalGroupCounts(ctx: RuleContext): readonly PrincipalGroupCount[] {
  const outside = ctx.options.limits.groupsOutsideDefinition;
  return ctx.model.principals.map((p) => {
    const count = (modes: readonly string[]) => {
      const tasks = p.tasks.filter((t) => modes.includes(t.mode)).map((t) => t.task);
      const baselines = new Set(tasks.flatMap((t) => ctx.tasks.get(t)?.baselines ?? []));
      return {
        tasks: tasks.length,
        baselines: baselines.size,
        total: p.roles.length + tasks.length + baselines.size + outside,
      };
    };
    const standing = count(['standing']);
    const all = count(['standing', 'eligible']);
    return {
      principal: p,
      standing: standing.total,
      activated: all.total,
      roles: p.roles.length,
      tasks: all.tasks,
      baselines: all.baselines,
    };
  });
}

/** "3 roles, 12 tasks, 40 baselines (+5 outside the definition)". */
export function describeCount(c: PrincipalGroupCount, outside: number): string {
  return `${c.roles} role${c.roles === 1 ? '' : 's'}, ${c.tasks} task${c.tasks === 1 ? '' : 's'}, ${c.baselines} baseline${c.baselines === 1 ? '' : 's'}${outside ? ` +${outside} outside the definition` : ''}; ${c.standing} standing`;
}
