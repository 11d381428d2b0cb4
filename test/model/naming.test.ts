/** Rule `naming`: name parts follow BASE_<ENV>_<SERVICE>[_<SCOPE>]_<ACTION>, TASK_<ENV>_<NAME>, ROLE_<NAME>. */
import { Grants, validateDefinition } from '../../lib/model';
import {
  developerRole,
  IDS,
  kvGetBaseline,
  minimal,
  viewerTask,
  withBaselines,
  withRoles,
  withTasks,
} from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

describe('naming', () => {
  test('accepts scope parts of several words and digits', () => {
    const d = withBaselines({
      environment: 'PROD',
      service: 'K8S',
      scope: 'NS_A_2',
      action: 'VIEWER',
      grants: [Grants.clusterRoleInNamespace('aks-prod', 'a', 'view')],
    });
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails a lower-case environment name, suggesting the upper-case one', () => {
    const d = { ...minimal(), environments: [...minimal().environments, { name: 'staging' }] };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'environments[2].name',
        rule: 'naming',
        value: 'staging',
        message: ['environment name', 'one upper-case word'],
        fix: 'such as "STAGING"',
      }),
    ]);
  });

  test('fails baseline parts in lower case or with spaces, each part on its own', () => {
    const scope = `/subscriptions/${IDS.subscription}`;
    const d = withBaselines({
      environment: 'PROD',
      service: 'key vault',
      scope: 'ns a',
      action: 'admin',
      grants: [Grants.azureRole('Reader', scope)],
    });
    const p = 'baselines.BASE_PROD_key vault_ns a_admin';
    expect(validateDefinition(d)).toEqual([
      problem({
        path: `${p}.action`,
        rule: 'naming',
        value: 'admin',
        message: ['action part', 'one upper-case word'],
        fix: 'such as "ADMIN"',
      }),
      problem({
        path: `${p}.scope`,
        rule: 'naming',
        value: 'ns a',
        message: ['scope part', 'joined by "_"'],
        fix: 'such as "NS_A"',
      }),
      problem({
        path: `${p}.service`,
        rule: 'naming',
        value: 'key vault',
        message: ['service part', 'one upper-case word'],
        fix: 'use an upper-case word',
      }),
    ]);
  });

  test('fails a task name that repeats the TASK_<ENV>_ prefix', () => {
    const d = withTasks(viewerTask('PROD', { name: 'TASK_PROD_ADMIN' }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_TASK_PROD_ADMIN.name',
        rule: 'naming',
        value: 'TASK_PROD_ADMIN',
        message: 'must not repeat the TASK_<ENV>_ prefix',
        fix: 'e.g. "ADMIN"',
      }),
    ]);
  });

  test('fails a task name that repeats only TASK_, suggesting the rest whole', () => {
    const d = withTasks(viewerTask('PROD', { name: 'TASK_KEYVAULT_ADMIN' }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_TASK_KEYVAULT_ADMIN.name',
        rule: 'naming',
        value: 'TASK_KEYVAULT_ADMIN',
        message: 'must not repeat the TASK_<ENV>_ prefix',
        fix: 'e.g. "KEYVAULT_ADMIN"',
      }),
    ]);
  });

  test('fails a task name with spaces', () => {
    const d = withTasks(viewerTask('PROD', { name: 'key vault admin' }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_key vault admin.name',
        rule: 'naming',
        value: 'key vault admin',
        message: 'name part of a task',
        fix: 'such as "KEY_VAULT_ADMIN"',
      }),
    ]);
  });

  test('fails a role name that repeats the ROLE_ prefix', () => {
    expect(validateDefinition(withRoles(developerRole({ name: 'ROLE_DEVELOPER' })))).toEqual([
      problem({
        path: 'roles.ROLE_ROLE_DEVELOPER.name',
        rule: 'naming',
        value: 'ROLE_DEVELOPER',
        message: 'must not repeat the ROLE_ prefix',
        fix: ['write "DEVELOPER"', 'the library adds ROLE_'],
      }),
    ]);
  });

  test('fails a lower-case role name', () => {
    expect(validateDefinition(withRoles(developerRole({ name: 'snr developer' })))).toEqual([
      problem({
        path: 'roles.ROLE_snr developer.name',
        rule: 'naming',
        value: 'snr developer',
        message: 'name part of a role',
        fix: 'such as "SNR_DEVELOPER"',
      }),
    ]);
  });

  test.each(['AKS_Prod', 'aks.prod', '-aks', `a${'b'.repeat(63)}`])(
    'fails a cluster name that is not a DNS label: %s',
    (name) => {
      const d = { ...minimal(), clusters: [{ name, environment: 'PROD' }] };
      expect(validateDefinition(d)).toEqual([
        problem({
          path: 'clusters[0].name',
          rule: 'naming',
          value: name,
          message: ['DNS label', 'provider alias'],
          fix: ['lower-case letters, digits and "-"', '"aks-prod"'],
        }),
      ]);
    },
  );

  test('fails the environment part of a baseline, next to the unknown environment', () => {
    const d = withBaselines(kvGetBaseline('PROD', { environment: 'prod', action: 'ADMIN' }));
    const path = 'baselines.BASE_prod_KV_SECRETS_ADMIN.environment';
    expect(validateDefinition(d)).toEqual([
      problem({
        path,
        rule: 'naming',
        value: 'prod',
        message: 'the environment part of a baseline name must be one upper-case word',
        fix: 'such as "PROD"',
      }),
      problem({
        path,
        rule: 'unknown-reference',
        value: 'prod',
        message: ['environment "prod" is not declared.', 'Did you mean "PROD"?'],
        fix: 'declare it in environments',
      }),
    ]);
  });
});
