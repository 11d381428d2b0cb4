/**
 * Rules `azure-scope` and `environment-scope-overlap` for `environments[].azureScopes`: every entry is an Azure
 * scope ID, and a scope belongs to one environment only (not listed for two, not within another's).
 */
import type { EnvironmentDefinition } from '../definition';
import { isWithinAzureScope } from '../environment-scopes';
import { isAzureScope } from '../formats';
import type { ValidationContext } from './context';

const scopePath = (i: number, j: number): string => `environments[${i}].azureScopes[${j}]`;

/** The first scope of another environment that `scope` (of environment `i`) lies within, if any. */
function overlapOf(
  environments: readonly EnvironmentDefinition[],
  i: number,
  scope: string,
): { env: EnvironmentDefinition; path: string; declared: string } | undefined {
  for (const [k, other] of environments.entries()) {
    if (k === i) continue;
    for (const [l, declared] of (other.azureScopes ?? []).entries()) {
      const inner = isWithinAzureScope(scope, declared);
      const outer = isWithinAzureScope(declared, scope);
      // Report a nested scope at the inner one; the same scope twice at the later entry only.
      if (inner && (!outer || k < i)) return { env: other, path: scopePath(k, l), declared };
    }
  }
  return undefined;
}

/** Checks the Azure scopes each environment declares. */
export function checkEnvironmentScopes(ctx: ValidationContext): void {
  const envs = ctx.definition.environments;
  envs.forEach((e, i) => {
    (e.azureScopes ?? []).forEach((scope, j) => {
      if (!isAzureScope(scope)) {
        ctx.report(
          scopePath(i, j),
          'azure-scope',
          `the Azure scope of environment ${e.name} is not an Azure resource ID of a management group, subscription, resource group or resource`,
          scope,
          'write it as /subscriptions/<uuid>, /subscriptions/<uuid>/resourceGroups/<name> or /providers/Microsoft.Management/managementGroups/<id>',
        );
        return;
      }
      const o = overlapOf(envs, i, scope);
      if (o)
        ctx.report(
          scopePath(i, j),
          'environment-scope-overlap',
          `${scope} of environment ${e.name} lies within ${o.declared} of environment ${o.env.name} (${o.path}): an Azure scope belongs to one environment only`,
          scope,
          `list narrower scopes (e.g. the resource groups of each environment) so that none lies within another environment's, or remove ${scope} from one of them`,
        );
    });
  });
}
