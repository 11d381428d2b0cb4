/**
 * The vendor-and-agent example synthesizes offline and gives each non-human or temporary principal exactly its
 * narrow, possibly time-bound, access: the vendor's two weeks, the agent's one secret, the consultant's engagement,
 * the pipeline's separate plan and apply identities.
 */
import { VENDOR_IDS, vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { groupRef, ref, synthOne, type StackJson } from './synth-helper';

const ASSIGNMENT = 'azuread_privileged_access_group_assignment_schedule';
let tf: StackJson;
beforeAll(() => {
  tf = synthOne({
    definition: vendorAndAgent,
    expiryWarning: { now: new Date('2027-01-01T00:00:00Z'), write: () => undefined },
  });
});

/** Tasks a role group reaches: standing memberships, time-bound assignments and eligibilities, by task. */
const accessOf = (role: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const task = (r: Record<string, unknown>, attr: string) =>
    String(r[attr]).replace(/^\$\{azuread_group_without_members\.(\w+)\.object_id\}$/, '$1');
  for (const m of Object.values(tf.resources('azuread_group_member')))
    if (m.member_object_id === groupRef(role)) out[task(m, 'group_object_id')] = 'standing';
  for (const a of Object.values(tf.resources(ASSIGNMENT)))
    if (a.principal_id === groupRef(role))
      out[task(a, 'group_id')] = `standing ${a.start_date ?? ''}..${a.expiration_date}`;
  for (const e of Object.values(tf.resources('azuread_privileged_access_group_eligibility_schedule'))) {
    if (e.principal_id === groupRef(role))
      out[task(e, 'group_id')] = `eligible ${e.start_date ?? ''}..${e.expiration_date ?? 'permanent'}`;
  }
  return out;
};

test('the vendor (a guest) reads payments for two weeks, then nothing', () => {
  expect(accessOf('ROLE_VENDOR_PARTNER')).toEqual({
    TASK_PROD_VENDOR_READ: 'standing 2027-03-01T00:00:00Z..2027-03-14T23:59:59Z',
  });
  expect(
    tf.resource('azuread_group_member', `ROLE_VENDOR_PARTNER__member__${VENDOR_IDS.vendorGuest}`).member_object_id,
  ).toBe(VENDOR_IDS.vendorGuest);
});

test('the AI agent reads one secret, as the application trusted for one service account', () => {
  expect(accessOf('ROLE_AGENT_TICKETS')).toEqual({ TASK_PROD_TICKETS_READ: 'standing' });
  expect(
    tf.resource('azuread_group_member', 'ROLE_AGENT_TICKETS__member__app_aks-agent-ticket-reader_e619bf67')
      .member_object_id,
  ).toBe(ref('azuread_service_principal', 'aks-agent-ticket-reader'));
  expect(
    tf.resource(
      'azuread_application_federated_identity_credential',
      'aks-agent-ticket-reader__k8s-agents-ticket-reader',
    ),
  ).toMatchObject({
    subject: 'system:serviceaccount:agents:ticket-reader',
    issuer: VENDOR_IDS.aksOidcIssuer,
  });
  const [ra] = Object.values(tf.resources('azurerm_role_assignment')).filter(
    (r) => r.principal_id === groupRef('BASE_PROD_KV_TICKETS_GET'),
  );
  expect(ra.scope).toBe(
    '/subscriptions/00000002-0000-4000-8000-000000000001/resourceGroups/rg-payments-prod/providers/Microsoft.KeyVault/vaults/kv-payments-prod/secrets/ticket-api-token',
  );
});

test('the consultant is a member until 2027-06-30 and may deploy during April only', () => {
  expect(tf.resource(ASSIGNMENT, `ROLE_PAYMENTS_CONSULTANT__member__${VENDOR_IDS.consultant}`)).toMatchObject({
    group_id: groupRef('ROLE_PAYMENTS_CONSULTANT'),
    principal_id: VENDOR_IDS.consultant,
    expiration_date: '2027-06-30T23:59:59Z',
  });
  expect(accessOf('ROLE_PAYMENTS_CONSULTANT')).toEqual({
    TASK_PROD_PAYMENTS_VIEWER: 'standing',
    TASK_PROD_DEPLOYMENT: 'eligible 2027-04-01T00:00:00Z..2027-04-30T23:59:59Z',
  });
});

test('plan and apply are separate identities: pull requests read, only the prod environment deploys', () => {
  expect(accessOf('ROLE_CI_PROD_PLAN')).toEqual({ TASK_PROD_PLAN_READ: 'standing' });
  expect(accessOf('ROLE_CI_PROD_APPLY')).toEqual({ TASK_PROD_DEPLOYMENT: 'standing' });
  const subjects = Object.values(tf.resources('azuread_application_federated_identity_credential')).map((c) => [
    c.application_id,
    c.subject,
  ]);
  expect(subjects).toEqual([
    [ref('azuread_application', 'aks-agent-ticket-reader', 'id'), 'system:serviceaccount:agents:ticket-reader'],
    [ref('azuread_application', 'gh-contoso-payments-prod-apply', 'id'), 'repo:contoso/payments:environment:prod'],
    [ref('azuread_application', 'gh-contoso-payments-prod-plan', 'id'), 'repo:contoso/payments:pull_request'],
  ]);
});

test('only the groups that receive time-bound assignments without a JIT policy get the default one', () => {
  expect(Object.keys(tf.resources('azuread_group_role_management_policy')).sort()).toEqual([
    'ROLE_PAYMENTS_CONSULTANT',
    'TASK_PROD_DEPLOYMENT',
    'TASK_PROD_VENDOR_READ',
  ]);
});
