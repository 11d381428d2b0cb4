/**
 * Rule `email-address`: every address PIM or an action group mails (a task's `jit.notifyOnActivation`, which becomes
 * the policy's `additional_recipients`, `exceptions.notify`, `monitoring.actionGroup.emails`) is one plain address.
 */
import { EMAIL_ADDRESS_FIX, emailAddressProblem } from '../email-address';
import { taskPath, type ValidationContext } from './context';

function checkList(ctx: ValidationContext, path: string, list: readonly string[] | undefined, what: string): void {
  (list ?? []).forEach((a, i) => {
    const why = emailAddressProblem(a);
    if (why !== undefined)
      ctx.report(`${path}[${i}]`, 'email-address', `not an e-mail address ${what}: ${why}`, a, EMAIL_ADDRESS_FIX);
  });
}

/** Checks every notification and alert address. */
export function checkEmailAddresses(ctx: ValidationContext): void {
  for (const t of ctx.definition.tasks)
    checkList(ctx, `${taskPath(t)}.jit.notifyOnActivation`, t.jit?.notifyOnActivation, 'PIM can notify');
  checkList(ctx, 'exceptions.notify', ctx.definition.exceptions?.notify, 'PIM can notify');
  checkList(
    ctx,
    'monitoring.actionGroup.emails',
    ctx.definition.monitoring?.actionGroup.emails,
    'an action group can mail',
  );
}
