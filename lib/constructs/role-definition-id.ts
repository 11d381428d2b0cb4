/** The ID of an Azure role definition as Azure and azurerm give it for an assignment at a scope. */
import { subscriptionOf } from '../model/formats';

/**
 * `/subscriptions/<scope's subscription>/providers/Microsoft.Authorization/roleDefinitions/<guid>`, or
 * `/providers/...` for a management group scope: how Azure returns a role assignment's role definition ID, built-in
 * or custom alike (https://learn.microsoft.com/en-us/rest/api/authorization/role-assignments/get).
 */
export function scopedRoleDefinitionId(scope: string, roleGuid: string): string {
  const sub = subscriptionOf(scope);
  return `${sub ? `/subscriptions/${sub}` : ''}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}
