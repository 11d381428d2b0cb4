/**
 * Rule `environment-scope`: a baseline's Azure grants lie within its own environment's `azureScopes`. Reported
 * here: a grant reaching another environment's scope when no protection is bypassed (the other environment is not
 * protected, or the baseline's is protected too), and, when the baseline's environment declares scopes, a grant
 * outside all of them (above them, or in scopes no environment claims).
 *
 * A warning, not an error: the baseline's name misleads reviewers, but no protection the definition knows of is
 * bypassed (the environment reached is not checked more strictly than the baseline's, or the scope belongs to no
 * declared environment). A grant of an unprotected baseline in a protected environment's scopes is the
 * `cross-environment-scope` error instead.
 */
import { notApplicable, type Rule, type Violation } from '../rule';
import { hasEnvironmentScopes } from '../../model/environment-scopes';
import { azureGrantLabel, describeMatch, grantEnvironments } from '../support/grant-environments';

/** Azure grants stay within their environment's scopes. */
export const environmentScope: Rule = {
  id: 'environment-scope',
  level: 'warning',
  suppressible: true,
  summary: "a baseline's Azure grants lie within its own environment's azureScopes and reach no other environment's",
  source: 'the task-based access model: a baseline belongs to one environment',
  check(ctx) {
    if (!hasEnvironmentScopes(ctx.model.environments))
      return notApplicable('no environment declares azureScopes, so Azure scopes are tied to no environment');
    const out: Violation[] = [];
    for (const p of grantEnvironments(ctx)) {
      const env = p.baseline.environment;
      if (!p.baseline.protected && p.others.some((m) => m.protected)) continue; // cross-environment-scope
      if (p.others.length > 0) {
        const envs = [...new Set(p.others.map((m) => m.environment))];
        out.push({
          path: p.path,
          message: `${p.baseline.name} of environment ${env} grants ${azureGrantLabel(p.grant)} at ${p.grant.scope}, which ${p.others.map((m) => describeMatch(ctx, m)).join('; ')}`,
          value: p.grant.scope,
          fix: `grant it in a baseline of ${envs.join(' or ')}, or narrow the scope to one of ${env}'s`,
        });
      } else if (p.ownDeclared && !p.withinOwn) {
        out.push({
          path: p.path,
          message: `${p.baseline.name} grants ${azureGrantLabel(p.grant)} at ${p.grant.scope}, outside every scope environment ${env} declares in azureScopes: the scope may hold resources of other environments`,
          value: p.grant.scope,
          fix: `narrow the scope to one of ${env}'s azureScopes, or add the scope to ${env}'s azureScopes if it belongs to ${env}`,
        });
      }
    }
    return out;
  },
};
