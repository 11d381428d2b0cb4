/**
 * Rule `eligible-group-member`: warns for a group that is a member of a role holding eligible tasks. The role group
 * is the PIM principal (eligible for each task group); PIM documents activation for the role group's own active
 * members: "If a user is an active member of Group A, and Group A is an eligible member of Group B, the user can
 * activate their membership in Group B"
 * (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/concept-pim-for-groups#privileged-identity-management-and-group-nesting).
 * A user in a group that is itself a member of the role group is one level further, which Microsoft doesn't document
 * (the page above describes one level only), so those users may be unable to activate.
 */
import { memberPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

/** A role with eligible tasks has no group members. */
export const eligibleGroupMember: Rule = {
  id: 'eligible-group-member',
  level: 'warning',
  suppressible: true,
  summary:
    "a role holding eligible tasks has no group as a member (PIM documents activation for the role group's direct members)",
  source:
    'PIM and group nesting (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/concept-pim-for-groups#privileged-identity-management-and-group-nesting) "If a user is an active member of Group A, and Group A is an eligible member of Group B, the user can activate"; Microsoft documents that one level only',
  check(ctx) {
    if (!ctx.model.roles.some((r) => r.members.some((m) => m.kind === 'group')))
      return notApplicable('no role has a group as a member');
    const out: Violation[] = [];
    for (const r of ctx.model.roles) {
      if (r.eligible.length === 0) continue;
      for (const m of r.members) {
        if (m.kind !== 'group') continue;
        out.push({
          path: memberPath(ctx, r.name, m.key),
          message: `group ${m.label} is a member of ${r.name}, which holds eligible tasks (${r.eligible.map((e) => e.task).join(', ')}): PIM documents activation for the active members of the eligible group (${r.name}), not for the members of a group nested in it, so the people in ${m.label} may be unable to activate`,
          value: m.key,
          fix: `make the people user members of ${r.name} instead of the group (each gets the eligibility), or test activation as a member of ${m.label} in the tenant and suppress with the result`,
        });
      }
    }
    return out;
  },
};
