import { tokenGroupHeadroom } from '../../../lib/rules/limits/token-group-headroom';
import { minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

describe('token-group-headroom', () => {
  test('5 groups under a warning threshold of 6 comply; above the limit it is token-group-limit, not a warning', () => {
    expect(violationsOf(tokenGroupHeadroom, minimal(), { limits: { tokenGroups: 10, tokenGroupsWarning: 6 } })).toEqual(
      [],
    );
    expect(violationsOf(tokenGroupHeadroom, minimal(), { limits: { tokenGroups: 4, tokenGroupsWarning: 3 } })).toEqual(
      [],
    );
  });

  test('fails (a warning) from the threshold up to the limit', () => {
    expect(violationsOf(tokenGroupHeadroom, minimal(), { limits: { tokenGroups: 5, tokenGroupsWarning: 5 } })).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.members[0]',
        message:
          'alice is in 5 groups with every eligible task active (1 role, 2 tasks, 2 baselines; 3 standing), close to the 5 a token carries',
        value: 5,
        fix: 'plan to give the principal fewer roles or tasks, or merge small baselines, before the limit is reached',
      },
    ]);
    expect(tokenGroupHeadroom.level).toBe('warning');
  });
});
