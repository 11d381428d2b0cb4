/**
 * The access diff on the reference organisation: each case changes one thing and asserts the full change list
 * (kind, subject, risk, before, after), and who it affects.
 */
import { Grants, resolveDefinition } from '../../../lib/model';
import { diffAccessModels, diffDefinitions } from '../../../lib/report/diff';
import { readAccessModelDocument, renderModelJson } from '../../../lib/report/model-json';
import {
  PEOPLE,
  PROD_KV,
  REF,
  brief,
  reversed,
  withBaseline,
  withPolicy,
  withRole,
  withTask,
} from './reference-changes';

const SNR_PROD_POLICY =
  'max PT4H, approval by group engineering managers (PLACEHOLDER) or ROLE_SNR_DEVELOPER, MFA, justification, ticket';
const APP = 'app:gh-contoso-app-prod-deploy';

describe('no access change', () => {
  test('descriptions and owners edited', () => {
    const after = withTask(
      withRole(REF, 'DEVELOPER', (r) => ({ ...r, description: 'Developers.', owner: 'dev-leads@contoso.example' })),
      'PROD',
      'VIEWER',
      (t) => ({ ...t, description: 'Read production.', owner: 'platform@contoso.example' }),
    );
    const diff = diffDefinitions(REF, after);
    expect(diff).toEqual({ counts: { total: 0, high: 0, medium: 0, low: 0 }, changes: [], principals: [] });
  });

  test('every array of the definition reordered', () => {
    const after = reversed(REF);
    expect(after.roles[0].name).toBe('CI_PROD_DEPLOY'); // it did reorder
    expect(diffDefinitions(REF, after).changes).toEqual([]);
  });

  test('a role declaring a task it already inherits (a different path to the same access)', () => {
    const after = withRole(REF, 'SNR_DEVELOPER', (r) => ({ ...r, standing: ['TASK_DEV_VIEWER'] }));
    expect(diffDefinitions(REF, after).changes).toEqual([]);
  });
});

test('TASK_PROD_DEPLOYMENT standing for ROLE_SNR_DEVELOPER: high, carol gains standing write in PROD', () => {
  const after = withRole(REF, 'SNR_DEVELOPER', (r) => ({
    ...r,
    standing: ['TASK_PROD_DEPLOYMENT'],
    eligible: ['TASK_PROD_KEYVAULT_ADMIN'],
  }));
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'eligible-to-standing',
      subject: 'ROLE_SNR_DEVELOPER',
      task: 'TASK_PROD_DEPLOYMENT',
      risk: 'high',
      before: `just-in-time (${SNR_PROD_POLICY})`,
      after: 'standing',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({
    reason: 'standing write access in protected environment PROD (BASE_PROD_ACR_IMAGE_PUSH: action part PUSH)',
    roles: ['ROLE_SNR_DEVELOPER'],
    principals: [PEOPLE.carol],
  });
  expect(diff.counts).toEqual({ total: 1, high: 1, medium: 0, low: 0 });
  expect(diff.principals).toEqual([
    {
      key: PEOPLE.carol,
      label: 'carol@contoso.example (PLACEHOLDER)',
      kind: 'user',
      risk: 'high',
      tasks: [{ task: 'TASK_PROD_DEPLOYMENT', before: 'just-in-time', after: 'standing' }],
      changes: [0],
    },
  ]);
});

test('a change a role only inherits is one change listing every role it reaches', () => {
  const after = withRole(REF, 'DEVELOPER', (r) => ({
    ...r,
    standing: ['TASK_DEV_VIEWER', 'TASK_DEV_DEPLOYMENT'],
    eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_KEYVAULT_ADMIN'],
  }));
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'eligible-to-standing',
      subject: 'ROLE_DEVELOPER',
      task: 'TASK_DEV_DEPLOYMENT',
      risk: 'medium',
      before: 'just-in-time (max PT4H, no approval, MFA, justification)',
      after: 'standing',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({
    summary:
      'ROLE_DEVELOPER (and ROLE_SNR_DEVELOPER, inheriting it) holds TASK_DEV_DEPLOYMENT standing instead of just in time',
    reason: 'standing instead of just in time: no activation, approval or time limit',
    roles: ['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER'],
    principals: [PEOPLE.bob, PEOPLE.alice, PEOPLE.carol],
  });
});

test('approval removed from TASK_PROD_KEYVAULT_ADMIN: high', () => {
  const after = withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', ({ approvers: _approvers, ...p }) => p);
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'approval-removed',
      subject: 'TASK_PROD_KEYVAULT_ADMIN',
      risk: 'high',
      before: 'group engineering managers (PLACEHOLDER) or ROLE_SNR_DEVELOPER',
      after: 'none',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({
    reason: 'activation in protected environment PROD no longer needs approval',
    roles: ['ROLE_SNR_DEVELOPER'],
    principals: [PEOPLE.carol],
  });
  expect(diff.principals.map((p) => [p.key, p.risk, p.tasks])).toEqual([[PEOPLE.carol, 'high', []]]);
});

describe('maximum activation raised', () => {
  test('above the limit (PT4H): high', () => {
    const after = withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', (p) => ({ ...p, maximumActivation: 'PT8H' }));
    const diff = diffDefinitions(REF, after);
    expect(brief(diff)).toEqual([
      {
        kind: 'activation-maximum-raised',
        subject: 'TASK_PROD_KEYVAULT_ADMIN',
        risk: 'high',
        before: 'PT4H',
        after: 'PT8H',
      },
    ]);
    expect(diff.changes[0].reason).toBe('longer than the limit PT4H (rule jit-max-activation)');
  });

  test('within the limit: medium; a higher limit makes PT8H medium too', () => {
    const before = withPolicy(REF, 'DEV', 'KEYVAULT_ADMIN', (p) => ({ ...p, maximumActivation: 'PT2H' }));
    expect(brief(diffDefinitions(before, REF))).toEqual([
      {
        kind: 'activation-maximum-raised',
        subject: 'TASK_DEV_KEYVAULT_ADMIN',
        risk: 'medium',
        before: 'PT2H',
        after: 'PT4H',
      },
    ]);
    const after = withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', (p) => ({ ...p, maximumActivation: 'PT8H' }));
    expect(diffDefinitions(REF, after, { maximumActivation: 'PT8H' }).changes.map((c) => c.risk)).toEqual(['medium']);
  });

  test('lowered: low', () => {
    const after = withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', (p) => ({ ...p, maximumActivation: 'PT1H' }));
    expect(brief(diffDefinitions(REF, after))).toEqual([
      {
        kind: 'activation-maximum-lowered',
        subject: 'TASK_PROD_KEYVAULT_ADMIN',
        risk: 'low',
        before: 'PT4H',
        after: 'PT1H',
      },
    ]);
  });
});

test('a member added to ROLE_SNR_DEVELOPER: high (the role holds a write task of PROD); the member gains every task', () => {
  const dave = '0000da7e-0000-4000-8000-000000000004';
  const after = withRole(REF, 'SNR_DEVELOPER', (r) => ({
    ...r,
    members: [...(r.members ?? []), { kind: 'user', objectId: dave, displayName: 'dave@contoso.example' }],
  }));
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'member-added',
      subject: 'ROLE_SNR_DEVELOPER',
      member: dave,
      risk: 'high',
      after: `dave@contoso.example (user ${dave})`,
    },
  ]);
  expect(diff.changes[0].reason).toBe(
    'new member of a high-privilege role: ROLE_SNR_DEVELOPER holds TASK_PROD_DEPLOYMENT, which writes in protected environment PROD',
  );
  expect(diff.principals).toEqual([
    {
      key: dave,
      label: 'dave@contoso.example',
      kind: 'user',
      risk: 'high',
      tasks: [
        { task: 'TASK_DEV_DEPLOYMENT', after: 'just-in-time' },
        { task: 'TASK_DEV_KEYVAULT_ADMIN', after: 'just-in-time' },
        { task: 'TASK_DEV_VIEWER', after: 'standing' },
        { task: 'TASK_PROD_DEPLOYMENT', after: 'just-in-time' },
        { task: 'TASK_PROD_KEYVAULT_ADMIN', after: 'just-in-time' },
        { task: 'TASK_PROD_VIEWER', after: 'just-in-time' },
      ],
      changes: [0],
    },
  ]);
});

test('a member added to ROLE_DEVELOPER (read in PROD, write in DEV only): medium', () => {
  const dave = '0000da7e-0000-4000-8000-000000000004';
  const after = withRole(REF, 'DEVELOPER', (r) => ({
    ...r,
    members: [...(r.members ?? []), { kind: 'user', objectId: dave }],
  }));
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    { kind: 'member-added', subject: 'ROLE_DEVELOPER', member: dave, risk: 'medium', after: `${dave} (user)` },
  ]);
  expect(diff.changes[0].reason).toBe('new access to the 4 tasks of ROLE_DEVELOPER');
});

describe('break-glass', () => {
  const account = {
    objectId: '0000b6a3-0000-4000-8000-000000000003',
    displayName: 'breakglass3@contoso.onmicrosoft.com',
  };

  test('an account added: high', () => {
    const diff = diffDefinitions(REF, { ...REF, breakGlass: [...(REF.breakGlass ?? []), account] });
    expect(brief(diff)).toEqual([
      {
        kind: 'break-glass-added',
        subject: account.objectId,
        risk: 'high',
        after: 'breakglass3@contoso.onmicrosoft.com (Global Administrator, active, permanent)',
      },
    ]);
    expect(diff.principals).toEqual([
      {
        key: account.objectId,
        label: account.displayName,
        kind: 'break-glass',
        risk: 'high',
        tasks: [],
        changes: [0],
      },
    ]);
  });

  test('an account removed: high too', () => {
    const diff = diffDefinitions(REF, { ...REF, breakGlass: [REF.breakGlass?.[0] as typeof account] });
    expect(brief(diff)).toEqual([
      {
        kind: 'break-glass-removed',
        subject: PEOPLE.breakGlass2,
        risk: 'high',
        before: 'breakglass2@contoso.onmicrosoft.com (PLACEHOLDER) (Global Administrator, active, permanent)',
      },
    ]);
  });

  test('a display name edited: no access change', () => {
    const after = { ...REF, breakGlass: (REF.breakGlass ?? []).map((a) => ({ ...a, displayName: 'renamed' })) };
    expect(diffDefinitions(REF, after).changes).toEqual([]);
  });
});

describe('a baseline changed from Key Vault Secrets User to Key Vault Secrets Officer', () => {
  const USER = `Azure role Key Vault Secrets User (4633458b-17de-408a-b874-0445c86b69e6) at ${PROD_KV}`;
  const OFFICER = `Azure role Key Vault Secrets Officer (b86a8fe4-44ce-4948-aee5-eccb2c155cd7) at ${PROD_KV}`;
  const toOfficer = (def: typeof REF) =>
    withBaseline(def, 'BASE_PROD_KV_SECRETS_GET', (b) => ({
      ...b,
      grants: [Grants.azureRole('Key Vault Secrets Officer', PROD_KV)],
    }));

  test('reached standing by the pipeline through a PROD task: high, attributed to the role and the pipeline', () => {
    const before = withRole(
      {
        ...REF,
        tasks: [...REF.tasks, { environment: 'PROD', name: 'SECRETS_READ', baselines: ['BASE_PROD_KV_SECRETS_GET'] }],
      },
      'CI_PROD_DEPLOY',
      (r) => ({ ...r, standing: ['TASK_PROD_DEPLOYMENT', 'TASK_PROD_SECRETS_READ'] }),
    );
    const diff = diffDefinitions(before, toOfficer(before));
    expect(brief(diff)).toEqual([
      { kind: 'grant-role-changed', subject: 'BASE_PROD_KV_SECRETS_GET', risk: 'high', before: USER, after: OFFICER },
    ]);
    expect(diff.changes[0]).toMatchObject({
      reason:
        'standing write access in protected environment PROD (Azure role "Key Vault Secrets Officer" allows Microsoft.Resources/deployments/*), held by ROLE_CI_PROD_DEPLOY through TASK_PROD_SECRETS_READ',
      roles: ['ROLE_CI_PROD_DEPLOY'],
      principals: [APP],
    });
  });

  test('reached by no task (as in the reference organisation): low', () => {
    const diff = diffDefinitions(REF, toOfficer(REF));
    expect(brief(diff)).toEqual([
      { kind: 'grant-role-changed', subject: 'BASE_PROD_KV_SECRETS_GET', risk: 'low', before: USER, after: OFFICER },
    ]);
    expect(diff.changes[0]).toMatchObject({
      reason: 'no role reaches BASE_PROD_KV_SECRETS_GET',
      roles: [],
      principals: [],
    });
  });
});

test('a role renamed is one change saying what happens; its members are affected, their access is not', () => {
  const after = withRole(
    withRole(REF, 'DEVELOPER', (r) => ({ ...r, name: 'ENGINEER' })),
    'SNR_DEVELOPER',
    (r) => ({ ...r, inherits: ['ROLE_ENGINEER'] }),
  );
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'role-renamed',
      subject: 'ROLE_ENGINEER',
      risk: 'medium',
      before: 'ROLE_DEVELOPER',
      after: 'ROLE_ENGINEER',
    },
  ]);
  expect(diff.changes[0].reason).toBe(
    'Terraform deletes group ROLE_DEVELOPER and creates ROLE_ENGINEER: a new group (new object ID) gets the same access in the same apply; activations in progress end, and PIM history stays with the deleted group',
  );
  expect(diff.principals.map((p) => [p.key, p.risk, p.tasks])).toEqual([
    [PEOPLE.alice, 'medium', []],
    [PEOPLE.bob, 'medium', []],
  ]);
});

describe('over access-model.json files (no definition)', () => {
  test("a task's declared writes flag travels in the file, so the risk is the same as from the definitions", () => {
    const after = withRole(
      withTask(REF, 'PROD', 'VIEWER', (t) => ({ ...t, writes: true })),
      'DEVELOPER',
      (r) => ({
        ...r,
        standing: [...(r.standing ?? []), 'TASK_PROD_VIEWER'],
        eligible: (r.eligible ?? []).filter((t) => t !== 'TASK_PROD_VIEWER'),
      }),
    );
    const viaFile = (d: typeof REF) => readAccessModelDocument(JSON.parse(renderModelJson(resolveDefinition(d))));
    const fromFiles = diffAccessModels(viaFile(REF), viaFile(after));
    expect(brief(fromFiles)).toEqual(brief(diffDefinitions(REF, after)));
    expect(fromFiles.changes.find((c) => c.task === 'TASK_PROD_VIEWER')?.risk).toBe('high');
  });
});
