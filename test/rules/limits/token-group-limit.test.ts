import { DEFAULT_RULE_LIMITS } from '../../../lib/rules/options';
import { tokenGroupLimit } from '../../../lib/rules/limits/token-group-limit';
import { IDS, minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

// Alice (ROLE_DEVELOPER): 1 role, TASK_DEV_VIEWER standing + TASK_PROD_VIEWER eligible, 2 baselines: 5 groups, 3 standing.
describe('token-group-limit', () => {
  test('the default limit is the 200-group token limit (platform-facts 1); 5 groups comply', () => {
    expect(DEFAULT_RULE_LIMITS.tokenGroups).toBe(200);
    expect(violationsOf(tokenGroupLimit, minimal())).toEqual([]);
    expect(violationsOf(tokenGroupLimit, minimal(), { limits: { tokenGroups: 5, tokenGroupsWarning: 5 } })).toEqual([]);
  });

  test('fails when the count with every eligible task active passes the limit, with the breakdown', () => {
    expect(violationsOf(tokenGroupLimit, minimal(), { limits: { tokenGroups: 4, tokenGroupsWarning: 3 } })).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.members[0]',
        message:
          'alice is in 5 groups with every eligible task active (1 role, 2 tasks, 2 baselines; 3 standing), more than the 4 a token carries: AKS and apps would miss its groups',
        value: 5,
        fix: 'give the principal fewer roles or tasks, or merge small baselines of the same resource into one',
      },
    ]);
  });

  test('groups outside the definition count too', () => {
    const [v] = violationsOf(tokenGroupLimit, minimal(), { limits: { groupsOutsideDefinition: 196 } });
    expect(v).toMatchObject({ value: 201 });
    expect(v.message).toContain('(1 role, 2 tasks, 2 baselines +196 outside the definition; 199 standing)');
    void IDS;
  });
});
