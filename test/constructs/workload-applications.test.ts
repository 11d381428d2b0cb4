/**
 * Applications the library creates for pipelines and agents: azuread_application, azuread_service_principal and
 * one azuread_application_federated_identity_credential per trusted subject (GitHub Actions environment, branch or
 * pull requests, Azure DevOps service connection, Kubernetes service account), and the role membership of the
 * service principal.
 */
import { FederatedCredentials, type AccessModelDefinition } from '../../lib/model';
import { developerRole, minimal } from '../fixtures/minimal';
import { ref, synthOne, synthStacks, type StackJson } from './synth-helper';

const CREDENTIAL = 'azuread_application_federated_identity_credential';
const ORG_ID = '0000ad00-0000-4000-8000-000000000001';
const ISSUER =
  'https://westeurope.oic.prod-aks.azure.com/00000000-0000-4000-8000-0000000000aa/00000000-0000-4000-8000-0000000000bb/';
const quiet = {
  expiryWarning: { now: new Date('2026-01-01T00:00:00Z'), write: () => undefined },
  rules: { onFindings: () => undefined },
};

/** ROLE_CI holds TASK_DEV_VIEWER; its member is gh-ci, trusted for five subjects. */
const definition: AccessModelDefinition = {
  ...minimal(),
  roles: [
    developerRole(),
    { name: 'CI', standing: ['TASK_DEV_VIEWER'], members: [{ kind: 'application', application: 'gh-ci' }] },
  ],
  applications: [
    {
      name: 'gh-ci',
      federatedCredentials: [
        FederatedCredentials.githubEnvironment('contoso/app', 'dev', { description: 'deploys dev' }),
        FederatedCredentials.githubBranch('contoso/app', 'main'),
        FederatedCredentials.githubPullRequest('contoso/app'),
        FederatedCredentials.azureDevOps({
          organization: 'contoso',
          organizationId: ORG_ID,
          project: 'Payments',
          serviceConnection: 'dev deploy',
        }),
        FederatedCredentials.kubernetesServiceAccount({
          issuer: ISSUER,
          namespace: 'agents',
          serviceAccount: 'ticket-reader',
        }),
      ],
    },
  ],
};

let tf: StackJson;
beforeAll(() => {
  tf = synthOne({ definition, ...quiet });
});

test('the application is single-tenant, named after the definition, with no secret', () => {
  expect(tf.resource('azuread_application', 'gh-ci')).toMatchObject({
    display_name: 'gh-ci',
    description: 'Managed by cdktf-task-access: workload identity gh-ci',
    sign_in_audience: 'AzureADMyOrg',
    prevent_duplicate_names: true,
    provider: 'azuread',
  });
  expect(tf.resource('azuread_application', 'gh-ci')).not.toHaveProperty('password');
  expect(tf.resources('azuread_application_password')).toEqual({});
  expect(tf.resource('azuread_service_principal', 'gh-ci')).toMatchObject({
    client_id: ref('azuread_application', 'gh-ci', 'client_id'),
  });
});

test('each credential trusts one subject of one issuer, for the Entra token exchange, on the application by resource ID', () => {
  const common = {
    application_id: ref('azuread_application', 'gh-ci', 'id'),
    audiences: ['api://AzureADTokenExchange'],
    provider: 'azuread',
  };
  const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== '//'));
  expect(Object.fromEntries(Object.entries(tf.resources(CREDENTIAL)).map(([n, r]) => [n, strip(r)]))).toEqual({
    'gh-ci__github-contoso-app-env-dev': {
      ...common,
      display_name: 'github-contoso-app-env-dev',
      description: 'deploys dev',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:contoso/app:environment:dev',
    },
    'gh-ci__github-contoso-app-branch-main': {
      ...common,
      display_name: 'github-contoso-app-branch-main',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:contoso/app:ref:refs/heads/main',
    },
    'gh-ci__github-contoso-app-pull-request': {
      ...common,
      display_name: 'github-contoso-app-pull-request',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:contoso/app:pull_request',
    },
    'gh-ci__ado-contoso-Payments-dev-deploy': {
      ...common,
      display_name: 'ado-contoso-Payments-dev-deploy',
      issuer: `https://vstoken.dev.azure.com/${ORG_ID}`,
      subject: 'sc://contoso/Payments/dev deploy',
    },
    'gh-ci__k8s-agents-ticket-reader': {
      ...common,
      display_name: 'k8s-agents-ticket-reader',
      issuer: ISSUER,
      subject: 'system:serviceaccount:agents:ticket-reader',
    },
  });
});

test("the service principal is the role's member and holds the role's standing task", () => {
  expect(tf.resource('azuread_group_member', 'ROLE_CI__member__app_gh-ci_672a383d')).toMatchObject({
    group_object_id: ref('azuread_group_without_members', 'ROLE_CI'),
    member_object_id: ref('azuread_service_principal', 'gh-ci'),
  });
  expect(tf.resource('azuread_group_member', 'ROLE_CI__in__TASK_DEV_VIEWER').member_object_id).toBe(
    ref('azuread_group_without_members', 'ROLE_CI'),
  );
});

test('split stacks: the application sits in the directory stack with its role group', () => {
  const stacks = synthStacks({ definition, split: 'environment', ...quiet }, 'wa');
  const dir = stacks.get('wa-directory') as StackJson;
  expect(
    dir.addresses().filter((a) => /^azuread_(application|service_principal)/.test(a) || a.includes('app_gh-ci')),
  ).toEqual([
    'azuread_application.gh-ci',
    `${CREDENTIAL}.gh-ci__ado-contoso-Payments-dev-deploy`,
    `${CREDENTIAL}.gh-ci__github-contoso-app-branch-main`,
    `${CREDENTIAL}.gh-ci__github-contoso-app-env-dev`,
    `${CREDENTIAL}.gh-ci__github-contoso-app-pull-request`,
    `${CREDENTIAL}.gh-ci__k8s-agents-ticket-reader`,
    'azuread_group_member.ROLE_CI__member__app_gh-ci_672a383d',
    'azuread_service_principal.gh-ci',
  ]);
  expect(
    [...stacks.values()]
      .filter((s) => s !== dir)
      .every((s) => Object.keys(s.resources('azuread_application')).length === 0),
  ).toBe(true);
});
