/**
 * Who is designated for exception (high-privilege) tasks: `rules.seniorApprovers` / `rules.securityNotifications`
 * when given (the checker's view), else the definition's `exceptions` settings (which resolution applies to the
 * tasks' policies).
 */
import { approverKey } from '../../model/approvers';
import type { RuleContext } from '../context';

/** The designated senior approvers (keys as {@link approverKey}) and where they come from, or undefined when none. */
export function designatedApprovers(
  ctx: RuleContext,
): { readonly keys: ReadonlySet<string>; readonly labels: readonly string[]; readonly from: string } | undefined {
  if (ctx.options.seniorApprovers.length > 0) {
    return {
      keys: new Set(ctx.options.seniorApprovers.map((s) => (s.startsWith('ROLE_') ? s : s.toLowerCase()))),
      labels: ctx.options.seniorApprovers,
      from: 'rules.seniorApprovers',
    };
  }
  const x = ctx.model.exceptions?.approvers ?? [];
  if (x.length === 0) return undefined;
  return {
    keys: new Set(x.map(approverKey)),
    labels: x.map((a) => (a.kind === 'role' ? a.role : (a.displayName ?? a.objectId))),
    from: 'exceptions.approvers',
  };
}

/** The security team addresses every exception activation must notify, and where they come from, or undefined. */
export function designatedNotifications(
  ctx: RuleContext,
): { readonly addresses: readonly string[]; readonly from: string } | undefined {
  if (ctx.options.securityNotifications.length > 0)
    return { addresses: ctx.options.securityNotifications, from: 'rules.securityNotifications' };
  const x = ctx.model.exceptions?.notify ?? [];
  return x.length > 0 ? { addresses: x, from: 'exceptions.notify' } : undefined;
}
