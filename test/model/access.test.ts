/**
 * Rules `non-human-eligible`, `standing-directory-role` and `role-assignable-nesting`: access the platform
 * can't give, own or inherited.
 */
import { Grants, validateDefinition, type AccessModelDefinition, type RoleDefinition } from '../../lib/model';
import { developerRole, IDS, withBaselines, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const sp = { kind: 'servicePrincipal', objectId: IDS.sp } as const;
const mi = { kind: 'managedIdentity', objectId: IDS.mi } as const;
const nonHumanFix = ['its own role with standing', 'ROLE_CI_PROD_DEPLOY -> TASK_PROD_DEPLOYMENT'];

describe('non-human-eligible', () => {
  test('fails a service principal and a managed identity in a role with eligible tasks', () => {
    const d = withRoles(developerRole({ members: [sp, { kind: 'group', objectId: IDS.bob }, mi] }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0]',
        rule: 'non-human-eligible',
        value: IDS.sp,
        message:
          "a servicePrincipal can't activate PIM, but ROLE_DEVELOPER holds eligible tasks (e.g. TASK_PROD_VIEWER)",
        fix: nonHumanFix,
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.members[2]',
        rule: 'non-human-eligible',
        value: IDS.mi,
        message:
          "a managedIdentity can't activate PIM, but ROLE_DEVELOPER holds eligible tasks (e.g. TASK_PROD_VIEWER)",
        fix: nonHumanFix,
      }),
    ]);
  });

  test('fails a service principal in a role that inherits eligible tasks, naming the chain', () => {
    const d = withRoles(developerRole({ members: [] }), { name: 'CI', inherits: ['ROLE_DEVELOPER'], members: [sp] });
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_CI.members[0]',
        rule: 'non-human-eligible',
        value: IDS.sp,
        message: 'ROLE_CI holds eligible tasks (e.g. TASK_PROD_VIEWER via ROLE_CI -> ROLE_DEVELOPER)',
        fix: nonHumanFix,
      }),
    ]);
  });

  test('accepts a service principal with standing tasks only, also when a task is both standing and eligible', () => {
    const ci: RoleDefinition = {
      name: 'CI',
      standing: ['TASK_PROD_VIEWER'],
      eligible: ['TASK_PROD_VIEWER'],
      members: [sp, mi],
    };
    expect(validateDefinition(withRoles(developerRole(), ci))).toEqual([]);
  });
});

describe('standing-directory-role and role-assignable-nesting', () => {
  const scope = `/subscriptions/${IDS.subscription}`;
  const withRoleAssignable = (...roles: RoleDefinition[]): AccessModelDefinition => {
    const d = withBaselines(
      { environment: 'PROD', service: 'ENTRA', action: 'READER', grants: [Grants.directoryRole('Global Reader')] },
      {
        environment: 'PROD',
        service: 'SUB',
        action: 'READER',
        roleAssignable: true,
        grants: [Grants.azureRole('Reader', scope)],
      },
    );
    return {
      ...d,
      tasks: [
        ...d.tasks,
        { environment: 'PROD', name: 'ENTRA_READER', baselines: ['BASE_PROD_ENTRA_READER'], jit: {} },
        {
          environment: 'PROD',
          name: 'SUB_READER',
          baselines: ['BASE_PROD_SUB_READER', 'BASE_PROD_KV_SECRETS_GET'],
          jit: {},
        },
      ],
      roles,
    };
  };

  test('accepts role-assignable baselines reached through eligible tasks', () => {
    expect(
      validateDefinition(
        withRoleAssignable(developerRole({ eligible: ['TASK_PROD_ENTRA_READER', 'TASK_PROD_SUB_READER'] })),
      ),
    ).toEqual([]);
  });

  test('fails standing access to a baseline with a directory role, and to a roleAssignable baseline', () => {
    const d = withRoleAssignable(
      developerRole({ standing: ['TASK_DEV_VIEWER', 'TASK_PROD_ENTRA_READER', 'TASK_PROD_SUB_READER'] }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[1]',
        rule: 'standing-directory-role',
        value: 'TASK_PROD_ENTRA_READER',
        message: [
          'ROLE_DEVELOPER holds TASK_PROD_ENTRA_READER standing',
          'reaches BASE_PROD_ENTRA_READER',
          'Entra directory role "Global Reader"',
          "can't have groups as active members",
        ],
        fix: 'make TASK_PROD_ENTRA_READER eligible in ROLE_DEVELOPER',
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[2]',
        rule: 'role-assignable-nesting',
        value: 'TASK_PROD_SUB_READER',
        message: [
          'ROLE_DEVELOPER holds TASK_PROD_SUB_READER standing',
          'reaches BASE_PROD_SUB_READER, which is role-assignable',
        ],
        fix: [
          'make TASK_PROD_SUB_READER eligible in ROLE_DEVELOPER',
          'or drop roleAssignable from BASE_PROD_SUB_READER',
        ],
      }),
    ]);
  });

  test('fails standing access inherited from another role, pointing the fix at the role that declares it', () => {
    const d = withRoleAssignable(
      { name: 'READER', standing: ['TASK_PROD_ENTRA_READER', 'TASK_PROD_SUB_READER'] },
      { name: 'AUDITOR', inherits: ['ROLE_READER'] },
    );
    const problems = validateDefinition(d);
    expect(problems.filter((p) => p.path === 'roles.ROLE_AUDITOR.inherits')).toEqual([
      problem({
        path: 'roles.ROLE_AUDITOR.inherits',
        rule: 'role-assignable-nesting',
        value: 'TASK_PROD_SUB_READER',
        message: 'ROLE_AUDITOR holds TASK_PROD_SUB_READER standing (inherited via ROLE_AUDITOR -> ROLE_READER)',
        fix: 'make TASK_PROD_SUB_READER eligible in ROLE_READER',
      }),
      problem({
        path: 'roles.ROLE_AUDITOR.inherits',
        rule: 'standing-directory-role',
        value: 'TASK_PROD_ENTRA_READER',
        message: [
          'ROLE_AUDITOR holds TASK_PROD_ENTRA_READER standing (inherited via ROLE_AUDITOR -> ROLE_READER)',
          '"Global Reader"',
        ],
        fix: 'make TASK_PROD_ENTRA_READER eligible in ROLE_READER',
      }),
    ]);
    expect(problems.map((p) => [p.path, p.rule])).toEqual([
      ['roles.ROLE_AUDITOR.inherits', 'role-assignable-nesting'],
      ['roles.ROLE_AUDITOR.inherits', 'standing-directory-role'],
      ['roles.ROLE_READER.standing[0]', 'standing-directory-role'],
      ['roles.ROLE_READER.standing[1]', 'role-assignable-nesting'],
    ]);
  });
});
