import { DEFAULT_RULE_LIMITS } from '../../../lib/rules/options';
import { tokenGroupLimit } from '../../../lib/rules/limits/token-group-limit';
import { developerRole, IDS, minimal, withRoles } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

// Alice (ROLE_DEVELOPER, a user): 1 role, TASK_DEV_VIEWER standing + TASK_PROD_VIEWER eligible, 2 baselines: 5 groups.
// ci-dev (ROLE_CI_DEV, a service principal): 1 role, TASK_DEV_VIEWER standing, 1 baseline: 3 groups.
const withPipeline = () =>
  withRoles(developerRole(), {
    name: 'CI_DEV',
    standing: ['TASK_DEV_VIEWER'],
    members: [{ kind: 'servicePrincipal', objectId: IDS.sp, displayName: 'ci-dev' }],
  });

describe('token-group-limit', () => {
  test('the default limit is the 200-group token limit (the groups overage claim of a JWT); a few groups comply', () => {
    expect(DEFAULT_RULE_LIMITS.tokenGroups).toBe(200);
    expect(tokenGroupLimit.level).toBe('error');
    expect(violationsOf(tokenGroupLimit, withPipeline())).toEqual([]);
    expect(
      violationsOf(tokenGroupLimit, withPipeline(), { limits: { tokenGroups: 3, tokenGroupsWarning: 3 } }),
    ).toEqual([]);
  });

  test('fails a workload identity past the limit, with the breakdown: AKS rejects its token', () => {
    expect(
      violationsOf(tokenGroupLimit, withPipeline(), { limits: { tokenGroups: 2, tokenGroupsWarning: 2 } }),
    ).toEqual([
      {
        path: 'roles.ROLE_CI_DEV.members[0]',
        message:
          "servicePrincipal ci-dev is in 3 groups (1 role, 1 task, 1 baseline; 3 standing), more than the 2 a token carries: its token gets an overage claim instead of the groups, which AKS doesn't resolve for a service principal, so it rejects the sign-in and none of its Kubernetes bindings apply",
        value: 3,
        fix: 'give the workload identity fewer roles or tasks (its own role with the one task it needs), or merge small baselines of the same resource into one',
      },
    ]);
  });

  test('a user past the limit is no error (AKS resolves the overage through Graph): token-group-headroom warns', () => {
    expect(violationsOf(tokenGroupLimit, minimal(), { limits: { tokenGroups: 4, tokenGroupsWarning: 3 } })).toEqual([]);
  });

  test('groups outside the definition count too', () => {
    const [v] = violationsOf(tokenGroupLimit, withPipeline(), { limits: { groupsOutsideDefinition: 198 } });
    expect(v).toMatchObject({ path: 'roles.ROLE_CI_DEV.members[0]', value: 201 });
    expect(v.message).toContain('(1 role, 1 task, 1 baseline +198 outside the definition; 201 standing)');
  });
});
