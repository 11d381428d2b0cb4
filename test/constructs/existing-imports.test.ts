/**
 * `existing` in the definition: each group named gets an import block `/groups/<object id>` at its group's address,
 * each resource entry one at its address with its ID (the provider of the resource, as Terraform's JSON syntax
 * wants it: a bare reference), and an entry nothing synthesizes is refused with the nearest address. Validation
 * names every bad entry first.
 */
import { validateDefinition } from '../../lib/model/validation';
import { AccessModelError } from '../../lib/model/problem';
import { minimal } from '../fixtures/minimal';
import { synthOne } from './synth-helper';

const G1 = '00000aaa-0000-4000-8000-000000000001';
const G2 = '00000aaa-0000-4000-8000-000000000002';

test('groups and resources named in existing get import blocks at their synthesized addresses', () => {
  const stack = synthOne({
    definition: {
      ...minimal(),
      existing: {
        groups: { TASK_DEV_VIEWER: G1, BASE_DEV_KV_SECRETS_GET: G2 },
        resources: { 'azuread_group_member.TASK_DEV_VIEWER__in__BASE_DEV_KV_SECRETS_GET': `${G2}/member/${G1}` },
      },
    },
    report: false,
  });
  expect((stack.json as { import?: unknown[] }).import).toEqual([
    { id: `/groups/${G2}`, provider: 'azuread', to: 'azuread_group_without_members.BASE_DEV_KV_SECRETS_GET' },
    { id: `/groups/${G1}`, provider: 'azuread', to: 'azuread_group_without_members.TASK_DEV_VIEWER' },
    {
      id: `${G2}/member/${G1}`,
      provider: 'azuread',
      to: 'azuread_group_member.TASK_DEV_VIEWER__in__BASE_DEV_KV_SECRETS_GET',
    },
  ]);
});

test('an entry whose address nothing synthesizes is refused, naming it and the nearest address', () => {
  let error: unknown;
  try {
    synthOne({
      definition: {
        ...minimal(),
        existing: {
          resources: { 'azuread_group_member.TASK_DEV_VIEWER__in__BASE_DEV_KV_SECRET_GET': `${G2}/member/${G1}` },
        },
      },
      report: false,
    });
  } catch (e) {
    error = e;
  }
  expect(AccessModelError.isAccessModelError(error)).toBe(true);
  expect((error as AccessModelError).problems).toEqual([
    {
      path: 'existing.resources["azuread_group_member.TASK_DEV_VIEWER__in__BASE_DEV_KV_SECRET_GET"]',
      rule: 'existing-object',
      message:
        'nothing synthesized has the address azuread_group_member.TASK_DEV_VIEWER__in__BASE_DEV_KV_SECRET_GET. Did you mean "azuread_group_member.TASK_DEV_VIEWER__in__BASE_DEV_KV_SECRETS_GET"?',
      value: 'azuread_group_member.TASK_DEV_VIEWER__in__BASE_DEV_KV_SECRET_GET',
      fix: 'run `task-access import` again on a fresh export, or remove the entry for an object the definition no longer has',
    },
  ]);
});

test('validation names every bad entry of existing: unknown group, object ID, the same object twice, address, import ID', () => {
  const problems = validateDefinition({
    ...minimal(),
    existing: {
      groups: { TASK_DEV_VIEWR: G1, TASK_PROD_VIEWER: 'not-a-uuid', ROLE_DEVELOPER: G2, BASE_DEV_KV_SECRETS_GET: G2 },
      resources: {
        'azuread_group_without_members.ROLE_DEVELOPER': `/groups/${G2}`,
        'not an address': 'x',
        'azuread_group_member.ROLE_DEVELOPER__in__TASK_DEV_VIEWER': 'has a space',
      },
    },
  });
  expect(problems.filter((p) => p.path.startsWith('existing')).map((p) => [p.path, p.rule, p.message])).toEqual([
    [
      'existing.groups.ROLE_DEVELOPER',
      'duplicate',
      `object ID ${G2} is given to BASE_DEV_KV_SECRETS_GET too: one Entra group can become one group of the definition only`,
    ],
    [
      'existing.groups.TASK_DEV_VIEWR',
      'unknown-reference',
      'group "TASK_DEV_VIEWR" is not a baseline, task or role of the definition. Did you mean "TASK_DEV_VIEWER"?',
    ],
    ['existing.groups.TASK_PROD_VIEWER', 'object-id', 'an existing group is named by its Entra object ID, a UUID'],
    [
      'existing.resources["azuread_group_member.ROLE_DEVELOPER__in__TASK_DEV_VIEWER"]',
      'existing-object',
      "an import ID is the provider's ID of the existing object: printable characters, no spaces",
    ],
    [
      'existing.resources["azuread_group_without_members.ROLE_DEVELOPER"]',
      'existing-object',
      'an existing group is given in existing.groups, by its name and object ID',
    ],
    [
      'existing.resources["not an address"]',
      'existing-object',
      'an existing resource is keyed by the Terraform address the library synthesizes for it, `<type>.<name>`',
    ],
  ]);
});
