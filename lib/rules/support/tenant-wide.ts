/**
 * Grants whose reach is the whole tenant whatever the environment of their baseline: a privileged Entra directory
 * role (the library assigns directory roles at the tenant scope `/`), and a privileged Azure role at a management
 * group no environment claims. Assignments at a management group apply to every subscription below it, and the
 * tenant root group, whose ID is the tenant ID, holds them all
 * (https://learn.microsoft.com/en-us/azure/governance/management-groups/overview, "Root management group").
 */
import { findDirectoryRole } from '../../catalog/directory-roles';
import { environmentScopeMatches, isManagementGroupScope } from '../../model/environment-scopes';
import type { ResolvedGrant } from '../../model/resolved';
import type { RuleContext } from '../context';
import { customRoleAccessAdmin } from './azure-actions';

/**
 * Microsoft's "Privileged" category of Azure built-in roles: full management of resources, or assigning roles
 * (https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/privileged).
 */
export const PRIVILEGED_AZURE_ROLES: readonly string[] = [
  'Contributor',
  'Owner',
  'Reservations Administrator',
  'Role Based Access Control Administrator',
  'User Access Administrator',
];

/** `"Owner"`, or `custom role "X" (allows ...)` for a privileged Azure role grant; undefined for the others. */
export function privilegedAzureRole(ctx: Pick<RuleContext, 'model'>, g: ResolvedGrant): string | undefined {
  if (g.kind === 'azureRole') return PRIVILEGED_AZURE_ROLES.includes(g.roleName) ? `"${g.roleName}"` : undefined;
  if (g.kind !== 'azureCustomRole') return undefined;
  const role = ctx.model.customRoles.find((c) => c.name === g.roleName);
  if (!role) return undefined;
  const admin = customRoleAccessAdmin(role);
  if (admin) return `custom role "${role.name}" (allows ${admin})`;
  return role.actions.includes('*') ? `custom role "${role.name}" (allows every action, "*")` : undefined;
}

/** Why a grant reaches the whole tenant, or undefined. */
export function tenantWideGrant(ctx: Pick<RuleContext, 'model'>, g: ResolvedGrant): string | undefined {
  if (g.kind === 'directoryRole') {
    const privileged = findDirectoryRole(g.roleName)?.privileged;
    if (privileged === false) return undefined;
    return privileged
      ? `Entra directory role "${g.roleName}", which Microsoft marks PRIVILEGED, over the whole tenant`
      : `Entra directory role "${g.roleName}" over the whole tenant (the catalog does not say whether it is privileged, so it is taken as privileged)`;
  }
  if (g.kind !== 'azureRole' && g.kind !== 'azureCustomRole') return undefined;
  if (!isManagementGroupScope(g.scope) || environmentScopeMatches(ctx.model.environments, g.scope).length > 0)
    return undefined;
  const role = privilegedAzureRole(ctx, g);
  return role
    ? `${role} at management group ${g.scope.slice(g.scope.lastIndexOf('/') + 1)}, which no environment's azureScopes claim: it applies to every subscription below it (all of them at the tenant root group)`
    : undefined;
}
