/**
 * Definition paths: resolution keeps where each element is declared (list indexes in the definition's order), so
 * the rule pack reads only the model; access-model.json leaves them out, and the rules then name the list.
 */
import { definitionPaths, resolveDefinition, type AccessModelDefinition } from '../../lib/model';
import { readAccessModelDocument, renderModelJson } from '../../lib/report/model-json';
import { runRulePack } from '../../lib/rules/pack';
import { developerRole, IDS, minimal, viewerTask } from '../fixtures/minimal';

const definition: AccessModelDefinition = {
  ...minimal(),
  environments: [{ name: 'DEV' }, { name: 'PROD', protected: true }],
  tasks: [
    viewerTask('DEV'),
    viewerTask('PROD', {
      jit: {
        approvers: [
          { kind: 'role', role: 'ROLE_LEAD' },
          { kind: 'user', objectId: IDS.bob.toUpperCase() },
        ],
      },
    }),
  ],
  roles: [
    developerRole({
      standing: ['TASK_DEV_VIEWER'],
      eligible: ['TASK_PROD_VIEWER'],
      members: [
        { kind: 'user', objectId: IDS.bob, displayName: 'bob' },
        { kind: 'user', objectId: IDS.alice, displayName: 'alice' },
      ],
    }),
    { name: 'LEAD', inherits: ['ROLE_DEVELOPER'], members: [{ kind: 'user', objectId: IDS.bob }] },
  ],
  settings: { groupOwners: [IDS.alice.toUpperCase()] },
};

test('every list entry by its index in the definition, first entry on a name', () => {
  const paths = definitionPaths(definition);
  expect(paths.environments).toEqual({ DEV: 'environments[0]', PROD: 'environments[1]' });
  expect(paths.roles.ROLE_DEVELOPER).toEqual({
    standing: { TASK_DEV_VIEWER: 'roles.ROLE_DEVELOPER.standing[0]' },
    eligible: { TASK_PROD_VIEWER: 'roles.ROLE_DEVELOPER.eligible[0]' },
    members: { [IDS.bob]: 'roles.ROLE_DEVELOPER.members[0]', [IDS.alice]: 'roles.ROLE_DEVELOPER.members[1]' },
  });
  // Inherited entries are declared by the role they come from: ROLE_LEAD declares none itself.
  expect(paths.roles.ROLE_LEAD).toEqual({
    standing: {},
    eligible: {},
    members: { [IDS.bob]: 'roles.ROLE_LEAD.members[0]' },
  });
  expect(paths.tasks.TASK_PROD_VIEWER).toEqual({
    approvers: [
      { path: 'tasks.TASK_PROD_VIEWER.jit.approvers[0]', id: 'ROLE_LEAD' },
      { path: 'tasks.TASK_PROD_VIEWER.jit.approvers[1]', id: IDS.bob.toUpperCase() },
    ],
  });
  expect(paths.tasks.TASK_DEV_VIEWER).toEqual({ approvers: [] });
  expect(paths.groupOwners).toEqual([{ path: 'settings.groupOwners[0]', id: IDS.alice.toUpperCase() }]);
  expect(paths.exceptionApprovers).toEqual([]);
  expect(paths.customRoles).toEqual({});
  expect(paths.clusters).toEqual({ 'aks-prod': 'clusters[0]', 'aks-dev': 'clusters[1]' });
  expect(paths.breakGlass).toEqual({});
  expect(paths.federatedCredentials).toEqual({});
});

test('a task that sets its own maximum activation says where', () => {
  const d = { ...minimal(), tasks: [viewerTask('PROD', { jit: { maximumActivation: 'PT2H' } }), viewerTask('DEV')] };
  expect(definitionPaths(d).tasks.TASK_PROD_VIEWER.maximumActivation).toBe(
    'tasks.TASK_PROD_VIEWER.jit.maximumActivation',
  );
  expect(definitionPaths(minimal()).tasks.TASK_DEV_VIEWER.maximumActivation).toBeUndefined();
});

test('resolution keeps them in the model, and access-model.json leaves them out', () => {
  const model = resolveDefinition(definition);
  expect(model.paths).toEqual(definitionPaths(definition));
  expect(readAccessModelDocument(JSON.parse(renderModelJson(model))).paths).toBeUndefined();
});

test('the rules report at the declared entry, and at the list for a model read back from access-model.json', () => {
  const routine: AccessModelDefinition = {
    ...definition,
    tasks: definition.tasks.map((t) => (t.environment === 'PROD' ? { ...t, access: 'routine' } : t)),
  };
  const model = resolveDefinition(routine);
  const readBack = readAccessModelDocument(JSON.parse(renderModelJson(model)));
  const pathsOf = (m: typeof model): string[] =>
    runRulePack(m)
      .findings.filter((f) => f.rule === 'routine-task-eligible')
      .map((f) => f.path);
  expect(pathsOf(model)).toEqual(['roles.ROLE_DEVELOPER.eligible[0]']);
  expect(pathsOf(readBack)).toEqual(['roles.ROLE_DEVELOPER.eligible']);
});
