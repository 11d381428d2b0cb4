/**
 * Where each Azure grant of a baseline lies among the environments' `azureScopes`: the scopes of other
 * environments it reaches (is within, or lies above), and whether it lies within its own environment's. Shared by
 * `cross-environment-scope` and `environment-scope`.
 */
import { environmentScopeMatches, type EnvironmentScopeMatch } from '../../model/environment-scopes';
import type { ResolvedAzureRoleGrant, ResolvedBaseline, ResolvedCustomRoleGrant } from '../../model/resolved';
import type { RuleContext } from '../context';
import { baselinePath } from '../paths';

/** One Azure grant of a baseline and the environment scopes it meets. */
export interface GrantEnvironments {
  /** The baseline granting it. */
  readonly baseline: ResolvedBaseline;
  /** The grant. */
  readonly grant: ResolvedAzureRoleGrant | ResolvedCustomRoleGrant;
  /** Path of its scope: `baselines.<BASE>.grants[i].scope`. */
  readonly path: string;
  /** Scopes of other environments the grant is within or above. */
  readonly others: readonly EnvironmentScopeMatch[];
  /** The grant lies within a scope of its own environment. */
  readonly withinOwn: boolean;
  /** The baseline's environment declares `azureScopes`. */
  readonly ownDeclared: boolean;
}

/** Every Azure grant of every baseline, with the environment scopes it meets, in model order. */
export function grantEnvironments(ctx: RuleContext): readonly GrantEnvironments[] {
  const out: GrantEnvironments[] = [];
  for (const b of ctx.model.baselines) {
    const own = ctx.model.environments.find((e) => e.name === b.environment);
    b.grants.forEach((grant, i) => {
      if (grant.kind !== 'azureRole' && grant.kind !== 'azureCustomRole') return;
      const matches = environmentScopeMatches(ctx.model.environments, grant.scope);
      out.push({
        baseline: b,
        grant,
        path: `${baselinePath(b.name)}.grants[${i}].scope`,
        others: matches.filter((m) => m.environment !== b.environment),
        withinOwn: matches.some((m) => m.environment === b.environment && m.relation === 'within'),
        ownDeclared: (own?.azureScopes ?? []).length > 0,
      });
    });
  }
  return out;
}

/** `"Key Vault Secrets User"` or `custom role "VM Operator"`. */
export function azureGrantLabel(g: ResolvedAzureRoleGrant | ResolvedCustomRoleGrant): string {
  return g.kind === 'azureRole' ? `"${g.roleName}"` : `custom role "${g.roleName}"`;
}

/** `lies within <declared>, a scope of PROD (environments[0].azureScopes[1])` (or `lies above ...`). */
export function describeMatch(ctx: RuleContext, m: EnvironmentScopeMatch): string {
  const at = ctx.model.paths?.environments[m.environment];
  const where = at === undefined ? '' : ` (${at}.azureScopes[${m.index}])`;
  return `lies ${m.relation} ${m.declared}, a scope of${m.protected ? ' protected' : ''} environment ${m.environment}${where}`;
}
