import { routineTaskEligible } from '../../../lib/rules/pim/routine-task-eligible';
import { developerRole, minimal, viewerTask } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const routineProdViewer = (role = developerRole()) => ({
  ...minimal(),
  tasks: [viewerTask('PROD', { access: 'routine' }), viewerTask('DEV', { access: 'routine' })],
  roles: [role],
});

describe('routine-task-eligible', () => {
  test('a routine task held standing complies', () => {
    expect(
      violationsOf(
        routineTaskEligible,
        routineProdViewer(developerRole({ standing: ['TASK_DEV_VIEWER', 'TASK_PROD_VIEWER'], eligible: [] })),
      ),
    ).toEqual([]);
  });

  test('fails for a routine task held eligible, at the eligible entry', () => {
    expect(violationsOf(routineTaskEligible, routineProdViewer())).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.eligible[0]',
        message:
          'ROLE_DEVELOPER holds routine TASK_PROD_VIEWER as eligible: its members would activate it several times a week',
        value: 'TASK_PROD_VIEWER',
        fix: "move TASK_PROD_VIEWER from eligible to standing in ROLE_DEVELOPER, or mark the task access: 'sensitive'",
      },
    ]);
  });

  test('an inherited eligibility is reported once, at the role that declares it', () => {
    const d = routineProdViewer();
    const heir = { name: 'SNR_DEVELOPER', inherits: ['ROLE_DEVELOPER' as const], members: [] };
    expect(violationsOf(routineTaskEligible, { ...d, roles: [...d.roles, heir] }).map((v) => v.path)).toEqual([
      'roles.ROLE_DEVELOPER.eligible[0]',
    ]);
  });
});
