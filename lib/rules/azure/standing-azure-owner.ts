/**
 * Rule `standing-azure-owner`: no role holds standing a task that reaches Owner, User Access Administrator or
 * Role Based Access Control Administrator: roles that can grant any access, including to themselves.
 */
import type { ResolvedGrant } from '../../model/resolved';
import { standingGrantViolations } from '../support/standing-grants';
import type { Rule } from '../rule';

/** Azure built-in roles that can assign roles (hand out any access). */
export const AZURE_ACCESS_ADMIN_ROLES: readonly string[] = [
  'Owner',
  'Role Based Access Control Administrator',
  'User Access Administrator',
];

function accessAdmin(g: ResolvedGrant): string | undefined {
  return g.kind === 'azureRole' && AZURE_ACCESS_ADMIN_ROLES.includes(g.roleName)
    ? `"${g.roleName}" at ${g.scope}`
    : undefined;
}

/** No standing Owner, User Access Administrator or Role Based Access Control Administrator. */
export const standingAzureOwner: Rule = {
  id: 'standing-azure-owner',
  level: 'error',
  suppressible: true,
  summary:
    'no role holds standing a task that reaches Owner, User Access Administrator or Role Based Access Control Administrator',
  source:
    'seed 2.4 (sensitive tasks just in time), seed 3 (high-level roles managed with PIM); these roles can grant any access',
  check(ctx) {
    return standingGrantViolations(ctx, accessAdmin, (role, task, hits) => ({
      message: `${role} holds ${task} standing, and it can assign Azure roles: ${hits.join('; ')}`,
      value: task,
      fix: `make ${task} eligible in ${role} (and highPrivilege, with senior approval), or grant a role that can't assign roles`,
    }));
  },
};
