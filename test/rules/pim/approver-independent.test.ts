import { approverIndependent } from '../../../lib/rules/pim/approver-independent';
import { developerRole, IDS } from '../../fixtures/minimal';
import { leadRole, MORE_IDS, PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { violationsOf } from '../helpers';

const pairOfDevelopers = () =>
  developerRole({
    eligible: ['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN'],
    members: [
      { kind: 'user', objectId: IDS.alice },
      { kind: 'user', objectId: MORE_IDS.carol },
    ],
  });

describe('approver-independent', () => {
  test('a lead outside the requesting role complies', () => {
    expect(violationsOf(approverIndependent, withKvAdmin(PROD_WRITE_POLICY))).toEqual([]);
  });

  test('fails when the approver role is the only eligible role (peers approve each other)', () => {
    const jit = { ...PROD_WRITE_POLICY, approvers: [{ kind: 'role' as const, role: 'ROLE_DEVELOPER' as const }] };
    expect(violationsOf(approverIndependent, withKvAdmin(jit, {}, [pairOfDevelopers(), leadRole()]))).toEqual([
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.approvers',
        message:
          'every approver of TASK_PROD_KEYVAULT_ADMIN (ROLE_DEVELOPER) is a member of ROLE_DEVELOPER, which requests it: the role approves its own activations',
        value: ['ROLE_DEVELOPER'],
        fix: 'add an approver outside ROLE_DEVELOPER to TASK_PROD_KEYVAULT_ADMIN (a manager or senior group), or approve by another role',
      },
    ]);
  });

  test('fails when the approver is a user who is a member of the requesting role', () => {
    const jit = {
      ...PROD_WRITE_POLICY,
      approvers: [{ kind: 'user' as const, objectId: MORE_IDS.carol, displayName: 'carol' }],
    };
    expect(
      violationsOf(approverIndependent, withKvAdmin(jit, {}, [pairOfDevelopers(), leadRole()])).map((v) => v.value),
    ).toEqual([['user carol']]);
  });

  test('adding a manager group as a second approver makes it independent', () => {
    const jit = {
      ...PROD_WRITE_POLICY,
      approvers: [
        { kind: 'role' as const, role: 'ROLE_DEVELOPER' as const },
        { kind: 'group' as const, objectId: MORE_IDS.managers },
      ],
    };
    expect(violationsOf(approverIndependent, withKvAdmin(jit, {}, [pairOfDevelopers(), leadRole()]))).toEqual([]);
  });
});
