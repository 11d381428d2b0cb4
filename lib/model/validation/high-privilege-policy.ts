/**
 * Rule `exception-policy` (and `unknown-reference`, `object-id`, `approver-lockout` for its approvers): the
 * `exceptions` settings are complete, and the high-privilege tasks they apply to don't contradict them.
 */
import { approverKey } from '../approvers';
import { isUuid } from '../formats';
import { taskName } from '../names';
import { didYouMean } from '../suggest';
import { taskPath, type ValidationContext } from './context';

const RULE = 'exception-policy';
/** An authentication context class reference ID: c1 to c99. */
export const AUTHENTICATION_CONTEXT_ID = /^c([1-9]|[1-9][0-9])$/;

/** Checks `exceptions` and every `highPrivilege` task against it. */
export function checkExceptions(ctx: ValidationContext): void {
  const x = ctx.definition.exceptions;
  if (!x) return;
  const p = 'exceptions';
  if (x.approvers.length === 0) {
    ctx.report(
      `${p}.approvers`,
      RULE,
      'exception tasks are approved only by the designated senior approvers, and none is listed',
      [],
      "list them, e.g. approvers: [{ kind: 'role', role: 'ROLE_SNR_DEVELOPER' }] or a group of senior staff by object ID",
    );
  }
  x.approvers.forEach((a, i) => {
    if (a.kind === 'role') {
      if (!ctx.roles.has(a.role))
        ctx.report(
          `${p}.approvers[${i}].role`,
          'unknown-reference',
          `role "${a.role}" is not declared.${didYouMean(a.role, ctx.roles.keys())}`,
          a.role,
          'name a declared role, or approve by user/group object ID',
        );
    } else if (!isUuid(a.objectId)) {
      ctx.report(
        `${p}.approvers[${i}].objectId`,
        'object-id',
        'an Entra object ID must be a UUID',
        a.objectId,
        'copy the object ID (not the display name or application ID) from Entra, e.g. 00000000-0000-0000-0000-000000000000',
      );
    }
  });
  if (
    x.approvers.length > 0 &&
    x.approvers.every(
      (a) => a.kind === 'role' && ctx.roles.has(a.role) && (ctx.roles.get(a.role)?.members ?? []).length === 0,
    )
  ) {
    ctx.report(
      `${p}.approvers`,
      'approver-lockout',
      'every exception approver is a role with no members: no one could approve an exception task, so it would be locked',
      x.approvers.map((a) => (a.kind === 'role' ? a.role : a.objectId)),
      'add members to the approving role, or add a user or group approver',
    );
  }
  if (x.notify.length === 0) {
    ctx.report(
      `${p}.notify`,
      RULE,
      'every activation of an exception task must alert the security team, and no address is listed',
      [],
      "list the security team's address, e.g. notify: ['security@contoso.com']",
    );
  }
  if (x.authenticationContext !== undefined && !AUTHENTICATION_CONTEXT_ID.test(x.authenticationContext)) {
    ctx.report(
      `${p}.authenticationContext`,
      RULE,
      'an authentication context ID is c1 to c99',
      x.authenticationContext,
      'use the ID of the authentication context, e.g. "c1"',
    );
  }
  const ca = x.conditionalAccess;
  if (ca !== undefined && x.authenticationContext === undefined) {
    ctx.report(
      `${p}.conditionalAccess`,
      RULE,
      'conditionalAccess configures the policy of the exception authentication context, but no authenticationContext is set',
      ca,
      'set exceptions.authenticationContext (e.g. "c1"), or remove conditionalAccess',
    );
  }
  if (ca?.authenticationStrengthPolicyId !== undefined && !isUuid(ca.authenticationStrengthPolicyId)) {
    ctx.report(
      `${p}.conditionalAccess.authenticationStrengthPolicyId`,
      RULE,
      'an authentication strength policy ID is a UUID',
      ca.authenticationStrengthPolicyId,
      'copy the ID from Entra (Authentication methods > Authentication strengths), e.g. 00000000-0000-0000-0000-000000000004 for phishing-resistant MFA',
    );
  }

  const high = ctx.definition.tasks.filter((t) => t.highPrivilege === true);
  const senior = new Set(x.approvers.map(approverKey));
  for (const t of high) {
    const tp = taskPath(t);
    const name = taskName(t);
    if (!t.jit) {
      ctx.report(
        tp,
        RULE,
        `exception task ${name} has no just-in-time policy: senior approval and the security team's alert apply to activations, and an exception task is never standing`,
        undefined,
        `add jit: { maximumActivation: "PT4H", requireTicket: true } to ${name} and hold it eligible only`,
      );
      continue;
    }
    const own = t.jit.approvers ?? [];
    const same = own.length === senior.size && own.every((a) => senior.has(approverKey(a)));
    if (own.length > 0 && !same) {
      ctx.report(
        `${tp}.jit.approvers`,
        RULE,
        `exception task ${name} is approved only by exceptions.approvers; its own approvers would be replaced`,
        own.map((a) => (a.kind === 'role' ? a.role : a.objectId)),
        `remove jit.approvers from ${name} (exceptions.approvers applies), or change exceptions.approvers`,
      );
    }
    const context = x.authenticationContext;
    if (context !== undefined && t.jit.authenticationContext !== undefined && t.jit.authenticationContext !== context) {
      ctx.report(
        `${tp}.jit.authenticationContext`,
        RULE,
        `exception task ${name} requires authentication context ${t.jit.authenticationContext}, but exceptions.authenticationContext is ${context}`,
        t.jit.authenticationContext,
        `remove authenticationContext from ${name} (exceptions.authenticationContext applies)`,
      );
    }
    if (context !== undefined && t.jit.requireMfa === true) {
      ctx.report(
        `${tp}.jit.requireMfa`,
        RULE,
        `exception task ${name} requires MFA, but exceptions.authenticationContext (${context}) replaces MFA on activation: PIM takes one or the other`,
        true,
        `remove requireMfa from ${name}; the authentication context's Conditional Access policy requires MFA`,
      );
    }
  }
  // A role-assignable baseline carries one policy (of the first task reaching it): an exception task and an
  // ordinary one sharing it would get one of the two policies, silently.
  for (const t of ctx.definition.tasks.filter((d) => d.highPrivilege !== true && d.jit)) {
    t.baselines.forEach((n, i) => {
      const b = ctx.baselines.get(n);
      if (!b || !ctx.isRoleAssignable(b)) return;
      const exception = high.find((h) => h.jit && h.baselines.includes(n));
      if (exception) {
        ctx.report(
          `${taskPath(t)}.baselines[${i}]`,
          RULE,
          `role-assignable ${n} is reached by exception task ${taskName(exception)} and by ${taskName(t)}, but a role-assignable baseline carries one PIM policy, and only the exception's has senior approval and the security team's alert`,
          n,
          `give ${taskName(t)} its own baseline, or make it an exception task too`,
        );
      }
    });
  }
  if (ca?.users === 'eligible-roles' && x.authenticationContext !== undefined) {
    const names = new Set(high.map((t) => taskName(t) as string));
    const eligible = ctx.definition.roles.some((r) =>
      (r.eligible ?? []).some((e) => names.has(typeof e === 'string' ? e : e.task)),
    );
    if (!eligible) {
      ctx.report(
        `${p}.conditionalAccess.users`,
        RULE,
        'the policy targets the roles eligible for an exception task, and no role is: a Conditional Access policy must include someone',
        'eligible-roles',
        "use users: 'all', or make a role eligible for an exception task",
      );
    }
  }
}
