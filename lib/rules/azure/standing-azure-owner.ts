/**
 * Rule `standing-azure-owner`: no role holds standing a task that can hand out Azure access: Owner, User Access
 * Administrator, Role Based Access Control Administrator, or a custom role allowing
 * `Microsoft.Authorization/roleAssignments/write` or `.../roleDefinitions/write` (through any wildcard, such as
 * `Microsoft.Authorization/*` or `*`, that its NotActions don't take back). Whoever holds it can give anyone any
 * access at the scope, themselves included.
 */
import type { ResolvedGrant } from '../../model/resolved';
import type { RuleContext } from '../context';
import { customRoleAccessAdmin } from '../support/azure-actions';
import { standingGrantViolations } from '../support/standing-grants';
import type { Rule } from '../rule';

/**
 * Azure built-in roles that can assign any role without a condition. (The other built-in roles with
 * `roleAssignments/write` carry an ABAC condition limiting the roles they assign.)
 */
export const AZURE_ACCESS_ADMIN_ROLES: readonly string[] = [
  'Owner',
  'Role Based Access Control Administrator',
  'User Access Administrator',
];

/** What makes a grant hand out Azure access (`"Owner" at <scope>`), or undefined. */
export function azureAccessAdmin(ctx: Pick<RuleContext, 'model'>, g: ResolvedGrant): string | undefined {
  if (g.kind === 'azureRole')
    return AZURE_ACCESS_ADMIN_ROLES.includes(g.roleName) ? `"${g.roleName}" at ${g.scope}` : undefined;
  if (g.kind !== 'azureCustomRole') return undefined;
  const role = ctx.model.customRoles.find((c) => c.name === g.roleName);
  const why = role ? customRoleAccessAdmin(role) : undefined;
  return why ? `custom role "${g.roleName}" at ${g.scope} allows ${why}` : undefined;
}

/** No standing Owner, User Access Administrator, Role Based Access Control Administrator or equivalent custom role. */
export const standingAzureOwner: Rule = {
  id: 'standing-azure-owner',
  level: 'error',
  suppressible: true,
  summary:
    'no role holds standing a task that can hand out Azure access (Owner, User Access Administrator, Role Based Access Control Administrator, or a custom role allowing role assignment or role definition writes)',
  source: 'the task-based access model: roles that can grant any access are sensitive and exceptional',
  check(ctx) {
    return standingGrantViolations(
      ctx,
      (g) => azureAccessAdmin(ctx, g),
      (role, task, hits) => ({
        message: `${role} holds ${task} standing, and it can assign Azure roles: ${hits.join('; ')}`,
        value: task,
        fix: `make ${task} eligible in ${role} (and highPrivilege, with senior approval), or grant a role that can't assign roles`,
      }),
    );
  },
};
