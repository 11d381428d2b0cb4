/**
 * Rule `azure-role-assignment-limit`: the Azure role assignments the definition creates stay within 4,000 per
 * subscription and 500 per management group (each Azure grant of a baseline is one assignment).
 */
import { subscriptionOf } from '../../model/formats';
import { notApplicable, type Rule, type Violation } from '../rule';

/** At most 4,000 role assignments per subscription and 500 per management group. */
export const azureRoleAssignmentLimit: Rule = {
  id: 'azure-role-assignment-limit',
  level: 'error',
  suppressible: false,
  summary: 'at most 4,000 Azure role assignments per subscription and 500 per management group',
  source:
    'Azure RBAC limits (https://learn.microsoft.com/azure/role-based-access-control/troubleshoot-limits) (4,000 role assignments per subscription, 500 per management group)',
  check(ctx) {
    const perSubscription = new Map<string, number>();
    const perGroup = new Map<string, number>();
    for (const b of ctx.model.baselines) {
      for (const g of b.grants) {
        if (g.kind !== 'azureRole' && g.kind !== 'azureCustomRole') continue;
        const sub = subscriptionOf(g.scope)?.toLowerCase();
        if (sub) perSubscription.set(sub, (perSubscription.get(sub) ?? 0) + 1);
        else {
          const mg = g.scope.split('/').pop() as string;
          perGroup.set(mg, (perGroup.get(mg) ?? 0) + 1);
        }
      }
    }
    if (perSubscription.size + perGroup.size === 0) return notApplicable('no baseline grants an Azure role');
    const { roleAssignmentsPerSubscription: subLimit, roleAssignmentsPerManagementGroup: mgLimit } = ctx.options.limits;
    const out: Violation[] = [];
    for (const [sub, n] of [...perSubscription].sort()) {
      if (n > subLimit)
        out.push({
          path: 'baselines',
          message: `the definition assigns ${n} Azure roles in subscription ${sub}, more than the ${subLimit} a subscription allows`,
          value: n,
          fix: 'assign at a broader scope (a resource group rather than each resource), or split the workload across subscriptions',
        });
    }
    for (const [mg, n] of [...perGroup].sort()) {
      if (n > mgLimit)
        out.push({
          path: 'baselines',
          message: `the definition assigns ${n} Azure roles at management group ${mg}, more than the ${mgLimit} a management group allows`,
          value: n,
          fix: 'assign at subscriptions or resource groups below the management group',
        });
    }
    return out;
  },
};
