/** Rule `duplicate`: names, members and break-glass accounts are unique, compared case-insensitively. */
import { validateDefinition } from '../../lib/model';
import { developerRole, IDS, kvGetBaseline, minimal, viewerTask, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const subscription = `/subscriptions/${IDS.subscription}`;
const vmRole = (name: string) => ({
  name,
  actions: ['Microsoft.Compute/virtualMachines/start/action'],
  assignableScopes: [subscription],
});

describe('duplicate', () => {
  test('fails names that differ only in case (custom roles)', () => {
    const d = { ...minimal(), customRoles: [vmRole('VM Power Operator'), vmRole('vm power operator')] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'customRoles[1]',
        rule: 'duplicate',
        value: 'vm power operator',
        message: [
          'custom role "vm power operator" is declared more than once',
          'first at customRoles[0]',
          'case-insensitively',
        ],
        fix: 'remove or rename one of them',
      }),
    ]);
  });

  test('fails a role declared twice in different case, besides the naming problem', () => {
    const d = withRoles(developerRole(), developerRole({ name: 'developer' }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_developer.name',
        rule: 'naming',
        value: 'developer',
        message: 'name part of a role',
        fix: 'DEVELOPER',
      }),
      problem({
        path: 'roles[1]',
        rule: 'duplicate',
        value: 'ROLE_developer',
        message: ['role "ROLE_developer"', 'first at roles[0]'],
        fix: 'merge the two roles, or rename one',
      }),
    ]);
  });

  test('fails a baseline, a task, an environment and a cluster declared twice', () => {
    const m = minimal();
    const d = {
      ...m,
      environments: [...m.environments, { name: 'DEV' }],
      clusters: [...(m.clusters ?? []), { name: 'aks-prod', environment: 'PROD' }],
      baselines: [...m.baselines, kvGetBaseline('PROD')],
      tasks: [...m.tasks, viewerTask('DEV')],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'baselines[2]',
        rule: 'duplicate',
        value: 'BASE_PROD_KV_SECRETS_GET',
        message: ['baseline "BASE_PROD_KV_SECRETS_GET"', 'first at baselines[0]'],
        fix: 'merge their grants into one baseline',
      }),
      problem({
        path: 'clusters[2]',
        rule: 'duplicate',
        value: 'aks-prod',
        message: ['cluster "aks-prod"', 'first at clusters[0]'],
        fix: 'remove or rename one of them',
      }),
      problem({
        path: 'environments[2]',
        rule: 'duplicate',
        value: 'DEV',
        message: ['environment "DEV"', 'first at environments[1]'],
        fix: 'remove or rename one of them',
      }),
      problem({
        path: 'tasks[2]',
        rule: 'duplicate',
        value: 'TASK_DEV_VIEWER',
        message: ['task "TASK_DEV_VIEWER"', 'first at tasks[1]'],
        fix: 'merge their baselines into one task, or rename one',
      }),
    ]);
  });

  test('fails a member listed twice, by object ID in another case or by UPN in another case', () => {
    const d = withRoles(
      developerRole({
        members: [
          { kind: 'user', objectId: IDS.alice },
          { kind: 'user', userPrincipalName: 'bob@contoso.com' },
          { kind: 'group', objectId: IDS.alice.toUpperCase() },
          { kind: 'user', userPrincipalName: 'Bob@Contoso.com' },
        ],
      }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[2]',
        rule: 'duplicate',
        value: IDS.alice.toUpperCase(),
        message: ['member', 'first at roles.ROLE_DEVELOPER.members[0]'],
        fix: 'list each member once',
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.members[3]',
        rule: 'duplicate',
        value: 'Bob@Contoso.com',
        message: ['member "Bob@Contoso.com"', 'first at roles.ROLE_DEVELOPER.members[1]'],
        fix: 'list each member once',
      }),
    ]);
  });

  test('fails a break-glass account listed twice', () => {
    const d = {
      ...minimal(),
      breakGlass: [{ objectId: IDS.breakGlass }, { objectId: IDS.breakGlass, displayName: 'again' }],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'breakGlass[1]',
        rule: 'duplicate',
        value: IDS.breakGlass,
        message: ['break-glass account', 'first at breakGlass[0]'],
        fix: 'list each account once',
      }),
    ]);
  });

  test('fails a task listed twice in a role and a baseline listed twice in a task', () => {
    const m = minimal();
    const d = {
      ...m,
      tasks: [
        viewerTask('PROD', { baselines: ['BASE_PROD_KV_SECRETS_GET', 'BASE_PROD_KV_SECRETS_GET'] }),
        viewerTask('DEV'),
      ],
      roles: [developerRole({ standing: ['TASK_DEV_VIEWER', 'TASK_DEV_VIEWER'] })],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[1]',
        rule: 'duplicate',
        value: 'TASK_DEV_VIEWER',
        message: 'first at roles.ROLE_DEVELOPER.standing[0]',
        fix: 'list it once',
      }),
      problem({
        path: 'tasks.TASK_PROD_VIEWER.baselines[1]',
        rule: 'duplicate',
        value: 'BASE_PROD_KV_SECRETS_GET',
        message: 'first at tasks.TASK_PROD_VIEWER.baselines[0]',
        fix: 'list it once',
      }),
    ]);
  });
});
