/** Rule `break-glass-count`: a definition that declares break-glass accounts declares at least two. */
import { notApplicable, type Rule } from '../rule';

/** At least two break-glass accounts. */
export const breakGlassCount: Rule = {
  id: 'break-glass-count',
  level: 'error',
  suppressible: false,
  summary: 'break-glass accounts come at least in pairs',
  source:
    'the task-based access model: "at least two such accounts"; Manage emergency access accounts (https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access)',
  check(ctx) {
    const n = ctx.model.breakGlass.length;
    if (n === 0) return notApplicable('no break-glass account is declared (see break-glass-declared)');
    if (n >= 2) return [];
    return [
      {
        path: 'breakGlass',
        message: `only ${n} break-glass account is declared: if it is locked out or its credential is lost, nobody can recover the tenant`,
        value: ctx.model.breakGlass.map((b) => b.displayName ?? b.objectId),
        fix: 'declare a second cloud-only emergency account (a different credential, stored apart)',
      },
    ];
  },
};
