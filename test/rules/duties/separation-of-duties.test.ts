import { separationOfDuties } from '../../../lib/rules/duties/separation-of-duties';
import { developerRole, IDS, minimal } from '../../fixtures/minimal';
import { kvAdminBaseline, kvAdminTask, leadRole } from '../fixtures';
import { outcomeOf, violationsOf } from '../helpers';

const PAIR = [['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN']] as const;
const withAdmin = (...roles: ReturnType<typeof developerRole>[]) => {
  const d = minimal();
  return {
    ...d,
    baselines: [...d.baselines, kvAdminBaseline()],
    tasks: [...d.tasks, kvAdminTask({ maximumActivation: 'PT1H' })],
    roles,
  };
};

describe('separation-of-duties', () => {
  test('the two tasks in different roles with different members comply', () => {
    expect(
      violationsOf(
        separationOfDuties,
        withAdmin(developerRole(), leadRole({ eligible: ['TASK_PROD_KEYVAULT_ADMIN'] })),
        { separationOfDuties: PAIR },
      ),
    ).toEqual([]);
  });

  test('fails for a role holding both (one inherited)', () => {
    const d = withAdmin(
      developerRole(),
      leadRole({ inherits: ['ROLE_DEVELOPER'], eligible: ['TASK_PROD_KEYVAULT_ADMIN'] }),
    );
    expect(violationsOf(separationOfDuties, d, { separationOfDuties: PAIR })).toEqual([
      {
        path: 'roles.ROLE_LEAD',
        message:
          'ROLE_LEAD holds TASK_PROD_VIEWER (eligible) and TASK_PROD_KEYVAULT_ADMIN (eligible), which must be held apart',
        value: ['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN'],
        fix: 'give TASK_PROD_VIEWER and TASK_PROD_KEYVAULT_ADMIN to different roles, with different members',
      },
    ]);
  });

  test('fails for a person holding both through two roles', () => {
    const lead = leadRole({
      eligible: ['TASK_PROD_KEYVAULT_ADMIN'],
      members: [{ kind: 'user', objectId: IDS.alice, displayName: 'alice' }],
    });
    expect(violationsOf(separationOfDuties, withAdmin(developerRole(), lead), { separationOfDuties: PAIR })).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.members[0]',
        message:
          'alice holds TASK_PROD_VIEWER (eligible) and TASK_PROD_KEYVAULT_ADMIN (eligible) through roles ROLE_DEVELOPER, ROLE_LEAD, and they must be held apart',
        value: ['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN'],
        fix: 'remove alice from one of the roles that give TASK_PROD_VIEWER or TASK_PROD_KEYVAULT_ADMIN',
      },
    ]);
  });

  test('does not apply without configured pairs', () => {
    expect(outcomeOf(separationOfDuties, minimal())).toEqual({
      notApplicable: 'no separation-of-duties pair is configured (rules.separationOfDuties)',
    });
  });
});
