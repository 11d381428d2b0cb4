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
      // The rest of the grant is still checked: every problem at once.
      problem({
        path: 'baselines.BASE_PROD_KV_SECRETS_GET.grants[0].scope',
        rule: 'azure-scope',
        value: '/subscriptions/x',
        message: 'the subscription ID "x" is not a UUID',
        fix: 'copy the resource ID as Azure shows it',
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

  test('a shape problem and other mistakes elsewhere: all of them at once', () => {
    const d = {
      ...minimal(),
      environments: [{ name: 'PROD', protected: true, colour: 'red' }, { name: 'DEV' }, { name: 'dev' }],
      tasks: [viewerTask('PROD', { baselines: ['BASE_PROD_KV_SECRET_GET'] }), viewerTask('DEV')],
      roles: [developerRole({ eligible: ['TASK_PROD_VIEWR'], members: [{ kind: 'user', objectId: 'not-a-guid' }] })],
    };
    expect(validateDefinition(d).map((p) => [p.path, p.rule])).toEqual([
      ['environments.PROD', 'shape'],
      ['environments[2]', 'duplicate'],
      ['environments[2].name', 'naming'],
      ['roles.ROLE_DEVELOPER.eligible[0]', 'unknown-reference'],
      ['roles.ROLE_DEVELOPER.members[0].objectId', 'object-id'],
      ['tasks.TASK_PROD_VIEWER.baselines[0]', 'unknown-reference'],
    ]);
  });

  test('an element with a wrong type is left out of the other checks, and references to it are not reported', () => {
    const d = {
      ...minimal(),
      roles: [
        developerRole({ eligible: ['TASK_PROD_VIEWR'], members: 'alice' as never }),
        { name: 'LEAD', standing: ['TASK_DEV_VIEWR'], members: [] },
      ],
      tasks: [
        viewerTask('PROD', {
          jit: { maximumActivation: 'PT4H', approvers: [{ kind: 'role', role: 'ROLE_DEVELOPER' }] },
        }),
        viewerTask('DEV'),
      ],
    };
    expect(validateDefinition(d).map((p) => [p.path, p.rule, p.value])).toEqual([
      ['roles.ROLE_DEVELOPER.members', 'shape', 'alice'],
      ['roles.ROLE_LEAD.standing[0]', 'unknown-reference', 'TASK_DEV_VIEWR'],
    ]);
  });

  test('a list index in a path is the index in the given definition, also after an element is left out', () => {
    const d = {
      ...minimal(),
      clusters: [
        { name: 'aks-prod', environment: 'PROD', extra: 1 },
        { name: 7 },
        { name: 'aks-dev', environment: 'QA' },
      ],
    };
    expect(validateDefinition(d as never).map((p) => [p.path, p.rule])).toEqual([
      ['clusters.aks-prod', 'shape'],
      ['clusters[1].environment', 'shape'],
      ['clusters[1].name', 'shape'],
      // Index 1 in the repaired list (cluster 1 left out), reported at its index in the definition.
      ['clusters[2].environment', 'unknown-reference'],
    ]);
  });

  test('a section of the wrong type: its shape problems alone (nothing sound is left to check)', () => {
    const d = {
      ...minimal(),
      settings: { defaultMaximumActivation: 4 },
      roles: [developerRole({ eligible: ['TASK_X'] })],
    };
    expect(validateDefinition(d as never).map((p) => p.rule)).toEqual(['shape']);
  });
});
