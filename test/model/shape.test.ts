/** Rule `shape`: JavaScript callers and JSON files with wrong types or unknown properties. */
import { validateDefinition } from '../../lib/model';
import { developerRole, kvGetBaseline, minimal, viewerTask } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const typeFix = 'give the value the type the definition types (AccessModelDefinition) require';
const unknownFix = ['remove it', 'check its spelling'];

describe('shape', () => {
  test('accepts the minimal definition', () => {
    expect(validateDefinition(minimal())).toEqual([]);
  });

  test('fails a definition that is not an object', () => {
    expect(validateDefinition(null)).toEqual([
      problem({ path: '(definition)', rule: 'shape', value: null, message: ['expected object', 'null'], fix: typeFix }),
    ]);
  });

  test('fails wrong types from a JavaScript caller, each at its path', () => {
    const d = { ...minimal(), roles: [{ name: 5, standing: 'TASK_DEV_VIEWER' }] };
    expect(validateDefinition(d)).toEqual([
      problem({ path: 'roles[0].name', rule: 'shape', value: 5, message: ['expected string', 'number'], fix: typeFix }),
      problem({
        path: 'roles[0].standing',
        rule: 'shape',
        value: 'TASK_DEV_VIEWER',
        message: ['expected array', 'string'],
        fix: typeFix,
      }),
    ]);
  });

  test('fails a wrong type inside a named element, naming the element', () => {
    const d = { ...minimal(), tasks: [viewerTask('PROD', { jit: { requireMfa: 'yes' } as never }), viewerTask('DEV')] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_VIEWER.jit.requireMfa',
        rule: 'shape',
        value: 'yes',
        message: ['expected boolean', 'string'],
        fix: typeFix,
      }),
    ]);
  });

  test('fails an eligibility expiry PIM does not offer', () => {
    const d = {
      ...minimal(),
      tasks: [viewerTask('PROD', { jit: { eligibilityExpiry: 'P7D' } as never }), viewerTask('DEV')],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_VIEWER.jit.eligibilityExpiry',
        rule: 'shape',
        value: 'P7D',
        message: 'P30D',
        fix: typeFix,
      }),
    ]);
  });

  test('fails an unknown property of a role (a misspelt field)', () => {
    const d = { ...minimal(), roles: [developerRole({ eligable: ['TASK_PROD_VIEWER'] } as never)] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER',
        rule: 'shape',
        value: undefined,
        message: 'unknown property "eligable"',
        fix: unknownFix,
      }),
    ]);
  });

  test('fails unknown properties at the top level, listing them all', () => {
    const d = { ...minimal(), groups: [], policy: {} };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: '(definition)',
        rule: 'shape',
        value: undefined,
        message: 'unknown properties "groups", "policy"',
        fix: unknownFix,
      }),
    ]);
  });

  test('fails an unknown property of a grant', () => {
    const grant = { kind: 'azureRole', role: 'Reader', scope: '/subscriptions/x', condition: 'x' };
    const d = { ...minimal(), baselines: [kvGetBaseline('PROD', { grants: [grant as never] }), kvGetBaseline('DEV')] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'baselines.BASE_PROD_KV_SECRETS_GET.grants[0]',
        rule: 'shape',
        value: undefined,
        message: 'unknown property "condition"',
        fix: unknownFix,
      }),
    ]);
  });

  test('fails an unknown grant kind', () => {
    const grant = { kind: 'azureRol', role: 'Reader', scope: '/subscriptions/x' };
    const d = { ...minimal(), baselines: [kvGetBaseline('PROD', { grants: [grant as never] }), kvGetBaseline('DEV')] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'baselines.BASE_PROD_KV_SECRETS_GET.grants[0].kind',
        rule: 'shape',
        value: 'azureRol',
        message: ['azureRole', 'vpnPool'],
        fix: typeFix,
      }),
    ]);
  });

  test('fails missing required lists, all at once', () => {
    expect(validateDefinition({ environments: [] })).toEqual([
      problem({
        path: 'baselines',
        rule: 'shape',
        value: undefined,
        message: ['expected array', 'undefined'],
        fix: typeFix,
      }),
      problem({
        path: 'tasks',
        rule: 'shape',
        value: undefined,
        message: ['expected array', 'undefined'],
        fix: typeFix,
      }),
      problem({
        path: 'roles',
        rule: 'shape',
        value: undefined,
        message: ['expected array', 'undefined'],
        fix: typeFix,
      }),
    ]);
  });

  test('fails on shape alone: semantic rules wait for a well-formed definition', () => {
    const d = { ...minimal(), roles: [developerRole({ eligible: ['TASK_PROD_VIEWR'], members: 'alice' as never })] };
    expect(validateDefinition(d).map((p) => p.rule)).toEqual(['shape']);
  });
});
