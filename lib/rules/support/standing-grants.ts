/** Standing grants of a role: what each task a role declares standing reaches. Shared by the `standing-*` rules. */
import type { ResolvedGrant } from '../../model/resolved';
import type { RuleContext } from '../context';
import { heldPath } from '../paths';
import type { Violation } from '../rule';

/**
 * For every role and every task it declares standing itself (inherited ones are reported at the role that
 * declares them), the grants matching `match`; one violation per role and task, built by `describe`.
 */
export function standingGrantViolations(
  ctx: RuleContext,
  match: (g: ResolvedGrant) => string | undefined,
  describe: (role: string, task: string, hits: readonly string[]) => Omit<Violation, 'path'>,
): Violation[] {
  const out: Violation[] = [];
  for (const r of ctx.model.roles) {
    for (const s of r.standing) {
      if (s.via.length !== 1) continue;
      const hits: string[] = [];
      for (const b of ctx.tasks.get(s.task)?.baselines ?? []) {
        for (const g of ctx.baselines.get(b)?.grants ?? []) {
          const what = match(g);
          if (what !== undefined && !hits.includes(`${b} (${what})`)) hits.push(`${b} (${what})`);
        }
      }
      if (hits.length > 0)
        out.push({ path: heldPath(ctx, r.name, 'standing', s.task), ...describe(r.name, s.task, hits) });
    }
  }
  return out;
}
