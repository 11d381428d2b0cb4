/**
 * Changes of a task's just-in-time (PIM) policy, field by field, and of its exception flag. A policy governs the
 * activations of the roles holding the task just in time; those roles and their members are what the change affects.
 */
import { approverKey } from '../../model/approvers';
import { durationMinutes } from '../../model/duration';
import type { EligibilityExpiry } from '../../model/definition';
import type { ResolvedJitPolicy } from '../../model/resolved';
import type { AccessChange, AccessChangeKind } from './access-change';
import { approversText, authenticationText, requiredText } from './change-text';
import { change, principalsHolding, type DiffContext } from './diff-context';
import { principalTask } from './model-view';
import {
  activationRaisedRisk,
  approvalRemovedRisk,
  eligibleHolders,
  mfaRemovedRisk,
  policyRisk,
  reductionRisk,
  weakerControlRisk,
  type RiskAssessment,
} from './risk';

/** Eligibility expiry from shortest to permanent. */
const EXPIRY_ORDER: readonly EligibilityExpiry[] = ['P15D', 'P30D', 'P90D', 'P180D', 'P365D', 'never'];

interface PolicyDelta {
  readonly kind: AccessChangeKind;
  readonly before: string;
  readonly after: string;
  readonly what: string;
  /** The risk when the policy governs an activation; reductions are low anyway. */
  readonly assessment: RiskAssessment;
}

function deltas(ctx: DiffContext, task: string, b: ResolvedJitPolicy, a: ResolvedJitPolicy): PolicyDelta[] {
  const out: PolicyDelta[] = [];
  const bMax = durationMinutes(b.maximumActivation) ?? 0;
  const aMax = durationMinutes(a.maximumActivation) ?? 0;
  if (aMax !== bMax) {
    const raised = aMax > bMax;
    out.push({
      kind: raised ? 'activation-maximum-raised' : 'activation-maximum-lowered',
      before: b.maximumActivation,
      after: a.maximumActivation,
      what: `maximum activation ${raised ? 'raised' : 'lowered'}`,
      assessment: raised
        ? activationRaisedRisk(aMax, ctx.limit, ctx.limitMinutes)
        : reductionRisk('shorter activation'),
    });
  }
  const bApprovers = [...b.approvers.map(approverKey)].sort().join(',');
  const aApprovers = [...a.approvers.map(approverKey)].sort().join(',');
  if (b.requireApproval && !a.requireApproval) {
    out.push({
      kind: 'approval-removed',
      before: approversText(b),
      after: approversText(a),
      what: 'approval removed',
      assessment: approvalRemovedRisk(ctx.after, task),
    });
  } else if (!b.requireApproval && a.requireApproval) {
    out.push({
      kind: 'approval-added',
      before: approversText(b),
      after: approversText(a),
      what: 'approval added',
      assessment: reductionRisk('activation now needs approval'),
    });
  } else if (a.requireApproval && bApprovers !== aApprovers) {
    out.push({
      kind: 'approvers-changed',
      before: approversText(b),
      after: approversText(a),
      what: 'approvers changed',
      assessment: weakerControlRisk('different people approve activations'),
    });
  }
  const bAuth = authenticationText(b);
  const aAuth = authenticationText(a);
  if (bAuth !== aAuth) {
    const kind: AccessChangeKind =
      aAuth === 'none' ? 'mfa-removed' : bAuth === 'none' ? 'mfa-added' : 'activation-authentication-changed';
    out.push({
      kind,
      before: bAuth,
      after: aAuth,
      what: kind === 'mfa-removed' ? 'MFA removed' : kind === 'mfa-added' ? 'MFA added' : 'authentication changed',
      assessment:
        kind === 'mfa-removed'
          ? mfaRemovedRisk()
          : kind === 'mfa-added'
            ? reductionRisk('activation now requires MFA')
            : weakerControlRisk(
                'a different authentication on activation: an authentication context enforces only what its Conditional Access policy requires',
              ),
    });
  }
  const flag = (
    field: 'requireJustification' | 'requireTicket',
    removed: AccessChangeKind,
    added: AccessChangeKind,
    name: string,
  ) => {
    if (b[field] === a[field]) return;
    out.push({
      kind: b[field] ? removed : added,
      before: requiredText(b[field]),
      after: requiredText(a[field]),
      what: `${name} ${b[field] ? 'no longer required' : 'required'}`,
      assessment: b[field]
        ? weakerControlRisk(`activations no longer record a ${name}`)
        : reductionRisk(`activations now record a ${name}`),
    });
  };
  flag('requireJustification', 'justification-removed', 'justification-added', 'justification');
  flag('requireTicket', 'ticket-removed', 'ticket-added', 'ticket');
  const removed = b.notifyOnActivation.filter((x) => !a.notifyOnActivation.includes(x));
  const added = a.notifyOnActivation.filter((x) => !b.notifyOnActivation.includes(x));
  const list = (xs: readonly string[]) => (xs.length > 0 ? [...xs].sort().join(', ') : 'none');
  if (removed.length > 0)
    out.push({
      kind: 'activation-notification-removed',
      before: list(b.notifyOnActivation),
      after: list(a.notifyOnActivation),
      what: `${removed.join(', ')} no longer notified of activations`,
      assessment: weakerControlRisk('fewer people hear of activations'),
    });
  if (added.length > 0)
    out.push({
      kind: 'activation-notification-added',
      before: list(b.notifyOnActivation),
      after: list(a.notifyOnActivation),
      what: `${added.join(', ')} notified of activations`,
      assessment: reductionRisk('more people hear of activations'),
    });
  if (b.eligibilityExpiry !== a.eligibilityExpiry) {
    const longer = EXPIRY_ORDER.indexOf(a.eligibilityExpiry) > EXPIRY_ORDER.indexOf(b.eligibilityExpiry);
    const kind: AccessChangeKind =
      a.eligibilityExpiry === 'never'
        ? 'eligibility-expiry-removed'
        : b.eligibilityExpiry === 'never'
          ? 'eligibility-expiry-added'
          : longer
            ? 'eligibility-expiry-extended'
            : 'eligibility-expiry-shortened';
    out.push({
      kind,
      before: b.eligibilityExpiry,
      after: a.eligibilityExpiry,
      what: `eligibility expiry ${kind.slice('eligibility-expiry-'.length)}`,
      assessment: longer
        ? weakerControlRisk(
            a.eligibilityExpiry === 'never' ? 'eligibilities never expire' : 'eligibilities last longer',
          )
        : reductionRisk('eligibilities expire sooner'),
    });
  }
  return out;
}

/** Policy and exception-flag changes of the tasks on both sides. */
export function policyChanges(ctx: DiffContext): AccessChange[] {
  const out: AccessChange[] = [];
  for (const name of [...ctx.after.tasks.keys()].sort()) {
    const bt = ctx.before.tasks.get(name);
    const at = ctx.after.tasks.get(name);
    if (!bt || !at) continue;
    const governs = eligibleHolders(ctx.before, ctx.after, name);
    // the members activating it: holding it just in time through a role, and not standing through another
    const principals = [
      ...principalsHolding(ctx.before, name, 'eligible').filter(
        (k) => principalTask(ctx.before, k, name)?.mode === 'eligible',
      ),
      ...principalsHolding(ctx.after, name, 'eligible').filter(
        (k) => principalTask(ctx.after, k, name)?.mode === 'eligible',
      ),
    ];
    if (bt.highPrivilege !== at.highPrivilege) {
      const risk = bt.highPrivilege
        ? weakerControlRisk(
            'no longer an exception task: the exception approvers, notifications and activation alert stop applying',
          )
        : reductionRisk('now an exception task, with its approvers, notifications and alert');
      out.push(
        change({
          kind: bt.highPrivilege ? 'exception-removed' : 'exception-added',
          risk: risk.risk,
          subjectType: 'task',
          subject: name,
          before: bt.highPrivilege ? 'exception task' : 'not an exception task',
          after: at.highPrivilege ? 'exception task' : 'not an exception task',
          summary: `${name} is ${at.highPrivilege ? 'now' : 'no longer'} an exception (high-privilege) task`,
          reason: risk.reason,
          roles: [...governs],
          principals: [...principals],
        }),
      );
    }
    if (!bt.jit || !at.jit) continue;
    for (const d of deltas(ctx, name, bt.jit, at.jit)) {
      const risk = d.assessment.risk === 'low' ? d.assessment : policyRisk(governs, name, d.assessment);
      out.push(
        change({
          kind: d.kind,
          risk: risk.risk,
          subjectType: 'task',
          subject: name,
          before: d.before,
          after: d.after,
          summary: `${name}: ${d.what}${governs.length > 0 ? ` (activated by ${governs.join(', ')})` : ''}`,
          reason: risk.reason,
          roles: [...governs],
          principals: [...principals],
        }),
      );
    }
  }
  return out;
}
