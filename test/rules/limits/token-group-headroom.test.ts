import { tokenGroupHeadroom } from '../../../lib/rules/limits/token-group-headroom';
import { developerRole, IDS, minimal, withRoles } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

// Alice (ROLE_DEVELOPER, a user): 5 groups, 3 standing. ci-dev (ROLE_CI_DEV, a service principal): 3 groups.
const withPipeline = () =>
  withRoles(developerRole(), {
    name: 'CI_DEV',
    standing: ['TASK_DEV_VIEWER'],
    members: [{ kind: 'servicePrincipal', objectId: IDS.sp, displayName: 'ci-dev' }],
  });
const close = {
  message:
    'alice is in 5 groups with every eligible task active (1 role, 2 tasks, 2 baselines; 3 standing), close to the 5 a token carries',
  fix: 'plan to give the principal fewer roles or tasks, or merge small baselines, before the limit is reached',
};

describe('token-group-headroom', () => {
  test('5 groups under a warning threshold of 6 comply', () => {
    expect(tokenGroupHeadroom.level).toBe('warning');
    expect(violationsOf(tokenGroupHeadroom, minimal(), { limits: { tokenGroups: 10, tokenGroupsWarning: 6 } })).toEqual(
      [],
    );
  });

  test('warns from the threshold up to the limit for anyone, and past it for a user (in principal key order)', () => {
    expect(violationsOf(tokenGroupHeadroom, minimal(), { limits: { tokenGroups: 5, tokenGroupsWarning: 5 } })).toEqual([
      { path: 'roles.ROLE_DEVELOPER.members[0]', value: 5, ...close },
    ]);
    expect(
      violationsOf(tokenGroupHeadroom, withPipeline(), { limits: { tokenGroups: 3, tokenGroupsWarning: 3 } }),
    ).toEqual([
      {
        path: 'roles.ROLE_CI_DEV.members[0]',
        message:
          'ci-dev is in 3 groups with every eligible task active (1 role, 1 task, 1 baseline; 3 standing), close to the 3 a token carries',
        value: 3,
        fix: close.fix,
      },
      {
        path: 'roles.ROLE_DEVELOPER.members[0]',
        message:
          'alice is in 5 groups with every eligible task active (1 role, 2 tasks, 2 baselines; 3 standing), more than the 3 a token carries: its tokens carry an overage claim instead of the groups; AKS resolves it through Microsoft Graph, but an application that reads only the groups claim misses its groups',
        value: 5,
        fix: 'give the principal fewer roles or tasks, or merge small baselines of the same resource into one; the applications it signs in to must look the groups up in Microsoft Graph when the token has an overage claim',
      },
    ]);
  });

  test('a workload identity past the limit is the token-group-limit error, not a warning', () => {
    expect(
      violationsOf(tokenGroupHeadroom, withPipeline(), { limits: { tokenGroups: 2, tokenGroupsWarning: 2 } }).map(
        (v) => v.path,
      ),
    ).toEqual(['roles.ROLE_DEVELOPER.members[0]']);
  });
});
