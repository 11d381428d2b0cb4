import { emptyRole } from '../../../lib/rules/layers/empty-role';
import { unusedTask } from '../../../lib/rules/layers/unused-task';
import { developerRole, minimal, withRoles, withTasks } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

describe('unused-task', () => {
  test('tasks held by a role, standing or eligible, comply', () => {
    expect(violationsOf(unusedTask, minimal())).toEqual([]);
  });

  test('fails (a warning) on a task in no role', () => {
    const d = withTasks({ environment: 'DEV', name: 'ORPHAN', baselines: ['BASE_DEV_KV_SECRETS_GET'] });
    expect(violationsOf(unusedTask, d)).toEqual([
      {
        path: 'tasks.TASK_DEV_ORPHAN',
        message: 'TASK_DEV_ORPHAN is held by no role: its group and memberships are created, but nobody can use them',
        value: 'TASK_DEV_ORPHAN',
        fix: 'give TASK_DEV_ORPHAN to a role (standing or eligible), or remove it',
      },
    ]);
    expect(unusedTask.level).toBe('warning');
  });
});

describe('empty-role', () => {
  test('a role with members, or one a staffed role inherits, complies', () => {
    const base = developerRole({ name: 'BASE_SET', members: [] });
    const heir = developerRole({ standing: [], eligible: [], inherits: ['ROLE_BASE_SET'] });
    expect(violationsOf(emptyRole, withRoles(base, heir))).toEqual([]);
  });

  test('fails (a warning) on a role with no members that no staffed role inherits', () => {
    expect(violationsOf(emptyRole, withRoles(developerRole(), developerRole({ name: 'GHOST', members: [] })))).toEqual([
      {
        path: 'roles.ROLE_GHOST.members',
        message:
          'ROLE_GHOST has no members and no role with members inherits it: its group, memberships and eligibilities are created, but nobody holds them',
        value: [],
        fix: 'add members to ROLE_GHOST, inherit it from a staffed role, or remove it (suppress with a reason if members are added outside the definition)',
      },
    ]);
  });
});
