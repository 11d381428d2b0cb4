import { resolveValidDefinition, type AccessModelDefinition } from '../../../lib/model';
import { roleHoldsBaseline } from '../../../lib/rules/layers/role-holds-baseline';
import { developerRole, minimal } from '../../fixtures/minimal';
import { contextOf, violationsOf } from '../helpers';

describe('role-holds-baseline', () => {
  test('roles holding tasks comply', () => {
    expect(violationsOf(roleHoldsBaseline, minimal())).toEqual([]);
  });

  test('fails for a baseline in a role, plain or time-bound (validation rejects it first; checked on a model resolved without validation)', () => {
    const valid = minimal();
    const broken: AccessModelDefinition = {
      ...valid,
      roles: [
        developerRole({
          eligible: ['TASK_PROD_VIEWER', 'BASE_PROD_KV_SECRETS_GET' as never],
          standing: [{ task: 'BASE_DEV_KV_SECRETS_GET' as never, until: '2030-01-01' }],
        }),
      ],
    };
    expect(roleHoldsBaseline.check(contextOf(broken, {}, resolveValidDefinition(broken)))).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.standing[0]',
        message: 'ROLE_DEVELOPER holds baseline BASE_DEV_KV_SECRETS_GET directly',
        value: 'BASE_DEV_KV_SECRETS_GET',
        fix: 'put BASE_DEV_KV_SECRETS_GET in a task and give ROLE_DEVELOPER that task',
      },
      {
        path: 'roles.ROLE_DEVELOPER.eligible[1]',
        message: 'ROLE_DEVELOPER holds baseline BASE_PROD_KV_SECRETS_GET directly',
        value: 'BASE_PROD_KV_SECRETS_GET',
        fix: 'put BASE_PROD_KV_SECRETS_GET in a task and give ROLE_DEVELOPER that task',
      },
    ]);
  });

  test('is not suppressible', () => {
    expect(roleHoldsBaseline.suppressible).toBe(false);
  });
});
