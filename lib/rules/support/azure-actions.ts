/**
 * Which custom roles hand out Azure access, evaluated with the inspector's Azure RBAC matcher
 * (lib/report/azure-actions.ts: `*` across `/`, case-insensitive, `Actions - NotActions`). Shared by the rules
 * about roles that hand out access.
 */
import type { CustomAzureRoleDefinition } from '../../model/definition';
import { permissionsAllow } from '../../report/azure-actions';

/**
 * Operations that hand out Azure access: creating role assignments, and writing role definitions (which can widen
 * a role the writer already holds). User Access Administrator has them through `Microsoft.Authorization/*`, and
 * Contributor is kept from them by the NotAction `Microsoft.Authorization/*\/Write`
 * (https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/privileged).
 */
export const ACCESS_ADMIN_OPERATIONS: readonly string[] = [
  'Microsoft.Authorization/roleAssignments/write',
  'Microsoft.Authorization/roleDefinitions/write',
];

/**
 * Why a custom role can hand out Azure access, e.g.
 * `Microsoft.Authorization/roleAssignments/write (through "Microsoft.Authorization/*")`, or undefined.
 */
export function customRoleAccessAdmin(role: CustomAzureRoleDefinition): string | undefined {
  for (const op of ACCESS_ADMIN_OPERATIONS) {
    const hit = permissionsAllow(
      [{ actions: role.actions, notActions: role.notActions ?? [], dataActions: [], notDataActions: [] }],
      op,
      'control',
    )?.pattern;
    if (hit !== undefined) return hit.toLowerCase() === op.toLowerCase() ? op : `${op} (through "${hit}")`;
  }
  return undefined;
}
