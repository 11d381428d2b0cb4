import { approverExists } from '../../../lib/rules/pim/approver-exists';
import { developerRole, IDS } from '../../fixtures/minimal';
import { leadRole, MORE_IDS, PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { resolveDefinition } from '../../../lib/model';
import type { Violation } from '../../../lib/rules/rule';
import { contextOf, violationsOf } from '../helpers';

describe('approver-exists', () => {
  test('a lead approving the developers complies', () => {
    expect(violationsOf(approverExists, withKvAdmin(PROD_WRITE_POLICY))).toEqual([]);
  });

  test('fails when the only approver role has a single member who is also the only requester', () => {
    const roles = [developerRole({ eligible: ['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN'] }), leadRole()];
    const jit = { ...PROD_WRITE_POLICY, approvers: [{ kind: 'role' as const, role: 'ROLE_DEVELOPER' as const }] };
    expect(violationsOf(approverExists, withKvAdmin(jit, {}, roles))).toEqual([
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.approvers',
        message:
          'nobody but the requester can approve activations of TASK_PROD_KEYVAULT_ADMIN by alice in ROLE_DEVELOPER (approvers: ROLE_DEVELOPER), and PIM does not let a requester approve their own request',
        value: ['ROLE_DEVELOPER'],
        fix: "add an approver outside the requesting role to TASK_PROD_KEYVAULT_ADMIN (e.g. a manager group: { kind: 'group', objectId: '<group object ID>' }), or add members to the approver role",
      },
    ]);
  });

  test('fails when the approver role has no members (validation rejects it as approver-lockout; a model given directly)', () => {
    const d = withKvAdmin(PROD_WRITE_POLICY);
    const model = resolveDefinition(d);
    const emptied = { ...model, roles: model.roles.map((r) => (r.name === 'ROLE_LEAD' ? { ...r, members: [] } : r)) };
    const [v] = approverExists.check(contextOf(d, {}, emptied)) as readonly Violation[];
    expect(v.message).toBe(
      'nobody can approve activations of TASK_PROD_KEYVAULT_ADMIN: its approvers (ROLE_LEAD) have no members, so alice in ROLE_DEVELOPER can never activate it',
    );
  });

  test('two members approving each other, or a group approver, leave someone to approve', () => {
    const pair = developerRole({
      eligible: ['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN'],
      members: [
        { kind: 'user', objectId: IDS.alice },
        { kind: 'user', objectId: MORE_IDS.carol },
      ],
    });
    const self = { ...PROD_WRITE_POLICY, approvers: [{ kind: 'role' as const, role: 'ROLE_DEVELOPER' as const }] };
    expect(violationsOf(approverExists, withKvAdmin(self, {}, [pair, leadRole()]))).toEqual([]);
    const group = { ...PROD_WRITE_POLICY, approvers: [{ kind: 'group' as const, objectId: MORE_IDS.managers }] };
    expect(
      violationsOf(
        approverExists,
        withKvAdmin(group, {}, [developerRole(), leadRole({ eligible: ['TASK_PROD_KEYVAULT_ADMIN'] })]),
      ),
    ).toEqual([]);
  });

  test("reads the approvers of the resolved policy: an exception task approved only through the definition's exceptions complies", () => {
    const { approvers: _own, ...noApprovers } = PROD_WRITE_POLICY;
    const d = withKvAdmin(noApprovers, { highPrivilege: true });
    const withExceptions = {
      ...d,
      exceptions: {
        approvers: [{ kind: 'role' as const, role: 'ROLE_LEAD' as const }],
        notify: ['security@contoso.example'],
      },
    };
    expect(violationsOf(approverExists, withExceptions)).toEqual([]);
  });
});
