/**
 * Rule `cross-environment-scope`: a baseline of an unprotected environment does not grant at an Azure scope of a
 * protected one. Azure scopes carry no environment (Kubernetes clusters do, `clusters[].environment`), so a
 * `BASE_DEV_...` granting on a production Key Vault looks like DEV access: it escapes every rule the pack keeps
 * for protected environments (approval, a ticket, no standing writes) and `prevent_destroy`. Which scopes belong
 * to which environment comes from `environments[].azureScopes`; a grant reaches a scope when it lies within it or
 * above it (assignments inherit downward).
 *
 * An error, not a warning: protected access is granted with the checks of unprotected access. Mismatches that
 * bypass no protection (between equally protected environments, a protected baseline in an unprotected
 * environment's scopes, a scope outside the baseline's own) are `environment-scope` warnings.
 */
import { notApplicable, type Rule, type Violation } from '../rule';
import { hasEnvironmentScopes } from '../../model/environment-scopes';
import { azureGrantLabel, describeMatch, grantEnvironments } from '../support/grant-environments';

/** No unprotected baseline grants in a protected environment's Azure scopes. */
export const crossEnvironmentScope: Rule = {
  id: 'cross-environment-scope',
  level: 'error',
  suppressible: true,
  summary:
    "a baseline of an unprotected environment does not grant at (or above) an Azure scope of a protected environment's azureScopes",
  source: 'the task-based access model: a baseline belongs to one environment; production access is sensitive',
  check(ctx) {
    if (!hasEnvironmentScopes(ctx.model.environments))
      return notApplicable('no environment declares azureScopes, so Azure scopes are tied to no environment');
    const out: Violation[] = [];
    for (const p of grantEnvironments(ctx)) {
      if (p.baseline.protected) continue;
      const hit = p.others.filter((m) => m.protected);
      if (hit.length === 0) continue;
      const envs = [...new Set(hit.map((m) => m.environment))];
      out.push({
        path: p.path,
        message: `${p.baseline.name} of unprotected environment ${p.baseline.environment} grants ${azureGrantLabel(p.grant)} at ${p.grant.scope}, which ${hit.map((m) => describeMatch(ctx, m)).join('; ')}: it is ${envs.join(', ')} access held under the rules of ${p.baseline.environment}`,
        value: p.grant.scope,
        fix: `grant it in a baseline of ${envs.join(' or ')} (BASE_${envs[0]}_...) reached by a task of that environment, or narrow the scope to one of ${p.baseline.environment}'s`,
      });
    }
    return out;
  },
};
