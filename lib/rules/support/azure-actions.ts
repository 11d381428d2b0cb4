/**
 * Azure action patterns as Azure RBAC evaluates them: `*` matches any characters, `/` included (`*\/read` is
 * "read actions for all resource types of all providers"), case-insensitively, and a role allows
 * `Actions - NotActions` (https://learn.microsoft.com/en-us/azure/role-based-access-control/role-definitions,
 * "Actions" and "NotActions"). Shared by the rules about roles that hand out access.
 */
import type { CustomAzureRoleDefinition } from '../../model/definition';

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

const patterns = new Map<string, RegExp>();

/** Whether an action pattern (`*` wildcards) matches an operation, case-insensitively. */
export function azureActionMatches(pattern: string, operation: string): boolean {
  let re = patterns.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'i');
    patterns.set(pattern, re);
  }
  return re.test(operation);
}

/** The first entry of `actions` that allows `operation` when no entry of `notActions` removes it, else undefined. */
export function allowingAction(
  actions: readonly string[],
  notActions: readonly string[],
  operation: string,
): string | undefined {
  if (notActions.some((n) => azureActionMatches(n, operation))) return undefined;
  return actions.find((a) => azureActionMatches(a, operation));
}

/**
 * Why a custom role can hand out Azure access, e.g.
 * `Microsoft.Authorization/roleAssignments/write (through "Microsoft.Authorization/*")`, or undefined.
 */
export function customRoleAccessAdmin(role: CustomAzureRoleDefinition): string | undefined {
  for (const op of ACCESS_ADMIN_OPERATIONS) {
    const hit = allowingAction(role.actions, role.notActions ?? [], op);
    if (hit !== undefined) return hit.toLowerCase() === op.toLowerCase() ? op : `${op} (through "${hit}")`;
  }
  return undefined;
}
