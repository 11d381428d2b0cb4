import { sensitiveTaskStanding } from '../../../lib/rules/pim/sensitive-task-standing';
import { developerRole, IDS, minimal, viewerTask } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const sensitiveDevViewer = (...roles: ReturnType<typeof developerRole>[]) => ({
  ...minimal(),
  tasks: [viewerTask('PROD'), viewerTask('DEV', { access: 'sensitive' })],
  roles,
});

describe('sensitive-task-standing', () => {
  test('a sensitive task held eligible complies', () => {
    const d = sensitiveDevViewer(developerRole({ standing: [], eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_VIEWER'] }));
    expect(
      violationsOf(sensitiveTaskStanding, {
        ...d,
        tasks: [viewerTask('PROD'), viewerTask('DEV', { access: 'sensitive', jit: {} })],
      }),
    ).toEqual([]);
  });

  test('fails for a sensitive task held standing by a role of people', () => {
    expect(violationsOf(sensitiveTaskStanding, sensitiveDevViewer(developerRole()))).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.standing[0]',
        message:
          'ROLE_DEVELOPER holds sensitive TASK_DEV_VIEWER standing: its members have it all the time instead of just in time',
        value: 'TASK_DEV_VIEWER',
        fix: 'move TASK_DEV_VIEWER from standing to eligible in ROLE_DEVELOPER (the task needs a jit policy)',
      },
    ]);
  });

  test('a role of workload identities (a pipeline) may hold it standing', () => {
    const ci = developerRole({
      name: 'CI_DEV',
      eligible: [],
      members: [{ kind: 'servicePrincipal', objectId: IDS.sp }],
    });
    expect(violationsOf(sensitiveTaskStanding, sensitiveDevViewer(ci))).toEqual([]);
  });
});
