/** Just-in-time policy changes, field by field, with their risk; and a policy that governs no activation. */
import { diffDefinitions } from '../../../lib/report/diff';
import { PEOPLE, REF, brief, withPolicy, withRole, withTask } from './reference-changes';

const KV = 'TASK_PROD_KEYVAULT_ADMIN';

test('several fields of one policy: one change each, weaker ones medium, stronger ones low', () => {
  const after = withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', (p) => ({
    ...p,
    maximumActivation: 'PT2H',
    requireJustification: false,
    requireTicket: false,
    approvers: [{ kind: 'role', role: 'ROLE_SNR_DEVELOPER' }],
    notifyOnActivation: ['security@contoso.example'],
    eligibilityExpiry: 'P90D',
  }));
  const diff = diffDefinitions(REF, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'approvers-changed',
      subject: KV,
      risk: 'medium',
      before: 'group engineering managers (PLACEHOLDER) or ROLE_SNR_DEVELOPER',
      after: 'ROLE_SNR_DEVELOPER',
    },
    { kind: 'justification-removed', subject: KV, risk: 'medium', before: 'required', after: 'not required' },
    { kind: 'ticket-removed', subject: KV, risk: 'medium', before: 'required', after: 'not required' },
    { kind: 'activation-maximum-lowered', subject: KV, risk: 'low', before: 'PT4H', after: 'PT2H' },
    {
      kind: 'activation-notification-added',
      subject: KV,
      risk: 'low',
      before: 'none',
      after: 'security@contoso.example',
    },
    { kind: 'eligibility-expiry-added', subject: KV, risk: 'low', before: 'never', after: 'P90D' },
  ]);
  for (const c of diff.changes) expect([c.roles, c.principals]).toEqual([['ROLE_SNR_DEVELOPER'], [PEOPLE.carol]]);
});

test('notification removed and eligibility expiry removed or extended: medium; shortened: low', () => {
  const withExpiry = (expiry: 'P30D' | 'P90D' | 'never', notify: string[]) =>
    withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', (p) => ({ ...p, eligibilityExpiry: expiry, notifyOnActivation: notify }));
  expect(brief(diffDefinitions(withExpiry('P90D', ['security@contoso.example']), withExpiry('never', [])))).toEqual([
    {
      kind: 'activation-notification-removed',
      subject: KV,
      risk: 'medium',
      before: 'security@contoso.example',
      after: 'none',
    },
    { kind: 'eligibility-expiry-removed', subject: KV, risk: 'medium', before: 'P90D', after: 'never' },
  ]);
  expect(brief(diffDefinitions(withExpiry('P30D', []), withExpiry('P90D', [])))).toEqual([
    { kind: 'eligibility-expiry-extended', subject: KV, risk: 'medium', before: 'P30D', after: 'P90D' },
  ]);
  expect(brief(diffDefinitions(withExpiry('P90D', []), withExpiry('P30D', [])))).toEqual([
    { kind: 'eligibility-expiry-shortened', subject: KV, risk: 'low', before: 'P90D', after: 'P30D' },
  ]);
});

test('MFA removed: high, even outside a protected environment; added back: low', () => {
  const noMfa = withPolicy(REF, 'DEV', 'KEYVAULT_ADMIN', (p) => ({ ...p, requireMfa: false }));
  const diff = diffDefinitions(REF, noMfa);
  expect(brief(diff)).toEqual([
    { kind: 'mfa-removed', subject: 'TASK_DEV_KEYVAULT_ADMIN', risk: 'high', before: 'MFA', after: 'none' },
  ]);
  expect(diff.changes[0].roles).toEqual(['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER']);
  expect(brief(diffDefinitions(noMfa, REF))).toEqual([
    { kind: 'mfa-added', subject: 'TASK_DEV_KEYVAULT_ADMIN', risk: 'low', before: 'none', after: 'MFA' },
  ]);
});

test('MFA replaced by an authentication context: medium', () => {
  const after = withPolicy(REF, 'DEV', 'KEYVAULT_ADMIN', (p) => ({ ...p, authenticationContext: 'c1' }));
  expect(brief(diffDefinitions(REF, after))).toEqual([
    {
      kind: 'activation-authentication-changed',
      subject: 'TASK_DEV_KEYVAULT_ADMIN',
      risk: 'medium',
      before: 'MFA',
      after: 'authentication context c1',
    },
  ]);
});

test('approval removed outside a protected environment: medium; approval added: low', () => {
  const approved = withPolicy(REF, 'DEV', 'DEPLOYMENT', (p) => ({
    ...p,
    approvers: [{ kind: 'role', role: 'ROLE_SNR_DEVELOPER' }],
  }));
  expect(brief(diffDefinitions(approved, REF))).toEqual([
    {
      kind: 'approval-removed',
      subject: 'TASK_DEV_DEPLOYMENT',
      risk: 'medium',
      before: 'ROLE_SNR_DEVELOPER',
      after: 'none',
    },
  ]);
  expect(brief(diffDefinitions(REF, approved))).toEqual([
    {
      kind: 'approval-added',
      subject: 'TASK_DEV_DEPLOYMENT',
      risk: 'low',
      before: 'none',
      after: 'ROLE_SNR_DEVELOPER',
    },
  ]);
});

test('approvers reordered: no change', () => {
  const after = withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', (p) => ({
    ...p,
    approvers: [...(p.approvers ?? [])].reverse(),
  }));
  expect(diffDefinitions(REF, after).changes).toEqual([]);
});

test('a policy nobody activates: its weakening is low, and affects nobody', () => {
  // ROLE_DEVELOPER no longer holds TASK_DEV_KEYVAULT_ADMIN, so no role holds it just in time on either side.
  const unheld = withRole(REF, 'DEVELOPER', (r) => ({ ...r, eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_DEPLOYMENT'] }));
  const diff = diffDefinitions(
    unheld,
    withPolicy(unheld, 'DEV', 'KEYVAULT_ADMIN', (p) => ({ ...p, requireMfa: false })),
  );
  expect(brief(diff)).toEqual([
    { kind: 'mfa-removed', subject: 'TASK_DEV_KEYVAULT_ADMIN', risk: 'low', before: 'MFA', after: 'none' },
  ]);
  expect(diff.changes[0]).toMatchObject({
    reason: 'no role holds TASK_DEV_KEYVAULT_ADMIN just in time: the policy governs no activation',
    roles: [],
    principals: [],
  });
});

test('an exception task no longer an exception: medium; becoming one: low', () => {
  const exception = withTask(REF, 'PROD', 'KEYVAULT_ADMIN', (t) => ({ ...t, highPrivilege: true }));
  expect(brief(diffDefinitions(exception, REF))).toEqual([
    {
      kind: 'exception-removed',
      subject: KV,
      risk: 'medium',
      before: 'exception task',
      after: 'not an exception task',
    },
  ]);
  expect(brief(diffDefinitions(REF, exception))).toEqual([
    { kind: 'exception-added', subject: KV, risk: 'low', before: 'not an exception task', after: 'exception task' },
  ]);
});

test('a policy change does not affect a member who holds the task standing through another role', () => {
  // carol also joins ROLE_CI_PROD_DEPLOY, which holds TASK_PROD_DEPLOYMENT standing: she never activates it
  const before = withRole(REF, 'CI_PROD_DEPLOY', (r) => ({
    ...r,
    members: [...(r.members ?? []), { kind: 'user', objectId: PEOPLE.carol }],
  }));
  const after = withPolicy(before, 'PROD', 'DEPLOYMENT', (p) => ({ ...p, requireTicket: false }));
  const diff = diffDefinitions(before, after);
  expect(brief(diff)).toEqual([
    {
      kind: 'ticket-removed',
      subject: 'TASK_PROD_DEPLOYMENT',
      risk: 'medium',
      before: 'required',
      after: 'not required',
    },
  ]);
  expect(diff.changes[0]).toMatchObject({ roles: ['ROLE_SNR_DEVELOPER'], principals: [] });
});
