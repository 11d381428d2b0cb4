/**
 * Rule `token-group-limit`: no principal is in more groups than a token carries (200 by default), counting role,
 * task and baseline groups with every eligible task active. Beyond it the groups claim is replaced by an
 * overage claim and AKS, which sees groups only in the token, stops recognising the principal's bindings.
 */
import { memberPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';
import { describeCount, principalGroupCounts } from '../support/token-groups';

/** A principal's transitive group count stays within the token limit. */
export const tokenGroupLimit: Rule = {
  id: 'token-group-limit',
  level: 'error',
  suppressible: true,
  summary: 'no principal is in more groups than a token carries (default 200), eligible tasks counted as active',
  source:
    'platform-facts 1 "Token groups claims include nested groups; overage at 200 groups (JWT)"; AKS kubelogin sees groups by object ID only',
  check(ctx) {
    if (ctx.model.principals.length === 0) return notApplicable('no role has members');
    const limit = ctx.options.limits.tokenGroups;
    const out: Violation[] = [];
    for (const c of principalGroupCounts(ctx)) {
      if (c.activated <= limit) continue;
      out.push({
        path: memberPath(ctx, c.principal.roles[0], c.principal.key),
        message: `${c.principal.member.label} is in ${c.activated} groups with every eligible task active (${describeCount(c, ctx.options.limits.groupsOutsideDefinition)}), more than the ${limit} a token carries: AKS and apps would miss its groups`,
        value: c.activated,
        fix: 'give the principal fewer roles or tasks, or merge small baselines of the same resource into one',
      });
    }
    return out;
  },
};
