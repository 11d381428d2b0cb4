/**
 * Rule `two-step-activation`: warns for a just-in-time task that reaches a role-assignable baseline. Entra allows
 * no group as an active member of a role-assignable group ("Nesting is currently not supported for groups that can
 * be assigned to a role", https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept; "one
 * group can't be an active member of another group that is role-assignable",
 * https://learn.microsoft.com/entra/id-governance/privileged-identity-management/concept-pim-for-groups#privileged-identity-management-and-group-nesting),
 * so the task group can't nest it: each role holding the task is eligible for the baseline group itself
 * (RoleAccess), and a holder activates the task group and the baseline, each its own PIM request.
 */
import { taskPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';

const list = (xs: readonly string[]): string =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** A just-in-time task with role-assignable baselines takes more than one activation. */
export const twoStepActivation: Rule = {
  id: 'two-step-activation',
  level: 'warning',
  suppressible: true,
  summary:
    'a just-in-time task reaching a role-assignable baseline takes one PIM activation for the task and one per such baseline',
  source:
    'groups-concept (https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept) "Nesting is currently not supported for groups that can be assigned to a role"; PIM and group nesting (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/concept-pim-for-groups#privileged-identity-management-and-group-nesting)',
  check(ctx) {
    const tasks = ctx.model.tasks.filter((t) => t.jit && t.roleAssignableBaselines.length > 0);
    if (tasks.length === 0) return notApplicable('no just-in-time task reaches a role-assignable baseline');
    const out: Violation[] = [];
    for (const t of tasks) {
      const holders = ctx.model.roles.filter((r) => r.eligible.some((a) => a.task === t.name)).map((r) => r.name);
      if (holders.length === 0) continue;
      const ra = t.roleAssignableBaselines;
      const flagOnly = ra.filter((b) => !ctx.baselines.get(b)?.grants.some((g) => g.kind === 'directoryRole'));
      const directory = ra.filter((b) => !flagOnly.includes(b));
      const path = taskPath(t.name);
      const fixes = [
        ...(flagOnly.length > 0
          ? [
              `drop roleAssignable from ${list(flagOnly)} (no Entra directory role needs it), so ${t.name} nests ${flagOnly.length === 1 ? 'it' : 'them'} and one activation gives ${flagOnly.length === 1 ? 'its' : 'their'} grants`,
            ]
          : []),
        ...(directory.length > 0
          ? [
              `${list(directory)} hold${directory.length === 1 ? 's' : ''} an Entra directory role, which only a role-assignable group can: tell the holders (task-access explain ${holders[0]} and the access report list the activations), then suppress this warning at ${path} with that reason`,
            ]
          : []),
      ];
      out.push({
        path,
        message: `${t.name} reaches role-assignable ${list(ra)}, which its task group can't nest (Entra allows no group as an active member of a role-assignable group): ${list(holders)} activate${holders.length === 1 ? 's' : ''} ${ra.length + 1} groups for all of its access, ${list([t.name, ...ra])}, each its own PIM request`,
        value: ra,
        fix: fixes.join('; '),
      });
    }
    return out;
  },
};
