/**
 * Rules `activation-duration`, `jit-policy`, `jit-policy-missing`, `approver-lockout`: just-in-time policies
 * PIM will accept, present on every task a role holds as eligible, with someone able to approve.
 */
import { activationDurationProblem } from '../duration';
import { taskName } from '../names';
import { heldTaskName } from '../time-bounds';
import { rolePath, taskPath, type ValidationContext } from './context';

/** Checks every JIT policy and that eligible tasks have one. */
export function checkPolicies(ctx: ValidationContext): void {
  const d = ctx.definition;
  const def = d.settings?.defaultMaximumActivation;
  if (def !== undefined) {
    const why = activationDurationProblem(def);
    if (why)
      ctx.report(
        'settings.defaultMaximumActivation',
        'activation-duration',
        `the default maximum activation ${why}`,
        def,
        'use PT30M to PT23H30M in 30-minute steps, or P1D; e.g. PT4H',
      );
  }
  for (const t of d.tasks) {
    const jit = t.jit;
    if (!jit) continue;
    const p = `${taskPath(t)}.jit`;
    if (jit.maximumActivation !== undefined) {
      const why = activationDurationProblem(jit.maximumActivation);
      if (why)
        ctx.report(
          `${p}.maximumActivation`,
          'activation-duration',
          `the maximum activation ${why}`,
          jit.maximumActivation,
          'use PT30M to PT23H30M in 30-minute steps, or P1D; e.g. PT4H',
        );
    }
    if (jit.authenticationContext !== undefined) {
      if (jit.requireMfa === true) {
        ctx.report(
          `${p}.requireMfa`,
          'jit-policy',
          'PIM takes MFA or a Conditional Access authentication context on activation, not both',
          { requireMfa: true, authenticationContext: jit.authenticationContext },
          'drop requireMfa (the authentication context policy requires the strength you want), or drop authenticationContext',
        );
      }
      if (!/^c([1-9]|[1-9][0-9])$/.test(jit.authenticationContext)) {
        ctx.report(
          `${p}.authenticationContext`,
          'jit-policy',
          'an authentication context ID is c1 to c99',
          jit.authenticationContext,
          'use the ID of the authentication context, e.g. "c1"',
        );
      }
    }
    const approvers = jit.approvers ?? [];
    if (
      approvers.length > 0 &&
      approvers.every(
        (a) => a.kind === 'role' && (ctx.roles.get(a.role)?.members ?? []).length === 0 && ctx.roles.has(a.role),
      )
    ) {
      ctx.report(
        `${p}.approvers`,
        'approver-lockout',
        'every approver is a role with no members: no one could approve an activation, so the task would be locked',
        approvers.map((a) => (a.kind === 'role' ? a.role : a.objectId)),
        'add members to the approving role, or add a user or group approver',
      );
    }
    if (jit.approvers !== undefined && jit.approvers.length === 0) {
      ctx.report(
        `${p}.approvers`,
        'jit-policy',
        'an empty approver list is ambiguous: approval with nobody to approve would lock the task',
        [],
        'list at least one approver, or remove approvers to turn approval off',
      );
    }
  }
  for (const r of d.roles) {
    (r.eligible ?? []).map(heldTaskName).forEach((n, i) => {
      const t = ctx.tasks.get(n);
      if (t && !t.jit) {
        ctx.report(
          `${rolePath(r)}.eligible[${i}]`,
          'jit-policy-missing',
          `task ${taskName(t)} is eligible in ${rolePath(r).slice(6)} but has no just-in-time policy (the task-based access model limits every activation in time)`,
          n,
          `add jit: { maximumActivation: "PT4H" } (or your policy) to ${taskName(t)}, or make the task standing`,
        );
      }
    });
  }
}
