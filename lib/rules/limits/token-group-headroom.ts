/**
 * Rule `token-group-headroom`: warns when a principal's group count (eligible tasks counted as active) reaches
 * `limits.tokenGroupsWarning` (150 by default) without passing the limit (`token-group-limit`).
 */
import { memberPath } from '../paths';
import { notApplicable, type Rule, type Violation } from '../rule';
import { describeCount, principalGroupCounts } from '../support/token-groups';

/** Warns before a principal's group count reaches the token limit. */
export const tokenGroupHeadroom: Rule = {
  id: 'token-group-headroom',
  level: 'warning',
  suppressible: true,
  summary: "a principal's group count approaches the token limit (warns from 150)",
  source: 'platform-facts 1 (token overage at 200 groups JWT, 150 SAML)',
  check(ctx) {
    if (ctx.model.principals.length === 0) return notApplicable('no role has members');
    const { tokenGroups, tokenGroupsWarning } = ctx.options.limits;
    const out: Violation[] = [];
    for (const c of principalGroupCounts(ctx)) {
      if (c.activated < tokenGroupsWarning || c.activated > tokenGroups) continue;
      out.push({
        path: memberPath(ctx, c.principal.roles[0], c.principal.key),
        message: `${c.principal.member.label} is in ${c.activated} groups with every eligible task active (${describeCount(c, ctx.options.limits.groupsOutsideDefinition)}), close to the ${tokenGroups} a token carries`,
        value: c.activated,
        fix: 'plan to give the principal fewer roles or tasks, or merge small baselines, before the limit is reached',
      });
    }
    return out;
  },
};
