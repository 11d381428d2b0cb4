/**
 * The Conditional Access policies the model needs. Today one kind: the policy behind the exception
 * authentication context (requiring the context on activation enforces nothing without a policy that targets it).
 * Every policy excludes every break-glass account (the task-based access model, docs/security.md: "excluded from
 * PIM, MFA, and Conditional Access";
 * https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access).
 */
import type { BreakGlassAccount } from './definition';
import type { ResolvedRole } from './resolved';
import type { ResolvedConditionalAccessPolicy, ResolvedExceptions } from './resolved-security';
import type { ExceptionConditionalAccess } from './security-settings';

/** Prefix of every Conditional Access policy display name the library produces. */
export const CONDITIONAL_ACCESS_DISPLAY_PREFIX = 'task-access';

/**
 * The policy of the exception authentication context, or none when no context is set. With `users:
 * 'eligible-roles'` it targets the role groups eligible for an exception task, never the task groups (during
 * activation the user is not yet a member,
 * https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-role-settings).
 */
export function resolveConditionalAccessPolicies(
  exceptions: ResolvedExceptions | undefined,
  settings: ExceptionConditionalAccess | undefined,
  roles: readonly ResolvedRole[],
  breakGlass: readonly BreakGlassAccount[],
): ResolvedConditionalAccessPolicy[] {
  const context = exceptions?.authenticationContext;
  if (exceptions === undefined || context === undefined) return [];
  const users = settings?.users ?? 'all';
  const eligibleRoles = roles
    .filter((r) => r.eligible.some((e) => exceptions.tasks.includes(e.task)))
    .map((r) => r.name)
    .sort();
  return [
    {
      name: `CA_EXCEPTION_ACTIVATION_${context.toUpperCase()}`,
      displayName: `${CONDITIONAL_ACCESS_DISPLAY_PREFIX}: exception activation (authentication context ${context})`,
      purpose: 'exception-activation',
      state: settings?.state ?? 'enabled',
      authenticationContext: context,
      includedUsers: users === 'all' ? ['All'] : [],
      includedRoles: users === 'all' ? [] : eligibleRoles,
      excludedUsers: breakGlass.map((b) => b.objectId).sort(),
      grant:
        settings?.authenticationStrengthPolicyId !== undefined
          ? { authenticationStrengthPolicyId: settings.authenticationStrengthPolicyId }
          : { builtInControls: ['mfa'] },
      tasks: exceptions.tasks,
    },
  ];
}

/**
 * The Microsoft Graph body of a policy (`POST /v1.0/identity/conditionalAccess/policies`,
 * conditionalAccessPolicy resource). `groupObjectId` turns a role name into its group's object ID.
 */
export function conditionalAccessGraphBody(
  policy: ResolvedConditionalAccessPolicy,
  groupObjectId: (role: string) => string,
): Record<string, unknown> {
  return {
    displayName: policy.displayName,
    state: policy.state,
    conditions: {
      clientAppTypes: ['all'],
      applications: { includeAuthenticationContextClassReferences: [policy.authenticationContext] },
      users: {
        ...(policy.includedUsers.length > 0 ? { includeUsers: [...policy.includedUsers] } : {}),
        ...(policy.includedRoles.length > 0 ? { includeGroups: policy.includedRoles.map(groupObjectId) } : {}),
        excludeUsers: [...policy.excludedUsers],
      },
    },
    grantControls:
      'authenticationStrengthPolicyId' in policy.grant
        ? { operator: 'OR', authenticationStrength: { id: policy.grant.authenticationStrengthPolicyId } }
        : { operator: 'OR', builtInControls: [...policy.grant.builtInControls] },
  };
}
