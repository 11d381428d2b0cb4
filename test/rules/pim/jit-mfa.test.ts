import { jitMfa } from '../../../lib/rules/pim/jit-mfa';
import { PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { violationsOf } from '../helpers';

describe('jit-mfa', () => {
  test('MFA (the default) or an authentication context complies', () => {
    expect(violationsOf(jitMfa, withKvAdmin(PROD_WRITE_POLICY))).toEqual([]);
    expect(violationsOf(jitMfa, withKvAdmin({ ...PROD_WRITE_POLICY, authenticationContext: 'c1' }))).toEqual([]);
  });

  test('fails for an activation without MFA or authentication context', () => {
    expect(violationsOf(jitMfa, withKvAdmin({ ...PROD_WRITE_POLICY, requireMfa: false }))).toEqual([
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.requireMfa',
        message: 'TASK_PROD_KEYVAULT_ADMIN can be activated without MFA or an authentication context',
        value: false,
        fix: 'remove requireMfa: false from TASK_PROD_KEYVAULT_ADMIN.jit (MFA is the default), or set authenticationContext',
      },
    ]);
  });
});
