/**
 * Rule `name-length`: group display names built from name parts fit Entra's 256 characters, Kubernetes object names
 * Kubernetes' 253.
 */
import { Grants, validateDefinition, type BaselineDefinition } from '../../lib/model';
import { developerRole, viewerTask, withBaselines, withRoles, withTasks } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const long = (n: number): string => `S${'X'.repeat(n - 1)}`;
const base = (service: string, ...grants: BaselineDefinition['grants']): BaselineDefinition => ({
  environment: 'PROD',
  service,
  action: 'A',
  grants: grants.length ? grants : [Grants.azureRole('Reader', '/subscriptions/00000001-0000-4000-8000-000000000001')],
});

describe('name-length', () => {
  test('accepts a built baseline name of exactly 256 characters', () => {
    // BASE_PROD_ (10) + service + _A (2) = 256
    expect(validateDefinition(withBaselines(base(long(244))))).toEqual([]);
  });

  test('fails a baseline whose built name is 257 characters, counting the built name, not each part', () => {
    const name = `BASE_PROD_${long(245)}_A`;
    expect(validateDefinition(withBaselines(base(long(245))))).toEqual([
      problem({
        path: `baselines.${name}`,
        rule: 'name-length',
        value: name,
        message: [
          'the group name built from the environment, service, scope and action parts is 257 characters',
          "over Entra's limit of 256 for a group display name",
        ],
        fix: 'shorten the environment, service, scope and action parts by 1 character or more',
      }),
    ]);
  });

  test('fails a task and a role whose built names are over 256 characters', () => {
    const task = long(250);
    const role = long(252);
    const d = {
      ...withTasks(viewerTask('DEV', { name: task })),
      roles: withRoles(developerRole(), developerRole({ name: role })).roles,
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `roles.ROLE_${role}`,
        rule: 'name-length',
        value: `ROLE_${role}`,
        message: 'the group name built from the name part is 257 characters',
        fix: 'by 1 character or more',
      }),
      problem({
        path: `tasks.TASK_DEV_${task}`,
        rule: 'name-length',
        value: `TASK_DEV_${task}`,
        message: 'the group name built from the environment and name parts is 259 characters',
        fix: 'by 3 characters or more',
      }),
    ]);
  });

  test('fails a Kubernetes binding name over 253 characters although the group name fits', () => {
    const service = long(240); // group name 252, binding name base-prod-...-a-view 257
    const object = `base-prod-${service.toLowerCase()}-a-view`;
    const d = withBaselines(base(service, Grants.clusterRoleInNamespace('aks-prod', 'team-a', 'view')));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `baselines.BASE_PROD_${service}_A.grants[0]`,
        rule: 'name-length',
        value: object,
        message: ['is 257 characters', "over Kubernetes' limit of 253"],
        fix: "shorten the baseline's name parts by 4 characters or more",
      }),
    ]);
  });

  test('accepts custom rules of the same baseline (the Role is named without the ClusterRole suffix)', () => {
    const service = long(240);
    const rules = [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }];
    expect(
      validateDefinition(withBaselines(base(service, Grants.rulesInNamespace('aks-prod', 'team-a', rules)))),
    ).toEqual([]);
  });
});
