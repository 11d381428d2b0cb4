import { standingProtectedWrite } from '../../../lib/rules/pim/standing-protected-write';
import { developerRole, IDS } from '../../fixtures/minimal';
import { leadRole, PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { violationsOf } from '../helpers';

describe('standing-protected-write', () => {
  test('production writes held eligible, and a pipeline holding them standing, comply', () => {
    expect(violationsOf(standingProtectedWrite, withKvAdmin(PROD_WRITE_POLICY))).toEqual([]);
    const ci = {
      name: 'CI_PROD',
      standing: ['TASK_PROD_KEYVAULT_ADMIN' as const],
      members: [{ kind: 'managedIdentity' as const, objectId: IDS.mi }],
    };
    expect(
      violationsOf(standingProtectedWrite, withKvAdmin(PROD_WRITE_POLICY, {}, [developerRole(), leadRole(), ci])),
    ).toEqual([]);
  });

  test('fails for a role of people holding a production write task standing', () => {
    const roles = [developerRole(), leadRole({ standing: ['TASK_PROD_KEYVAULT_ADMIN'] })];
    expect(violationsOf(standingProtectedWrite, withKvAdmin(undefined, {}, roles))).toEqual([
      {
        path: 'roles.ROLE_LEAD.standing[0]',
        message:
          'ROLE_LEAD holds TASK_PROD_KEYVAULT_ADMIN standing, and it writes in protected environment PROD (BASE_PROD_KV_SECRETS_ADMIN: action part ADMIN)',
        value: 'TASK_PROD_KEYVAULT_ADMIN',
        fix: 'make TASK_PROD_KEYVAULT_ADMIN eligible in ROLE_LEAD with a jit policy; a pipeline gets its own role of workload identities',
      },
    ]);
  });
});
