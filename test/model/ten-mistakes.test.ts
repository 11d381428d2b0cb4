/** One definition with ten different mistakes: every one reported in one run, in a readable error. */
import {
  AccessModelError,
  assertValidDefinition,
  formatProblems,
  Grants,
  validateDefinition,
  type AccessModelDefinition,
} from '../../lib/model';
import { developerRole, kvGetBaseline, minimal, viewerTask } from '../fixtures/minimal';

function tenMistakes(): AccessModelDefinition {
  const m = minimal();
  return {
    ...m,
    baselines: [
      ...m.baselines,
      {
        environment: 'PROD',
        service: 'KV',
        scope: 'SECRETS',
        action: 'ADMIN',
        grants: [Grants.azureRole('Key Vault Secrets Officer', 'kv-prod')],
      }, // 1 azure-scope
      {
        environment: 'PROD',
        service: 'K8S',
        scope: 'NS_A',
        action: 'VIEWER',
        grants: [Grants.clusterRoleInNamespace('aks-prod', 'Team_A', 'view')],
      }, // 2 kubernetes-grant
      kvGetBaseline('PROD', { action: 'READLIST', grants: [] }), // 3 empty
    ],
    tasks: [
      viewerTask('PROD', { jit: { maximumActivation: 'PT45M' } }), // 4 activation-duration
      viewerTask('DEV'),
      {
        environment: 'PROD',
        name: 'KEYVAULT_ADMIN',
        baselines: ['BASE_PROD_KV_SECRETS_ADMIN', 'BASE_DEV_KV_SECRETS_GET'],
        jit: {},
      }, // 5 task-environment-mismatch
    ],
    roles: [
      developerRole({
        eligible: ['TASK_PROD_VIEWR', 'TASK_DEV_VIEWER'], // 6 unknown-reference, 7 jit-policy-missing
        members: [{ kind: 'user', objectId: 'alice' }], // 8 object-id
      }),
      { name: 'ROLE_ADMIN', standing: ['BASE_PROD_KV_SECRETS_ADMIN' as never] }, // 9 naming, 10 role-holds-baseline
    ],
  };
}

const expectedPaths = [
  'baselines.BASE_PROD_K8S_NS_A_VIEWER.grants[0].namespace',
  'baselines.BASE_PROD_KV_SECRETS_ADMIN.grants[0].scope',
  'baselines.BASE_PROD_KV_SECRETS_READLIST.grants',
  'roles.ROLE_DEVELOPER.eligible[0]',
  'roles.ROLE_DEVELOPER.eligible[1]',
  'roles.ROLE_DEVELOPER.members[0].objectId',
  'roles.ROLE_ROLE_ADMIN.name',
  'roles.ROLE_ROLE_ADMIN.standing[0]',
  'tasks.TASK_PROD_KEYVAULT_ADMIN.baselines[1]',
  'tasks.TASK_PROD_VIEWER.jit.maximumActivation',
];

describe('ten mistakes', () => {
  test('fails with exactly ten problems, ten different rules, in one run, sorted by path', () => {
    const problems = validateDefinition(tenMistakes());
    expect(problems.map((p) => [p.path, p.rule])).toEqual([
      [expectedPaths[0], 'kubernetes-grant'],
      [expectedPaths[1], 'azure-scope'],
      [expectedPaths[2], 'empty'],
      [expectedPaths[3], 'unknown-reference'],
      [expectedPaths[4], 'jit-policy-missing'],
      [expectedPaths[5], 'object-id'],
      [expectedPaths[6], 'naming'],
      [expectedPaths[7], 'role-holds-baseline'],
      [expectedPaths[8], 'task-environment-mismatch'],
      [expectedPaths[9], 'activation-duration'],
    ]);
    expect(new Set(problems.map((p) => p.rule)).size).toBe(10);
  });

  test('fails assertValidDefinition with a readable AccessModelError listing every path', () => {
    let error: unknown;
    try {
      assertValidDefinition(tenMistakes());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AccessModelError);
    const e = error as AccessModelError;
    expect(e.name).toBe('AccessModelError');
    expect(e.problems).toHaveLength(10);
    expect(e.message.startsWith('The access model definition has 10 problems; nothing was synthesized.\n')).toBe(true);
    expectedPaths.forEach((path, i) => expect(e.message).toContain(`\n${i + 1}. ${path}  [`));
    expect(e.message).toContain('Did you mean "TASK_PROD_VIEWER"?');
    expect(new AccessModelError(e.problems).message).toBe(e.message);
  });

  test('formats one problem exactly', () => {
    const [p] = validateDefinition({ ...minimal(), roles: [developerRole({ eligible: ['TASK_PROD_VIEWR'] })] });
    expect(formatProblems([p])).toBe(
      [
        'The access model definition has 1 problem; nothing was synthesized.',
        '1. roles.ROLE_DEVELOPER.eligible[0]  [unknown-reference]',
        '    task "TASK_PROD_VIEWR" is not declared. Did you mean "TASK_PROD_VIEWER"?',
        '    value: "TASK_PROD_VIEWR"',
        '    fix: declare the task, or fix the name',
      ].join('\n'),
    );
  });

  test('formats a problem without a value and a long value shortened', () => {
    const text = formatProblems([
      { path: 'a', rule: 'r', message: 'm', fix: 'f' },
      { path: 'b', rule: 'r', message: 'm', value: 'x'.repeat(200), fix: 'f' },
    ]);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'The access model definition has 2 problems; nothing was synthesized.',
      '1. a  [r]',
      '    m',
      '    fix: f',
    ]);
    expect(text).toContain(`value: "${'x'.repeat(116)}... (202 characters)`);
  });

  test('recognises an AccessModelError by name and problems, also across library copies', () => {
    const copy = Object.assign(new Error('x'), { name: 'AccessModelError', problems: [] });
    expect(AccessModelError.isAccessModelError(copy)).toBe(true);
    expect(AccessModelError.isAccessModelError(new Error('x'))).toBe(false);
    expect(AccessModelError.isAccessModelError({ name: 'AccessModelError', problems: [] })).toBe(false);
  });
});
