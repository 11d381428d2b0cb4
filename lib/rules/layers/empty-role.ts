/** Rule `empty-role`: a role has members, or is inherited by a role that has; otherwise it grants nothing. */
import { rolePath } from '../paths';
import type { Rule } from '../rule';

/** Every role has members, or is inherited (directly or not) by a role with members. */
export const emptyRole: Rule = {
  id: 'empty-role',
  level: 'warning',
  suppressible: true,
  summary: 'every role has members, or is inherited by a role that has',
  source: 'the task-based access model: roles are reviewed quarterly: a role nobody holds is dead structure',
  check(ctx) {
    const inheritedByStaffed = new Set(ctx.model.roles.filter((r) => r.members.length > 0).flatMap((r) => r.inherits));
    return ctx.model.roles
      .filter((r) => r.members.length === 0 && !inheritedByStaffed.has(r.name))
      .map((r) => ({
        path: `${rolePath(r.name)}.members`,
        message: `${r.name} has no members and no role with members inherits it: its group, memberships and eligibilities are created, but nobody holds them`,
        value: [],
        fix: `add members to ${r.name}, inherit it from a staffed role, or remove it (suppress with a reason if members are added outside the definition)`,
      }));
  },
};
