/**
 * Roles, members, time-bound windows, renames, federated credentials and environment protection in the access
 * diff of the reference organisation.
 */
import { FederatedCredentials } from '../../../lib/model';
import { diffDefinitions } from '../../../lib/report/diff';
import { PEOPLE, REF, brief, withRole, withTask } from './reference-changes';

const APP = 'app:gh-contoso-app-prod-deploy';

test('a new role of people holding a PROD write task standing: high; removing it again: low', () => {
  const after = {
    ...REF,
    roles: [
      ...REF.roles,
      {
        name: 'RELEASE_MANAGER',
        standing: ['TASK_PROD_DEPLOYMENT' as const],
        members: [{ kind: 'user' as const, objectId: PEOPLE.alice }],
      },
    ],
  };
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'role-added',
      subject: 'ROLE_RELEASE_MANAGER',
      risk: 'high',
      after: '1 member; standing TASK_PROD_DEPLOYMENT',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({
    reason: 'standing write access in protected environment PROD (BASE_PROD_ACR_IMAGE_PUSH: action part PUSH)',
    principals: [PEOPLE.alice],
  });
  expect(diff.principals.map((p) => [p.key, p.tasks])).toEqual([
    [PEOPLE.alice, [{ task: 'TASK_PROD_DEPLOYMENT', after: 'standing' }]],
  ]);
  expect(brief(diffDefinitions(after, REF))).toEqual([
    {
      kind: 'role-removed',
      subject: 'ROLE_RELEASE_MANAGER',
      risk: 'low',
      before: '1 member; standing TASK_PROD_DEPLOYMENT',
    },
  ]);
});

test('a member removed, a task lost and standing made just in time: all low', () => {
  // TASK_DEV_VIEWER gets a policy on both sides, so only how ROLE_DEVELOPER holds it changes
  const before = withTask(REF, 'DEV', 'VIEWER', (t) => ({ ...t, jit: {} }));
  const after = withRole(before, 'DEVELOPER', (r) => ({
    ...r,
    standing: [],
    eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_DEPLOYMENT', 'TASK_DEV_VIEWER'],
    members: [r.members?.[0] as NonNullable<typeof r.members>[number]],
  }));
  const diff = diffDefinitions(before, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'member-removed',
      subject: 'ROLE_DEVELOPER',
      member: PEOPLE.bob,
      risk: 'low',
      before: `bob@contoso.example (PLACEHOLDER) (user ${PEOPLE.bob})`,
    },
    {
      kind: 'task-lost',
      subject: 'ROLE_DEVELOPER',
      task: 'TASK_DEV_KEYVAULT_ADMIN',
      risk: 'low',
      before: 'just-in-time (max PT4H, no approval, MFA, justification)',
    },
    {
      kind: 'standing-to-eligible',
      subject: 'ROLE_DEVELOPER',
      task: 'TASK_DEV_VIEWER',
      risk: 'low',
      before: 'standing',
      after: 'just-in-time (max PT4H, no approval, MFA, justification)',
    },
  ]);
  expect(diff.changes.map((c) => c.roles)).toEqual([
    ['ROLE_DEVELOPER'],
    ['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER'],
    ['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER'],
  ]);
  // bob left: he loses everything; alice and carol keep TASK_DEV_VIEWER just in time and lose TASK_DEV_KEYVAULT_ADMIN
  expect(diff.principals.map((p) => [p.label, p.tasks.map((t) => `${t.task}: ${t.before} -> ${t.after}`)])).toEqual([
    [
      'alice@contoso.example (PLACEHOLDER)',
      ['TASK_DEV_KEYVAULT_ADMIN: just-in-time -> undefined', 'TASK_DEV_VIEWER: standing -> just-in-time'],
    ],
    [
      'bob@contoso.example (PLACEHOLDER)',
      [
        'TASK_DEV_DEPLOYMENT: just-in-time -> undefined',
        'TASK_DEV_KEYVAULT_ADMIN: just-in-time -> undefined',
        'TASK_DEV_VIEWER: standing -> undefined',
        'TASK_PROD_VIEWER: just-in-time -> undefined',
      ],
    ],
    [
      'carol@contoso.example (PLACEHOLDER)',
      ['TASK_DEV_KEYVAULT_ADMIN: just-in-time -> undefined', 'TASK_DEV_VIEWER: standing -> just-in-time'],
    ],
  ]);
});

test('time-bound: expiry extended is medium, removed is medium, added is low (holdings and memberships)', () => {
  const bounded = (until?: string) =>
    withRole(REF, 'DEVELOPER', (r) => ({
      ...r,
      eligible: [
        until ? { task: 'TASK_PROD_VIEWER', until } : 'TASK_PROD_VIEWER',
        'TASK_DEV_DEPLOYMENT',
        'TASK_DEV_KEYVAULT_ADMIN',
      ],
      members: [
        r.members?.[0] as NonNullable<typeof r.members>[number],
        { kind: 'user', objectId: PEOPLE.bob, displayName: 'bob', ...(until ? { until } : {}) },
      ],
    }));
  const june = '2026-06-30T23:59:59Z';
  const december = '2026-12-31T23:59:59Z';
  const extended = diffDefinitions(bounded('2026-06-30'), bounded('2026-12-31'));
  expect(brief(extended)).toEqual([
    {
      kind: 'expiry-extended',
      subject: 'ROLE_DEVELOPER',
      member: PEOPLE.bob,
      risk: 'medium',
      before: june,
      after: december,
    },
    {
      kind: 'expiry-extended',
      subject: 'ROLE_DEVELOPER',
      task: 'TASK_PROD_VIEWER',
      risk: 'medium',
      before: june,
      after: december,
    },
  ]);
  // the holding is inherited by ROLE_SNR_DEVELOPER: one change for both roles
  expect(extended.changes[1].roles).toEqual(['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER']);
  expect(brief(diffDefinitions(bounded('2026-06-30'), bounded()))).toEqual([
    {
      kind: 'expiry-removed',
      subject: 'ROLE_DEVELOPER',
      member: PEOPLE.bob,
      risk: 'medium',
      before: june,
      after: 'none',
    },
    {
      kind: 'expiry-removed',
      subject: 'ROLE_DEVELOPER',
      task: 'TASK_PROD_VIEWER',
      risk: 'medium',
      before: june,
      after: 'none',
    },
  ]);
  expect(brief(diffDefinitions(bounded(), bounded('2026-06-30'))).map((c) => [c.kind, c.risk])).toEqual([
    ['expiry-added', 'low'],
    ['expiry-added', 'low'],
  ]);
});

test('expiry removed from a standing write holding in PROD: high, like a new permanent grant', () => {
  const bounded = (until?: string) =>
    withRole(REF, 'CI_PROD_DEPLOY', (r) => ({
      ...r,
      standing: [until ? { task: 'TASK_PROD_DEPLOYMENT', until } : 'TASK_PROD_DEPLOYMENT'],
    }));
  const diff = diffDefinitions(bounded('2026-06-30'), bounded());
  expect(brief(diff)).toEqual([
    {
      kind: 'expiry-removed',
      subject: 'ROLE_CI_PROD_DEPLOY',
      task: 'TASK_PROD_DEPLOYMENT',
      risk: 'high',
      before: '2026-06-30T23:59:59Z',
      after: 'none',
    },
  ]);
  expect(diff.principals.map((p) => [p.key, p.tasks])).toEqual([
    [APP, [{ task: 'TASK_PROD_DEPLOYMENT', before: 'standing [until 2026-06-30T23:59:59Z]', after: 'standing' }]],
  ]);
});

test('a PROD task renamed: one change, which says the protected group blocks the plan', () => {
  const after = withRole(
    withRole(
      withTask(REF, 'PROD', 'DEPLOYMENT', (t) => ({ ...t, name: 'RELEASE' })),
      'SNR_DEVELOPER',
      (r) => ({ ...r, eligible: ['TASK_PROD_RELEASE', 'TASK_PROD_KEYVAULT_ADMIN'] }),
    ),
    'CI_PROD_DEPLOY',
    (r) => ({ ...r, standing: ['TASK_PROD_RELEASE'] }),
  );
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'task-renamed',
      subject: 'TASK_PROD_RELEASE',
      risk: 'medium',
      before: 'TASK_PROD_DEPLOYMENT',
      after: 'TASK_PROD_RELEASE',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({
    reason:
      'Terraform deletes group TASK_PROD_DEPLOYMENT and creates TASK_PROD_RELEASE: a new group (new object ID) gets the same access in the same apply; activations in progress end, and PIM history stays with the deleted group; the old group is in protected environment PROD, whose groups carry prevent_destroy (unless preventDestroyProtected is false), so terraform plan fails until that is dealt with',
    roles: ['ROLE_CI_PROD_DEPLOY', 'ROLE_SNR_DEVELOPER'],
    principals: [PEOPLE.carol, APP],
  });
});

test('a rename with another change: the rename, and the change under the new name', () => {
  const after = withRole(
    withRole(
      withTask(REF, 'PROD', 'DEPLOYMENT', (t) => ({ ...t, name: 'RELEASE' })),
      'SNR_DEVELOPER',
      (r) => ({ ...r, standing: ['TASK_PROD_RELEASE'], eligible: ['TASK_PROD_KEYVAULT_ADMIN'] }),
    ),
    'CI_PROD_DEPLOY',
    (r) => ({ ...r, standing: ['TASK_PROD_RELEASE'] }),
  );
  expect(brief(diffDefinitions(REF, after)).map((c) => [c.kind, c.subject, c.task, c.risk])).toEqual([
    ['eligible-to-standing', 'ROLE_SNR_DEVELOPER', 'TASK_PROD_RELEASE', 'high'],
    ['task-renamed', 'TASK_PROD_RELEASE', undefined, 'medium'],
  ]);
});

test('a task removed and another added with different content is no rename: lost and gained', () => {
  const after = withRole(
    withTask(REF, 'DEV', 'VIEWER', (t) => ({ ...t, name: 'READER', baselines: ['BASE_DEV_ACR_IMAGE_LIST'] })),
    'DEVELOPER',
    (r) => ({ ...r, standing: ['TASK_DEV_READER'] }),
  );
  expect(brief(diffDefinitions(REF, after)).map((c) => [c.kind, c.subject, c.task, c.risk])).toEqual([
    ['task-gained', 'ROLE_DEVELOPER', 'TASK_DEV_READER', 'medium'],
    ['task-lost', 'ROLE_DEVELOPER', 'TASK_DEV_VIEWER', 'low'],
  ]);
});

test('a federated credential added to the pipeline application: high (it deploys to PROD standing)', () => {
  const after = {
    ...REF,
    applications: (REF.applications ?? []).map((a) => ({
      ...a,
      federatedCredentials: [...a.federatedCredentials, FederatedCredentials.githubBranch('contoso/app', 'main')],
    })),
  };
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'federated-credential-added',
      subject: 'gh-contoso-app-prod-deploy',
      risk: 'high',
      after: 'githubActions repo:contoso/app:ref:refs/heads/main (issuer https://token.actions.githubusercontent.com)',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({ roles: ['ROLE_CI_PROD_DEPLOY'], principals: [APP] });
  expect(brief(diffDefinitions(after, REF)).map((c) => [c.kind, c.risk])).toEqual([
    ['federated-credential-removed', 'low'],
  ]);
});

test('an environment no longer protected: medium', () => {
  const after = { ...REF, environments: REF.environments.map((e) => ({ ...e, protected: false })) };
  expect(brief(diffDefinitions(REF, after))).toEqual([
    { kind: 'environment-unprotected', subject: 'PROD', risk: 'medium', before: 'protected', after: 'not protected' },
  ]);
});
