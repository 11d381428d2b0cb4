/**
 * A PIM for Groups role management policy (its rules, as Graph returns them) read as the task's `jit` policy, or
 * the reasons the definition can't express it. Rule IDs and shapes: https://learn.microsoft.com/graph/identity-governance-pim-rules-overview
 * (`Expiration_EndUser_Assignment`: the maximum activation; `Enablement_EndUser_Assignment`: MFA, justification,
 * ticket; `Approval_EndUser_Assignment`: approvers; `AuthenticationContext_EndUser_Assignment`;
 * `Expiration_Admin_Eligibility`: how long an eligibility may last; `Notification_Admin_EndUser_Assignment`:
 * extra recipients of activation alerts).
 */
import type { Approver, EligibilityExpiry, JitPolicy } from '../model/definition';
import { activationDurationProblem, canonicalActivation } from '../model/duration';
import type { GraphPolicyRule } from './graph-shapes';

const ELIGIBILITY_EXPIRIES: readonly EligibilityExpiry[] = ['P15D', 'P30D', 'P90D', 'P180D', 'P365D'];

/** The policy as a `jit` block, and what of it the definition can't express. */
export interface ReadPolicy {
  /** The policy, with only what differs from the definition's defaults. */
  readonly jit: JitPolicy;
  /** What could not be expressed, in words. */
  readonly inexpressible: readonly string[];
}

/** Reads a policy's rules; `roleOfGroup` names the ROLE_ group of an approving group's object ID, if it is one. */
export function readPolicy(
  rules: readonly GraphPolicyRule[],
  roleOfGroup: (objectId: string) => string | undefined,
): ReadPolicy {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const inexpressible: string[] = [];
  const jit: { -readonly [K in keyof JitPolicy]: JitPolicy[K] } = {};

  const expiration = byId.get('Expiration_EndUser_Assignment');
  const max = expiration?.maximumDuration ?? 'PT8H';
  if (activationDurationProblem(max) === undefined) jit.maximumActivation = canonicalActivation(max);
  else
    inexpressible.push(`maximum activation ${max} (the definition takes PT30M to PT23H30M in 30-minute steps, or P1D)`);

  const enabled = new Set(byId.get('Enablement_EndUser_Assignment')?.enabledRules ?? []);
  const context = byId.get('AuthenticationContext_EndUser_Assignment');
  if (!enabled.has('Justification')) jit.requireJustification = false;
  if (enabled.has('Ticketing')) jit.requireTicket = true;
  if (context?.isEnabled === true && context.claimValue) {
    jit.authenticationContext = context.claimValue;
    if (enabled.has('MultiFactorAuthentication'))
      inexpressible.push('both MFA and an authentication context (the definition takes one of them)');
  } else if (!enabled.has('MultiFactorAuthentication')) jit.requireMfa = false;

  const approval = byId.get('Approval_EndUser_Assignment')?.setting;
  if (approval?.isApprovalRequired === true) {
    const stages = approval.approvalStages ?? [];
    if (stages.length !== 1) inexpressible.push(`${stages.length} approval stages (the definition takes one)`);
    const approvers: Approver[] = [];
    for (const a of stages[0]?.primaryApprovers ?? []) {
      if (a['@odata.type'] === '#microsoft.graph.singleUser' && a.userId)
        approvers.push({ kind: 'user', objectId: a.userId, ...(a.description ? { displayName: a.description } : {}) });
      else if (a['@odata.type'] === '#microsoft.graph.groupMembers' && a.groupId) {
        const role = roleOfGroup(a.groupId);
        approvers.push(
          role
            ? { kind: 'role', role: role as `ROLE_${string}` }
            : { kind: 'group', objectId: a.groupId, ...(a.description ? { displayName: a.description } : {}) },
        );
      } else inexpressible.push(`an approver of type ${a['@odata.type'] ?? 'unknown'}`);
    }
    if (stages[0]?.isEscalationEnabled === true) inexpressible.push('escalation approvers');
    approvers.sort((x, y) => (approverKey(x) < approverKey(y) ? -1 : 1));
    if (approvers.length > 0) jit.approvers = approvers;
  }

  const eligibility = byId.get('Expiration_Admin_Eligibility');
  if (eligibility?.isExpirationRequired === true) {
    const d = eligibility.maximumDuration ?? '';
    if ((ELIGIBILITY_EXPIRIES as readonly string[]).includes(d)) jit.eligibilityExpiry = d as EligibilityExpiry;
    else
      inexpressible.push(`eligibility expiry ${d} (the definition takes ${ELIGIBILITY_EXPIRIES.join(', ')} or never)`);
  }

  const notify = [...(byId.get('Notification_Admin_EndUser_Assignment')?.notificationRecipients ?? [])].sort();
  if (notify.length > 0) jit.notifyOnActivation = notify;
  return { jit, inexpressible };
}

function approverKey(a: Approver): string {
  return a.kind === 'role' ? `role:${a.role}` : `${a.kind}:${a.objectId}`;
}
