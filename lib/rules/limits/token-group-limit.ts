/**
 * Rule `token-group-limit`: no workload identity (service principal, managed identity, application) is in more
 * groups than a token carries (200 by default), counting role, task and baseline groups. Past it Entra puts an
 * overage claim in the token instead of the groups ("If a user is a member of more groups than the overage limit
 * (150 for SAML tokens, 200 for JWT tokens ...) ... it includes an overage claim",
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference#groups-overage-claim). AKS
 * resolves that claim through Microsoft Graph for users only and rejects a service principal's token ("service
 * principal with group membership exceeding 200 is not supported": kubeguard/guard auth/providers/azure/azure.go,
 * https://github.com/kubeguard/guard/blob/5bcf8b539e74fbfab6185ede7686e35df9e7b247/auth/providers/azure/azure.go;
 * "The service principal can be a member of a maximum of 200 Microsoft Entra groups",
 * https://learn.microsoft.com/azure/aks/kubelogin-authentication#kubelogin-authentication-in-aks-limitations).
 * Users past the limit are `token-group-headroom` warnings: their AKS bindings keep working.
 */
import { isWorkloadIdentity } from '../../model/workload-identity';
import { memberPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';
import { describeCount, principalGroupCounts } from '../support/token-groups';

/** A workload identity's group count stays within the token limit. */
export const tokenGroupLimit: Rule = {
  id: 'token-group-limit',
  level: 'error',
  suppressible: true,
  summary:
    'no workload identity is in more groups than a token carries (default 200): AKS rejects its token past it (users: token-group-headroom)',
  source:
    'groups overage claim (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference#groups-overage-claim) (200 groups in a JWT); kubelogin limitations (https://learn.microsoft.com/azure/aks/kubelogin-authentication#kubelogin-authentication-in-aks-limitations) "The service principal can be a member of a maximum of 200 Microsoft Entra groups"; AKS\'s guard webhook rejects an app token with overage',
  check(ctx) {
    if (ctx.model.principals.length === 0) return notApplicable('no role has members');
    const limit = ctx.options.limits.tokenGroups;
    const out: Violation[] = [];
    for (const c of principalGroupCounts(ctx)) {
      const m = c.principal.member;
      if (c.activated <= limit || !isWorkloadIdentity(m)) continue;
      out.push({
        path: memberPath(ctx, c.principal.roles[0], c.principal.key),
        message: `${m.kind} ${m.label} is in ${c.activated} groups (${describeCount(c, ctx.options.limits.groupsOutsideDefinition)}), more than the ${limit} a token carries: its token gets an overage claim instead of the groups, which AKS doesn't resolve for a service principal, so it rejects the sign-in and none of its Kubernetes bindings apply`,
        value: c.activated,
        fix: 'give the workload identity fewer roles or tasks (its own role with the one task it needs), or merge small baselines of the same resource into one',
      });
    }
    return out;
  },
};
