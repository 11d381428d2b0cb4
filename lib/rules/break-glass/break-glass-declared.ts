/** Rule `break-glass-declared`: the definition declares its break-glass accounts, so the other rules can check them. */
import type { Rule } from '../rule';

/** The definition declares break-glass accounts. */
export const breakGlassDeclared: Rule = {
  id: 'break-glass-declared',
  level: 'warning',
  suppressible: true,
  summary: 'the definition declares its break-glass accounts',
  source:
    'Manage emergency access accounts (https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access)',
  check(ctx) {
    if (ctx.model.breakGlass.length > 0) return [];
    return [
      {
        path: 'breakGlass',
        message:
          "no break-glass account is declared: the rule pack can't check that they exist, are kept out of roles and are excluded from Conditional Access",
        value: [],
        fix: "declare them: breakGlass: [{ objectId: '<id>' }, { objectId: '<id>' }]; if they are managed elsewhere, suppress this rule at path 'breakGlass' saying where",
      },
    ];
  },
};
