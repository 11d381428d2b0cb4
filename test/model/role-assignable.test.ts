/**
 * Role-assignable eligibility, derived once in the model: which role is eligible for which role-assignable
 * baseline, created by which of its eligible tasks, with which expiry and window.
 */
import { resolveDefinition } from '../../lib/model';
import { roleAssignableEligibilities, roleAssignablePolicyTasks } from '../../lib/model/role-assignable';
import { roleAssignableDefinition } from '../fixtures/role-assignable';

const model = resolveDefinition(roleAssignableDefinition());

test('one eligibility per role and baseline, under the first eligible task reaching it, windows spanning every task', () => {
  const list = roleAssignableEligibilities(model).get('ROLE_DEVELOPER') ?? [];
  expect(list.map((e) => [e.baseline, e.access.task, e.expiry, e.window])).toEqual([
    // Reached by TASK_PROD_ENTRA_AUDIT (permanent) and TASK_PROD_ENTRA_READ (time-bound): one permanent eligibility.
    ['BASE_PROD_ENTRA_READER', 'TASK_PROD_ENTRA_AUDIT', 'never', undefined],
    ['BASE_PROD_KV_SECRETS_LIST', 'TASK_PROD_ENTRA_READ', 'never', { until: '2027-04-30T23:59:59Z' }],
  ]);
  expect([...roleAssignableEligibilities(model).keys()]).toEqual(['ROLE_DEVELOPER']);
});

test('computed once per model object', () => {
  expect(roleAssignableEligibilities(model)).toBe(roleAssignableEligibilities(model));
});

test('each baseline carries the policy of the first just-in-time task reaching it', () => {
  expect([...roleAssignablePolicyTasks(model.tasks)].map(([b, t]) => [b, t.name])).toEqual([
    ['BASE_PROD_ENTRA_READER', 'TASK_PROD_ENTRA_AUDIT'],
    ['BASE_PROD_KV_SECRETS_LIST', 'TASK_PROD_ENTRA_READ'],
  ]);
});
