import { breakGlassCaExclusion } from '../../../lib/rules/break-glass/break-glass-ca-exclusion';
import { IDS, minimal } from '../../fixtures/minimal';
import { MORE_IDS, PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { outcomeOf, violationsOf } from '../helpers';

const withAccounts = () => ({
  ...minimal(),
  breakGlass: [
    { objectId: IDS.breakGlass, displayName: 'bg1' },
    { objectId: MORE_IDS.breakGlass2, displayName: 'bg2' },
  ],
});

describe('break-glass-ca-exclusion', () => {
  test('a tenant policy excluding both accounts complies', () => {
    const policies = [{ name: 'require-mfa', excludedUsers: [IDS.breakGlass, MORE_IDS.breakGlass2.toUpperCase()] }];
    expect(violationsOf(breakGlassCaExclusion, withAccounts(), { conditionalAccessPolicies: policies })).toEqual([]);
  });

  test("the model's own exception policy excludes them by construction: complies", () => {
    const d = {
      ...withKvAdmin({ maximumActivation: 'PT2H', requireTicket: true }, { highPrivilege: true }),
      breakGlass: withAccounts().breakGlass,
      exceptions: {
        approvers: [{ kind: 'user' as const, objectId: IDS.bob }],
        notify: ['soc@contoso.example'],
        authenticationContext: 'c1',
      },
    };
    expect(violationsOf(breakGlassCaExclusion, d)).toEqual([]);
    void PROD_WRITE_POLICY;
  });

  test('fails for a tenant policy that applies to a break-glass account', () => {
    expect(
      violationsOf(breakGlassCaExclusion, withAccounts(), {
        conditionalAccessPolicies: [{ name: 'block-legacy' }, { name: 'require-mfa', excludedUsers: [IDS.breakGlass] }],
      }),
    ).toEqual([
      {
        path: 'rules.conditionalAccessPolicies[0]',
        message:
          'Conditional Access policy "block-legacy" applies to break-glass accounts bg1, bg2: an outage of what it requires locks them out too',
        value: [IDS.breakGlass, MORE_IDS.breakGlass2],
        fix: `exclude ${IDS.breakGlass}, ${MORE_IDS.breakGlass2} from the policy (conditions.users.excluded_users)`,
      },
      {
        path: 'rules.conditionalAccessPolicies[1]',
        message:
          'Conditional Access policy "require-mfa" applies to break-glass account bg2: an outage of what it requires locks them out too',
        value: [MORE_IDS.breakGlass2],
        fix: `exclude ${MORE_IDS.breakGlass2} from the policy (conditions.users.excluded_users)`,
      },
    ]);
  });

  test('does not apply without any Conditional Access policy', () => {
    expect(outcomeOf(breakGlassCaExclusion, withAccounts())).toEqual({
      notApplicable:
        'no Conditional Access policy: the model produces none and rules.conditionalAccessPolicies gives none',
    });
  });
});
