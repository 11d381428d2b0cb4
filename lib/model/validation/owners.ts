/** Rule `empty` for owners: an owner, when given, names someone. */
import { rolePath, taskPath, type ValidationContext } from './context';

/** Checks the `owner` of tasks and roles. */
export function checkOwners(ctx: ValidationContext): void {
  for (const t of ctx.definition.tasks) {
    if (t.owner !== undefined && t.owner.trim() === '')
      ctx.report(
        `${taskPath(t)}.owner`,
        'empty',
        'an owner names who answers for the task in access reviews, and this one is blank',
        t.owner,
        'give a person, team or address, e.g. "platform-team@contoso.com", or remove owner',
      );
  }
  for (const r of ctx.definition.roles) {
    if (r.owner !== undefined && r.owner.trim() === '')
      ctx.report(
        `${rolePath(r)}.owner`,
        'empty',
        'an owner names who answers for the role in access reviews, and this one is blank',
        r.owner,
        'give a person, team or address, e.g. "head-of-engineering@contoso.com", or remove owner',
      );
  }
}
