/** Rule `custom-role-wildcard`: a custom Azure role does not allow every action (`*`). */
import { notApplicable, type Rule, type Violation } from '../rule';

/** A custom role with `*` actions (or data actions) is flagged. */
export const customRoleWildcard: Rule = {
  id: 'custom-role-wildcard',
  level: 'error',
  suppressible: true,
  summary: 'a custom Azure role does not allow "*" (every action or data action)',
  source: 'the task-based access model: "Reduced permissions"',
  check(ctx) {
    const roles = ctx.model.customRoles;
    if (roles.length === 0) return notApplicable('no custom Azure role is declared');
    const out: Violation[] = [];
    roles.forEach((c) => {
      const at = ctx.model.paths?.customRoles[c.name] ?? 'customRoles';
      for (const field of ['actions', 'dataActions'] as const) {
        const list = c[field] ?? [];
        if (!list.includes('*')) continue;
        out.push({
          path: `${at}.${field}`,
          message: `custom role "${c.name}" allows every ${field === 'actions' ? 'action' : 'data action'} ("*")${(field === 'actions' ? c.notActions : c.notDataActions)?.length ? ' minus a few' : ''}: it is as broad as Owner`,
          value: list,
          fix: 'list the operations the role needs, e.g. Microsoft.Compute/virtualMachines/start/action',
        });
      }
    });
    return out;
  },
};
