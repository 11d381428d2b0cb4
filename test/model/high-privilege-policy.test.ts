/**
 * Exception (high-privilege) tasks: the `exceptions` settings applied by the resolution to each such task's
 * policy (senior approvers only, the security team added to the activation notifications, the authentication
 * context instead of MFA), and rule `exception-policy` with its messages.
 */
import {
  resolveDefinition,
  validateDefinition,
  type AccessModelDefinition,
  type TaskDefinition,
} from '../../lib/model';
import { problem } from '../fixtures/problems';
import { exceptions, SEC, securityDefinition } from '../fixtures/security';

const withTask = (d: AccessModelDefinition, name: string, change: Partial<TaskDefinition>): AccessModelDefinition => ({
  ...d,
  tasks: d.tasks.map((t) => (`TASK_${t.environment}_${t.name}` === name ? { ...t, ...change } : t)),
});

describe('resolution of exception tasks', () => {
  test('an exception task is approved only by exceptions.approvers, notifies the security team too, and requires the context instead of MFA', () => {
    // GIVEN TASK_PROD_KEYVAULT_ADMIN (highPrivilege, own notification oncall@) and exceptions (ROLE_SECURITY_LEAD, security@, c1)
    // WHEN resolved
    const task = resolveDefinition(securityDefinition()).tasks.find((t) => t.name === 'TASK_PROD_KEYVAULT_ADMIN');
    // THEN
    expect(task?.jit).toEqual({
      maximumActivation: 'PT2H',
      requireJustification: true,
      requireTicket: true,
      requireApproval: true,
      approvers: [{ kind: 'role', role: 'ROLE_SECURITY_LEAD' }],
      requireMfa: false,
      authenticationContext: 'c1',
      notifyOnActivation: ['oncall@contoso.example', 'security@contoso.example'],
      eligibilityExpiry: 'never',
    });
  });

  test('a task that is not an exception keeps its own policy', () => {
    const viewer = resolveDefinition(securityDefinition()).tasks.find((t) => t.name === 'TASK_PROD_VIEWER');
    expect(viewer?.jit).toMatchObject({
      requireApproval: false,
      approvers: [],
      requireMfa: true,
      notifyOnActivation: [],
    });
    expect(viewer?.jit?.authenticationContext).toBeUndefined();
  });

  test('without an authentication context, the exception task keeps MFA', () => {
    const d = { ...securityDefinition(), exceptions: exceptions({ authenticationContext: undefined }) };
    const task = resolveDefinition(d).tasks.find((t) => t.name === 'TASK_PROD_KEYVAULT_ADMIN');
    expect(task?.jit).toMatchObject({ requireMfa: true, requireApproval: true });
    expect(task?.jit?.authenticationContext).toBeUndefined();
  });

  test('the same address in both lists is notified once (case-insensitive)', () => {
    const d = withTask(securityDefinition(), 'TASK_PROD_KEYVAULT_ADMIN', {
      jit: { notifyOnActivation: ['Security@contoso.example'] },
    });
    expect(
      resolveDefinition(d).tasks.find((t) => t.name === 'TASK_PROD_KEYVAULT_ADMIN')?.jit?.notifyOnActivation,
    ).toEqual(['Security@contoso.example']);
  });

  test('the resolved model carries the settings and the owners', () => {
    const m = resolveDefinition(securityDefinition());
    expect(m.exceptions).toEqual({
      approvers: [{ kind: 'role', role: 'ROLE_SECURITY_LEAD' }],
      notify: ['security@contoso.example'],
      authenticationContext: 'c1',
      tasks: ['TASK_PROD_KEYVAULT_ADMIN'],
    });
    expect(m.tasks.map((t) => [t.name, t.owner])).toEqual([
      ['TASK_DEV_VIEWER', undefined],
      ['TASK_PROD_KEYVAULT_ADMIN', 'platform-lead@contoso.example'],
      ['TASK_PROD_VIEWER', 'platform@contoso.example'],
    ]);
    expect(m.roles.map((r) => [r.name, r.owner])).toEqual([
      ['ROLE_DEVELOPER', 'head-of-engineering@contoso.example'],
      ['ROLE_SECURITY_LEAD', 'ciso@contoso.example'],
      ['ROLE_SNR_DEVELOPER', undefined],
    ]);
  });
});

describe('exception-policy', () => {
  test('accepts the fixture, and a task stating the same approvers as exceptions.approvers', () => {
    expect(validateDefinition(securityDefinition())).toEqual([]);
    const same = withTask(securityDefinition(), 'TASK_PROD_KEYVAULT_ADMIN', {
      jit: { approvers: [{ kind: 'role', role: 'ROLE_SECURITY_LEAD' }] },
    });
    expect(validateDefinition(same)).toEqual([]);
  });

  test('fails empty approvers and notify lists', () => {
    const d = { ...securityDefinition(), exceptions: exceptions({ approvers: [], notify: [] }) };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'exceptions.approvers',
        rule: 'exception-policy',
        value: [],
        message: 'approved only by the designated senior approvers, and none is listed',
        fix: "approvers: [{ kind: 'role'",
      }),
      problem({
        path: 'exceptions.notify',
        rule: 'exception-policy',
        value: [],
        message: 'must alert the security team, and no address is listed',
        fix: "notify: ['security@contoso.com']",
      }),
    ]);
  });

  test('fails an unknown approver role, a non-UUID approver, a bad address and a bad context ID', () => {
    const d = {
      ...securityDefinition(),
      exceptions: exceptions({
        approvers: [
          { kind: 'role', role: 'ROLE_SECURITY_LEED' },
          { kind: 'group', objectId: 'senior-staff' },
        ],
        notify: ['security team'],
        authenticationContext: 'C1',
      }),
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'exceptions.approvers[0].role',
        rule: 'unknown-reference',
        value: 'ROLE_SECURITY_LEED',
        message: ['role "ROLE_SECURITY_LEED" is not declared', 'Did you mean "ROLE_SECURITY_LEAD"?'],
        fix: 'name a declared role',
      }),
      problem({
        path: 'exceptions.approvers[1].objectId',
        rule: 'object-id',
        value: 'senior-staff',
        message: 'must be a UUID',
        fix: 'copy the object ID',
      }),
      problem({
        path: 'exceptions.authenticationContext',
        rule: 'exception-policy',
        value: 'C1',
        message: 'c1 to c99',
        fix: '"c1"',
      }),
      problem({
        path: 'exceptions.notify[0]',
        rule: 'email-address',
        value: 'security team',
        message: ['not an e-mail address', 'it contains a space'],
        fix: 'name@domain',
      }),
    ]);
  });

  test('fails approver roles that have no members (nobody could approve)', () => {
    const d = {
      ...securityDefinition(),
      roles: securityDefinition().roles.map((r) => (r.name === 'SECURITY_LEAD' ? { ...r, members: [] } : r)),
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'exceptions.approvers',
        rule: 'approver-lockout',
        value: ['ROLE_SECURITY_LEAD'],
        message: 'no one could approve an exception task',
        fix: 'add members to the approving role',
      }),
    ]);
  });

  test('fails an exception task without a just-in-time policy', () => {
    const d = withTask(securityDefinition(), 'TASK_DEV_VIEWER', { highPrivilege: true });
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_DEV_VIEWER',
        rule: 'exception-policy',
        value: undefined,
        message: ['exception task TASK_DEV_VIEWER has no just-in-time policy', 'never standing'],
        fix: 'add jit: { maximumActivation: "PT4H", requireTicket: true } to TASK_DEV_VIEWER',
      }),
    ]);
  });

  test('fails an exception task with other approvers, another context, or MFA with the context', () => {
    const d = withTask(securityDefinition(), 'TASK_PROD_KEYVAULT_ADMIN', {
      jit: { approvers: [{ kind: 'user', objectId: SEC.carol }], authenticationContext: 'c2', requireMfa: true },
    });
    const problems = validateDefinition(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        problem({
          path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.approvers',
          rule: 'exception-policy',
          value: [SEC.carol],
          message: 'approved only by exceptions.approvers; its own approvers would be replaced',
          fix: 'remove jit.approvers from TASK_PROD_KEYVAULT_ADMIN',
        }),
        problem({
          path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.authenticationContext',
          rule: 'exception-policy',
          value: 'c2',
          message: ['requires authentication context c2', 'exceptions.authenticationContext is c1'],
          fix: 'remove authenticationContext from TASK_PROD_KEYVAULT_ADMIN',
        }),
        problem({
          path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.requireMfa',
          rule: 'exception-policy',
          value: true,
          message: 'replaces MFA on activation',
          fix: 'remove requireMfa from TASK_PROD_KEYVAULT_ADMIN',
        }),
      ]),
    );
    expect(problems.filter((p) => p.rule === 'exception-policy')).toHaveLength(3);
  });

  test('fails conditionalAccess without a context, a non-UUID strength, and eligible-roles with no eligible role', () => {
    const base = securityDefinition();
    const noContext = {
      ...base,
      exceptions: exceptions({
        authenticationContext: undefined,
        conditionalAccess: { authenticationStrengthPolicyId: 'phishing-resistant' },
      }),
    };
    expect(validateDefinition(noContext)).toEqual([
      problem({
        path: 'exceptions.conditionalAccess',
        rule: 'exception-policy',
        value: { authenticationStrengthPolicyId: 'phishing-resistant' },
        message: 'no authenticationContext is set',
        fix: 'set exceptions.authenticationContext',
      }),
      problem({
        path: 'exceptions.conditionalAccess.authenticationStrengthPolicyId',
        rule: 'exception-policy',
        value: 'phishing-resistant',
        message: 'is a UUID',
        fix: '00000000-0000-0000-0000-000000000004',
      }),
    ]);
    const nobody = {
      ...base,
      roles: base.roles.map((r) => (r.name === 'SNR_DEVELOPER' ? { ...r, eligible: [] } : r)),
      exceptions: exceptions({ conditionalAccess: { users: 'eligible-roles' } }),
    };
    expect(validateDefinition(nobody)).toEqual([
      problem({
        path: 'exceptions.conditionalAccess.users',
        rule: 'exception-policy',
        value: 'eligible-roles',
        message: 'no role is',
        fix: "users: 'all'",
      }),
    ]);
  });

  test('fails unknown properties of exceptions (shape)', () => {
    const d = { ...securityDefinition(), exceptions: { ...exceptions(), approver: [] } };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'exceptions',
        rule: 'shape',
        value: undefined,
        message: 'unknown property "approver"',
        fix: 'remove it',
      }),
    ]);
  });

  test('fails a blank owner', () => {
    const d = withTask(securityDefinition(), 'TASK_PROD_VIEWER', { owner: ' ' });
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_VIEWER.owner',
        rule: 'empty',
        value: ' ',
        message: 'this one is blank',
        fix: 'give a person, team or address',
      }),
    ]);
  });
});

test('fails an ordinary task sharing a role-assignable baseline with an exception task (one PIM policy per baseline)', () => {
  const d = securityDefinition();
  const reader = {
    environment: 'PROD',
    service: 'ENTRA',
    action: 'READER',
    grants: [{ kind: 'directoryRole' as const, role: 'Global Reader' }],
  };
  const shared: AccessModelDefinition = {
    ...d,
    baselines: [...d.baselines, reader],
    tasks: d.tasks.map((t) =>
      t.name === 'KEYVAULT_ADMIN' || (t.name === 'VIEWER' && t.environment === 'PROD')
        ? { ...t, baselines: [...t.baselines, 'BASE_PROD_ENTRA_READER' as const] }
        : t,
    ),
  };
  expect(validateDefinition(shared).filter((p) => p.rule === 'exception-policy')).toEqual([
    problem({
      path: 'tasks.TASK_PROD_VIEWER.baselines[1]',
      rule: 'exception-policy',
      value: 'BASE_PROD_ENTRA_READER',
      message: ['reached by exception task TASK_PROD_KEYVAULT_ADMIN and by TASK_PROD_VIEWER', 'carries one PIM policy'],
      fix: 'give TASK_PROD_VIEWER its own baseline',
    }),
  ]);
});
