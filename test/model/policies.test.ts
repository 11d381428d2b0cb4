/**
 * Rules `jit-policy`, `jit-policy-missing` and `role-assignable-policy-conflict`: just-in-time policies PIM will
 * accept, on every eligible task, agreeing where they share a role-assignable baseline.
 */
import { Grants, validateDefinition, type AccessModelDefinition, type JitPolicy } from '../../lib/model';
import { developerRole, IDS, minimal, viewerTask, withBaselines, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const withJit = (jit: JitPolicy): AccessModelDefinition => ({
  ...minimal(),
  tasks: [viewerTask('PROD', { jit }), viewerTask('DEV')],
});
const path = 'tasks.TASK_PROD_VIEWER.jit';

describe('jit-policy', () => {
  test('accepts an authentication context without MFA, and MFA turned off explicitly', () => {
    expect(validateDefinition(withJit({ authenticationContext: 'c1' }))).toEqual([]);
    expect(validateDefinition(withJit({ authenticationContext: 'c99', requireMfa: false }))).toEqual([]);
  });

  test('fails MFA together with an authentication context', () => {
    expect(validateDefinition(withJit({ requireMfa: true, authenticationContext: 'c1' }))).toEqual([
      problem({
        path: `${path}.requireMfa`,
        rule: 'jit-policy',
        value: { requireMfa: true, authenticationContext: 'c1' },
        message: 'MFA or a Conditional Access authentication context on activation, not both',
        fix: ['drop requireMfa', 'or drop authenticationContext'],
      }),
    ]);
  });

  test.each(['c0', 'c100', 'C1', 'ctx1', ''])('fails the authentication context ID %j', (id) => {
    expect(validateDefinition(withJit({ authenticationContext: id }))).toEqual([
      problem({
        path: `${path}.authenticationContext`,
        rule: 'jit-policy',
        value: id,
        message: 'an authentication context ID is c1 to c99',
        fix: '"c1"',
      }),
    ]);
  });

  test('fails an empty approver list', () => {
    expect(validateDefinition(withJit({ approvers: [] }))).toEqual([
      problem({
        path: `${path}.approvers`,
        rule: 'jit-policy',
        value: [],
        message: 'an empty approver list is ambiguous',
        fix: ['at least one approver', 'remove approvers to turn approval off'],
      }),
    ]);
  });
});

describe('jit-policy-missing', () => {
  test('fails an eligible task without a JIT policy', () => {
    const d = withRoles(developerRole({ standing: [], eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_VIEWER'] }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[1]',
        rule: 'jit-policy-missing',
        value: 'TASK_DEV_VIEWER',
        message: ['task TASK_DEV_VIEWER is eligible in ROLE_DEVELOPER', 'no just-in-time policy'],
        fix: ['add jit: { maximumActivation: "PT4H" }', 'to TASK_DEV_VIEWER', 'or make the task standing'],
      }),
    ]);
  });

  test('accepts a standing task without a JIT policy', () => {
    expect(validateDefinition(withRoles(developerRole({ standing: ['TASK_DEV_VIEWER'], eligible: [] })))).toEqual([]);
  });
});

describe('role-assignable-policy-conflict', () => {
  const reader = {
    environment: 'PROD',
    service: 'ENTRA',
    action: 'READER',
    grants: [Grants.directoryRole('Global Reader')],
  };
  const twoTasks = (a: JitPolicy, b: JitPolicy): AccessModelDefinition => {
    const d = withBaselines(reader);
    return {
      ...d,
      tasks: [
        ...d.tasks,
        { environment: 'PROD', name: 'AUDIT', baselines: ['BASE_PROD_ENTRA_READER'], jit: a },
        { environment: 'PROD', name: 'REVIEW', baselines: ['BASE_PROD_ENTRA_READER'], jit: b },
      ],
    };
  };

  test('accepts tasks whose policies differ only in how they are written', () => {
    const approvers = [
      { kind: 'role', role: 'ROLE_DEVELOPER' },
      { kind: 'user', objectId: IDS.bob },
    ] as const;
    const d = twoTasks(
      { maximumActivation: 'PT90M', approvers },
      { maximumActivation: 'PT1H30M', requireMfa: true, approvers: [...approvers].reverse() },
    );
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails two tasks reaching one role-assignable baseline with different policies', () => {
    expect(validateDefinition(twoTasks({ maximumActivation: 'PT2H' }, { maximumActivation: 'PT8H' }))).toEqual([
      problem({
        path: 'baselines.BASE_PROD_ENTRA_READER',
        rule: 'role-assignable-policy-conflict',
        value: ['TASK_PROD_AUDIT', 'TASK_PROD_REVIEW'],
        message: ['reached by TASK_PROD_AUDIT and TASK_PROD_REVIEW', 'only one policy'],
        fix: ['same jit policy', 'split the baseline'],
      }),
    ]);
  });
});
