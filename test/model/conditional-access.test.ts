/**
 * The Conditional Access policies of the resolved model (the shape the rule pack reads): the policy of the
 * exception authentication context, every break-glass account excluded, users all or the eligible role groups,
 * never the task group; and its Microsoft Graph body.
 */
import { conditionalAccessGraphBody, resolveDefinition } from '../../lib/model';
import { exceptions, SEC, securityDefinition } from '../fixtures/security';

describe('conditionalAccessPolicies', () => {
  test('one policy for the exception context, excluding every break-glass account (sorted), for all users, requiring MFA', () => {
    expect(resolveDefinition(securityDefinition()).conditionalAccessPolicies).toEqual([
      {
        name: 'CA_EXCEPTION_ACTIVATION_C1',
        displayName: 'task-access: exception activation (authentication context c1)',
        purpose: 'exception-activation',
        state: 'enabled',
        authenticationContext: 'c1',
        includedUsers: ['All'],
        includedRoles: [],
        excludedUsers: [SEC.breakGlass1, SEC.breakGlass2],
        grant: { builtInControls: ['mfa'] },
        tasks: ['TASK_PROD_KEYVAULT_ADMIN'],
      },
    ]);
  });

  test('eligible-roles targets the role groups eligible for an exception task, own or inherited, never the task group', () => {
    const d = {
      ...securityDefinition(),
      exceptions: exceptions({
        conditionalAccess: {
          users: 'eligible-roles',
          authenticationStrengthPolicyId: '00000000-0000-0000-0000-000000000004',
          state: 'enabledForReportingButNotEnforced',
        },
      }),
    };
    const [p] = resolveDefinition(d).conditionalAccessPolicies ?? [];
    expect(p).toMatchObject({
      includedUsers: [],
      includedRoles: ['ROLE_SNR_DEVELOPER'],
      state: 'enabledForReportingButNotEnforced',
      grant: { authenticationStrengthPolicyId: '00000000-0000-0000-0000-000000000004' },
    });
    expect(p.includedRoles).not.toContain('TASK_PROD_KEYVAULT_ADMIN');
  });

  test('no policy without an exception context, and none without exceptions', () => {
    expect(
      resolveDefinition({ ...securityDefinition(), exceptions: exceptions({ authenticationContext: undefined }) })
        .conditionalAccessPolicies,
    ).toEqual([]);
    const { exceptions: _x, ...plain } = securityDefinition();
    void _x;
    expect(resolveDefinition(plain).conditionalAccessPolicies).toEqual([]);
  });

  test('without break-glass accounts the exclusion list is empty', () => {
    const [p] = resolveDefinition({ ...securityDefinition(), breakGlass: [] }).conditionalAccessPolicies ?? [];
    expect(p.excludedUsers).toEqual([]);
  });

  test('the Graph body targets the context and excludes the break-glass accounts', () => {
    const d = { ...securityDefinition(), exceptions: exceptions({ conditionalAccess: { users: 'eligible-roles' } }) };
    const [p] = resolveDefinition(d).conditionalAccessPolicies ?? [];
    expect(conditionalAccessGraphBody(p, (r) => `<${r}>`)).toEqual({
      displayName: 'task-access: exception activation (authentication context c1)',
      state: 'enabled',
      conditions: {
        clientAppTypes: ['all'],
        applications: { includeAuthenticationContextClassReferences: ['c1'] },
        users: { includeGroups: ['<ROLE_SNR_DEVELOPER>'], excludeUsers: [SEC.breakGlass1, SEC.breakGlass2] },
      },
      grantControls: { operator: 'OR', builtInControls: ['mfa'] },
    });
  });
});
