/**
 * Which environment an Azure scope belongs to, from the environments' `azureScopes`. Azure role assignments
 * inherit downward (management group, subscription, resource group, resource), so a grant reaches an
 * environment's scope when it is that scope, below it, or above it
 * (https://learn.microsoft.com/en-us/azure/role-based-access-control/scope-overview). Pure string logic: a scope
 * ID does not say which management group a subscription is in, so only what the definition lists is known.
 */
import type { EnvironmentDefinition } from './definition';

/** Whether `scope` is `parent` or lies below it: whole path segments, case-insensitively (Azure IDs are). */
export function isWithinAzureScope(scope: string, parent: string): boolean {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  const p = parent.toLowerCase().replace(/\/+$/, '');
  return s === p || s.startsWith(`${p}/`);
}

/** Whether a scope is a management group (`/providers/Microsoft.Management/managementGroups/<id>`). */
export function isManagementGroupScope(scope: string): boolean {
  return /^\/providers\/microsoft\.management\/managementgroups\/[^/]+\/?$/i.test(scope);
}

/** How a scope meets a scope an environment declares. */
export interface EnvironmentScopeMatch {
  /** Name of the environment declaring the scope. */
  readonly environment: string;
  /** Whether that environment is protected. */
  readonly protected: boolean;
  /** The declared scope, as written. */
  readonly declared: string;
  /** Its index in the environment's `azureScopes`. */
  readonly index: number;
  /** `within`: the scope is the declared one or below it; `above`: the declared one lies below the scope. */
  readonly relation: 'within' | 'above';
}

/** Every declared environment scope a scope is within or above, in definition order. */
export function environmentScopeMatches(
  environments: readonly EnvironmentDefinition[],
  scope: string,
): EnvironmentScopeMatch[] {
  const out: EnvironmentScopeMatch[] = [];
  for (const e of environments) {
    (e.azureScopes ?? []).forEach((declared, index) => {
      const relation = isWithinAzureScope(scope, declared)
        ? 'within'
        : isWithinAzureScope(declared, scope)
          ? 'above'
          : undefined;
      if (relation) out.push({ environment: e.name, protected: e.protected === true, declared, index, relation });
    });
  }
  return out;
}

/** True when at least one environment declares `azureScopes`. */
export function hasEnvironmentScopes(environments: readonly EnvironmentDefinition[]): boolean {
  return environments.some((e) => (e.azureScopes ?? []).length > 0);
}
