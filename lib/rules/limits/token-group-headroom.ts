/**
 * Rule `token-group-headroom`: warns when a principal's group count (eligible tasks counted as active) reaches
 * `limits.tokenGroupsWarning` (150 by default). A workload identity is warned up to the limit (past it, the
 * `token-group-limit` error); a user or group also past it. Past the limit a user's token carries an overage claim
 * instead of the groups ("If a user is a member of more groups than the overage limit (150 for SAML tokens, 200 for
 * JWT tokens ...) ... it includes an overage claim",
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference#groups-overage-claim). AKS
 * resolves it for users through Microsoft Graph (kubeguard/guard calls getMemberGroups, which is transitive:
 * https://github.com/kubeguard/guard/blob/5bcf8b539e74fbfab6185ede7686e35df9e7b247/auth/providers/azure/azure.go,
 * https://learn.microsoft.com/graph/api/directoryobject-getmembergroups), so the user's bindings keep working; the
 * kubelogin page states the 200-group limit for service principals only
 * (https://learn.microsoft.com/azure/aks/kubelogin-authentication#kubelogin-authentication-in-aks-limitations). An
 * application that reads only the token's groups claim misses the groups, so it stays a warning.
 */
import { isWorkloadIdentity } from '../../model/workload-identity';
import { memberPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';
import { describeCount, principalGroupCounts } from '../support/token-groups';

/** Warns before a principal's group count reaches the token limit, and for a user past it. */
export const tokenGroupHeadroom: Rule = {
  id: 'token-group-headroom',
  level: 'warning',
  suppressible: true,
  summary:
    "a principal's group count approaches the token limit (warns from 150); a user's passes it (AKS resolves the overage through Graph, apps that read only the groups claim don't)",
  source:
    'groups overage claim (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference#groups-overage-claim) (200 groups in a JWT)',
  check(ctx) {
    if (ctx.model.principals.length === 0) return notApplicable('no role has members');
    const { tokenGroups, tokenGroupsWarning } = ctx.options.limits;
    const outside = ctx.options.limits.groupsOutsideDefinition;
    const out: Violation[] = [];
    for (const c of principalGroupCounts(ctx)) {
      if (c.activated < tokenGroupsWarning) continue;
      const workload = isWorkloadIdentity(c.principal.member);
      if (workload && c.activated > tokenGroups) continue; // token-group-limit
      const counted = `${c.principal.member.label} is in ${c.activated} groups with every eligible task active (${describeCount(c, outside)})`;
      const path = memberPath(ctx, c.principal.roles[0], c.principal.key);
      out.push(
        c.activated > tokenGroups
          ? {
              path,
              message: `${counted}, more than the ${tokenGroups} a token carries: its tokens carry an overage claim instead of the groups; AKS resolves it through Microsoft Graph, but an application that reads only the groups claim misses its groups`,
              value: c.activated,
              fix: 'give the principal fewer roles or tasks, or merge small baselines of the same resource into one; the applications it signs in to must look the groups up in Microsoft Graph when the token has an overage claim',
            }
          : {
              path,
              message: `${counted}, close to the ${tokenGroups} a token carries`,
              value: c.activated,
              fix: 'plan to give the principal fewer roles or tasks, or merge small baselines, before the limit is reached',
            },
      );
    }
    return out;
  },
};
