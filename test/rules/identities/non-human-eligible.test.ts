import { resolveDefinition } from '../../../lib/model';
import { nonHumanEligible } from '../../../lib/rules/identities/non-human-eligible';
import { developerRole, IDS, minimal } from '../../fixtures/minimal';
import { contextOf, violationsOf } from '../helpers';

const pipeline = () => ({
  ...minimal(),
  roles: [
    developerRole(),
    {
      name: 'CI_DEV',
      standing: ['TASK_DEV_VIEWER' as const],
      members: [{ kind: 'servicePrincipal' as const, objectId: IDS.sp, displayName: 'sp-ci' }],
    },
  ],
});

describe('non-human-eligible', () => {
  test('a service principal holding standing tasks only complies', () => {
    expect(violationsOf(nonHumanEligible, pipeline())).toEqual([]);
  });

  test('fails for a service principal in a role with eligible tasks (validation rejects it first; checked on a model given directly)', () => {
    const d = pipeline();
    const model = resolveDefinition(d);
    const edited = {
      ...model,
      roles: model.roles.map((r) =>
        r.name === 'ROLE_CI_DEV' ? { ...r, eligible: [{ task: 'TASK_PROD_VIEWER', via: ['ROLE_CI_DEV'] }] } : r,
      ),
    };
    expect(nonHumanEligible.check(contextOf(d, {}, edited))).toEqual([
      {
        path: 'roles.ROLE_CI_DEV.members[0]',
        message:
          "servicePrincipal sp-ci is in ROLE_CI_DEV, which holds eligible tasks (TASK_PROD_VIEWER); it can't activate them",
        value: IDS.sp,
        fix: 'give the workload identity its own role with standing, narrowly scoped tasks (e.g. ROLE_CI_PROD_DEPLOY -> TASK_PROD_DEPLOYMENT)',
      },
    ]);
    expect(nonHumanEligible.suppressible).toBe(false);
  });
});
