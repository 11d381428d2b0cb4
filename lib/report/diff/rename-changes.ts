/**
 * Renames, said for what they do: group names and Terraform addresses derive from names, so Terraform deletes the
 * old group and creates a new one (a new object ID) with the same content. Access is recreated in the same apply,
 * but activations in progress end, PIM history stays with the deleted group, and a protected environment's group
 * carries `prevent_destroy`, so the plan fails until that is dealt with.
 */
import type { AccessChange } from './access-change';
import {
  change,
  membersOf,
  principalsHolding,
  principalsReaching,
  rolesHolding,
  rolesReaching,
  type DiffContext,
} from './diff-context';
import { renameRisk } from './risk';

const REPLACED =
  'a new group (new object ID) gets the same access in the same apply; activations in progress end, and PIM history stays with the deleted group';

const protectedNote = (environment: string | undefined, isProtected: boolean | undefined): string =>
  isProtected
    ? `; the old group is in protected environment ${environment}, whose groups carry prevent_destroy (unless preventDestroyProtected is false), so terraform plan fails until that is dealt with`
    : '';

/** The change for one rename: the same shape for roles, tasks and baselines. */
function renamed(
  kind: 'role-renamed' | 'task-renamed' | 'baseline-renamed',
  from: string,
  to: string,
  reason: string,
  roles: readonly string[],
  principals: readonly string[],
): AccessChange {
  return change({
    kind,
    risk: renameRisk().risk,
    subjectType: kind === 'role-renamed' ? 'role' : kind === 'task-renamed' ? 'task' : 'baseline',
    subject: to,
    before: from,
    after: to,
    summary: `${from} is renamed ${to}`,
    reason,
    roles,
    principals,
  });
}

/** One change per renamed role, task and baseline. */
export function renameChanges(ctx: DiffContext): AccessChange[] {
  const out: AccessChange[] = [];
  for (const [from, to] of ctx.renames.roles) {
    out.push(
      renamed(
        'role-renamed',
        from,
        to,
        `Terraform deletes group ${from} and creates ${to}: ${REPLACED}`,
        [to],
        membersOf(ctx, [to]),
      ),
    );
  }
  for (const [from, to] of ctx.renames.tasks) {
    const t = ctx.after.tasks.get(to);
    const reason = `Terraform deletes group ${from} and creates ${to}: ${REPLACED}${protectedNote(t?.environment, t?.protected)}`;
    out.push(renamed('task-renamed', from, to, reason, rolesHolding(ctx.after, to), principalsHolding(ctx.after, to)));
  }
  for (const [from, to] of ctx.renames.baselines) {
    const b = ctx.after.baselines.get(to);
    const reason = `Terraform deletes group ${from} with its role assignments and bindings and creates ${to} with new ones: ${REPLACED}${protectedNote(b?.environment, b?.protected)}`;
    out.push(
      renamed('baseline-renamed', from, to, reason, rolesReaching(ctx.after, to), principalsReaching(ctx.after, to)),
    );
  }
  return out;
}
