import { breakGlassIsolated } from '../../../lib/rules/break-glass/break-glass-isolated';
import { developerRole, IDS } from '../../fixtures/minimal';
import { leadRole, MORE_IDS, PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { violationsOf } from '../helpers';

const accounts = [
  { objectId: IDS.breakGlass, displayName: 'bg1' },
  { objectId: MORE_IDS.breakGlass2, displayName: 'bg2' },
];

describe('break-glass-isolated', () => {
  test('accounts outside every role and approver list comply', () => {
    expect(violationsOf(breakGlassIsolated, { ...withKvAdmin(PROD_WRITE_POLICY), breakGlass: accounts })).toEqual([]);
  });

  test('fails for an account that is a role member (object IDs compared case-insensitively) and for one that approves', () => {
    const roles = [
      developerRole({
        members: [
          { kind: 'user', objectId: IDS.alice },
          { kind: 'user', objectId: IDS.breakGlass.toUpperCase() },
        ],
      }),
      leadRole(),
    ];
    const jit = {
      ...PROD_WRITE_POLICY,
      approvers: [
        { kind: 'role' as const, role: 'ROLE_LEAD' as const },
        { kind: 'user' as const, objectId: MORE_IDS.breakGlass2 },
      ],
    };
    const d = { ...withKvAdmin(jit, {}, roles), breakGlass: accounts };
    expect(violationsOf(breakGlassIsolated, d)).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.members[1]',
        message: "break-glass account bg1 is a member of ROLE_DEVELOPER, so it holds that role's tasks",
        value: IDS.breakGlass.toUpperCase(),
        fix: 'remove it from ROLE_DEVELOPER: break-glass accounts hold only their permanent Global Administrator assignment',
      },
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.approvers[1]',
        message:
          'break-glass account bg2 approves activations of TASK_PROD_KEYVAULT_ADMIN, so it would sign in routinely',
        value: MORE_IDS.breakGlass2,
        fix: 'approve with a named person or a group of people instead',
      },
    ]);
    expect(breakGlassIsolated.suppressible).toBe(false);
  });

  test('fails for an account that is an exception approver (exceptions.approvers)', () => {
    const d = {
      ...withKvAdmin({ maximumActivation: 'PT2H', requireTicket: true }, { highPrivilege: true }),
      breakGlass: accounts,
      exceptions: {
        approvers: [
          { kind: 'role' as const, role: 'ROLE_LEAD' as const },
          { kind: 'user' as const, objectId: IDS.breakGlass.toUpperCase(), displayName: 'bg1 (as approver)' },
        ],
        notify: ['security@contoso.com'],
      },
    };
    expect(violationsOf(breakGlassIsolated, d)).toEqual([
      {
        path: 'exceptions.approvers[1]',
        message:
          'break-glass account bg1 is an exception approver, so it can approve every activation of a highPrivilege task and would sign in routinely',
        value: IDS.breakGlass.toUpperCase(),
        fix: 'approve exception tasks with named senior people or a group of them instead',
      },
    ]);
  });

  test('exception approvers who are people comply', () => {
    const d = {
      ...withKvAdmin({ maximumActivation: 'PT2H', requireTicket: true }, { highPrivilege: true }),
      breakGlass: accounts,
      exceptions: { approvers: [{ kind: 'user' as const, objectId: IDS.bob }], notify: ['security@contoso.com'] },
    };
    expect(violationsOf(breakGlassIsolated, d)).toEqual([]);
  });
});
