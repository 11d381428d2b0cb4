/**
 * Rule `role-assignable-group-owner`: no owner besides the deploying identity on a role-assignable group. Every
 * group the library creates is owned by the deploying identity and by `settings.groupOwners` (group-owners.ts), and
 * an owner of a role-assignable group decides who holds its directory roles: "By default, only Global
 * Administrators and Privileged Role Administrators can manage the membership of a role-assignable group, but you
 * can delegate the management of role-assignable groups by adding group owners"
 * (https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept), and an owner may assign
 * the group's PIM eligible and active membership
 * (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-assign-member-owner). That is
 * standing, unapproved access to the roles, outside the definition. An error: suppress it, with the reason, for an
 * owner that must stay (an emergency account that is Global Administrator already, say).
 */
import { notApplicable, type Rule, type Violation } from '../rule';

/** How many groups a message names before `and N more`. */
const NAMED = 5;

/** Owners in `settings.groupOwners` own every role-assignable group too. */
export const roleAssignableGroupOwner: Rule = {
  id: 'role-assignable-group-owner',
  level: 'error',
  suppressible: true,
  summary:
    'no owner besides the deploying identity (`settings.groupOwners`) on a role-assignable group: an owner decides who holds its directory roles, outside PIM and the definition',
  source:
    'sensitive access just in time, approved; groups-concept (https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept) "delegate the management of role-assignable groups by adding group owners"; groups-assign-member-owner (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-assign-member-owner)',
  check(ctx) {
    const groups = ctx.model.baselines.filter((b) => b.roleAssignable);
    if (groups.length === 0) return notApplicable('no baseline is role-assignable');
    const named = groups.slice(0, NAMED).map((b) => {
      const roles = b.grants.flatMap((g) => (g.kind === 'directoryRole' ? [g.roleName] : []));
      return roles.length > 0 ? `${b.name} (${roles.join(', ')})` : b.name;
    });
    const which = `${named.join(', ')}${groups.length > NAMED ? ` and ${groups.length - NAMED} more` : ''}`;
    const out: Violation[] = [];
    // Each owner as declared; a model without paths (read back from access-model.json) has them lower-cased.
    const declared =
      ctx.model.paths?.groupOwners ??
      (ctx.model.groupOwners?.additional ?? []).map((id) => ({ path: 'settings.groupOwners', id }));
    declared.forEach(({ path, id: owner }) => {
      out.push({
        path,
        message:
          `${owner} would own every role-assignable group: ${which}. An owner manages such a group's members and ` +
          'PIM assignments, so it can make itself or anyone a member, with the directory roles, standing and unapproved, outside the definition',
        value: owner,
        fix:
          'remove it from settings.groupOwners: the deploying identity owns every group already, and Privileged Role ' +
          `Administrators manage role-assignable groups without owning them; if it must own them, suppress role-assignable-group-owner at ${path} saying why`,
      });
    });
    return out;
  },
};
