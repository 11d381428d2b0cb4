/**
 * Applications the library creates for pipelines and agents: the typed credential builders (subject, issuer,
 * name), their validation (`federated-credential`, `federated-credential-limit`, `naming`, `duplicate`, `empty`,
 * `unknown-reference`, `non-human-eligible`) and their resolution.
 */
import {
  FederatedCredentials,
  federatedCredentialName,
  federatedIssuer,
  federatedSubject,
  resolveDefinition,
  validateDefinition,
  type AccessModelDefinition,
  type FederatedCredential,
  type WorkloadApplicationDefinition,
} from '../../lib/model';
import { developerRole, IDS, minimal } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const ORG_ID = '0000ad00-0000-4000-8000-000000000001';
const ISSUER =
  'https://westeurope.oic.prod-aks.azure.com/00000000-0000-4000-8000-0000000000aa/00000000-0000-4000-8000-0000000000bb/';

/** The minimal definition with one CI role holding TASK_DEV_VIEWER, whose member is application `gh-ci`. */
function withApp(
  app: Partial<WorkloadApplicationDefinition>,
  extra: Partial<AccessModelDefinition> = {},
): AccessModelDefinition {
  return {
    ...minimal(),
    roles: [
      developerRole(),
      { name: 'CI', standing: ['TASK_DEV_VIEWER'], members: [{ kind: 'application', application: 'gh-ci' }] },
    ],
    applications: [
      { name: 'gh-ci', federatedCredentials: [FederatedCredentials.githubEnvironment('contoso/app', 'dev')], ...app },
    ],
    ...extra,
  };
}
const credentials = (...c: FederatedCredential[]) => withApp({ federatedCredentials: c });
const at = (i: number, field?: string): string =>
  `applications.gh-ci.federatedCredentials[${i}]${field ? `.${field}` : ''}`;

describe('credential builders: one subject of one issuer', () => {
  test.each<[string, FederatedCredential, string, string, string]>([
    [
      'GitHub environment',
      FederatedCredentials.githubEnvironment('contoso/app', 'prod'),
      'https://token.actions.githubusercontent.com',
      'repo:contoso/app:environment:prod',
      'github-contoso-app-env-prod',
    ],
    [
      'GitHub branch',
      FederatedCredentials.githubBranch('contoso/app', 'release/2026'),
      'https://token.actions.githubusercontent.com',
      'repo:contoso/app:ref:refs/heads/release/2026',
      'github-contoso-app-branch-release-2026',
    ],
    [
      'GitHub pull requests',
      FederatedCredentials.githubPullRequest('contoso/app'),
      'https://token.actions.githubusercontent.com',
      'repo:contoso/app:pull_request',
      'github-contoso-app-pull-request',
    ],
    [
      'Azure DevOps service connection',
      FederatedCredentials.azureDevOps({
        organization: 'contoso',
        organizationId: ORG_ID,
        project: 'Payments',
        serviceConnection: 'prod deploy',
      }),
      `https://vstoken.dev.azure.com/${ORG_ID}`,
      'sc://contoso/Payments/prod deploy',
      'ado-contoso-Payments-prod-deploy',
    ],
    [
      'Kubernetes service account',
      FederatedCredentials.kubernetesServiceAccount({
        issuer: ISSUER,
        namespace: 'agents',
        serviceAccount: 'ticket-reader',
      }),
      ISSUER,
      'system:serviceaccount:agents:ticket-reader',
      'k8s-agents-ticket-reader',
    ],
  ])('%s', (_, c, issuer, subject, name) => {
    expect(federatedIssuer(c)).toBe(issuer);
    expect(federatedSubject(c)).toBe(subject);
    expect(federatedCredentialName(c)).toBe(name);
  });

  test('an explicit name wins over the derived one', () => {
    expect(federatedCredentialName(FederatedCredentials.githubPullRequest('contoso/app', { name: 'plan-on-pr' }))).toBe(
      'plan-on-pr',
    );
  });
});

describe('federated-credential', () => {
  test('accepts each kind of credential', () => {
    const d = credentials(
      FederatedCredentials.githubEnvironment('contoso/app', 'prod'),
      FederatedCredentials.githubBranch('contoso/app', 'main'),
      FederatedCredentials.githubPullRequest('contoso/app'),
      FederatedCredentials.azureDevOps({
        organization: 'contoso',
        organizationId: ORG_ID,
        project: 'Payments',
        serviceConnection: 'prod deploy',
      }),
      FederatedCredentials.kubernetesServiceAccount({
        issuer: ISSUER,
        namespace: 'agents',
        serviceAccount: 'ticket-reader',
      }),
    );
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails wildcards in a repository, a branch, a service connection and a service account', () => {
    const d = credentials(
      FederatedCredentials.githubEnvironment('contoso/*', 'prod'),
      FederatedCredentials.githubBranch('contoso/app', 'release/*'),
      FederatedCredentials.azureDevOps({
        organization: 'contoso',
        organizationId: ORG_ID,
        project: 'Payments',
        serviceConnection: 'prod-?',
      }),
      FederatedCredentials.kubernetesServiceAccount({ issuer: ISSUER, namespace: 'agents', serviceAccount: '*' }),
    );
    const fix = ['name one exactly', 'one credential per environment or branch', 'at most 20 per application'];
    expect(validateDefinition(d)).toEqual([
      problem({
        path: at(0, 'repository'),
        rule: 'federated-credential',
        value: 'contoso/*',
        message:
          'repository contains a wildcard; Entra matches a subject exactly, and a credential is pinned to one repository and environment or branch',
        fix,
      }),
      problem({
        path: at(1, 'branch'),
        rule: 'federated-credential',
        value: 'release/*',
        message: 'branch contains a wildcard',
        fix,
      }),
      problem({
        path: at(2, 'serviceConnection'),
        rule: 'federated-credential',
        value: 'prod-?',
        message:
          'serviceConnection contains a wildcard; Entra matches a subject exactly, and a credential is pinned to one service connection',
        fix,
      }),
      problem({
        path: at(3, 'serviceAccount'),
        rule: 'federated-credential',
        value: '*',
        message: 'pinned to one service account',
        fix,
      }),
    ]);
  });

  test('fails a GitHub credential pinned to nothing, or to two things (JavaScript callers)', () => {
    const unpinned = { kind: 'githubActions', repository: 'contoso/app' } as unknown as FederatedCredential;
    const twice = {
      kind: 'githubActions',
      repository: 'contoso/app',
      environment: 'prod',
      branch: 'main',
    } as unknown as FederatedCredential;
    const fix =
      'use FederatedCredentials.githubEnvironment(repo, env), .githubBranch(repo, branch) or .githubPullRequest(repo)';
    expect(validateDefinition(credentials(unpinned, twice))).toEqual([
      problem({
        path: at(0),
        rule: 'federated-credential',
        value: { environment: undefined, branch: undefined, pullRequest: undefined },
        message: 'must be pinned to exactly one of environment, branch or pullRequest (it has 0)',
        fix,
      }),
      problem({
        path: at(1),
        rule: 'federated-credential',
        value: { environment: 'prod', branch: 'main', pullRequest: undefined },
        message: '(it has 2)',
        fix,
      }),
    ]);
  });

  test('fails values the issuers never send', () => {
    const d = credentials(
      FederatedCredentials.githubEnvironment('app', 'prod'),
      FederatedCredentials.githubBranch('contoso/app', 'refs/heads/main'),
      FederatedCredentials.azureDevOps({
        organization: 'contoso',
        organizationId: 'contoso-org',
        project: 'a/b',
        serviceConnection: 'prod',
      }),
      FederatedCredentials.kubernetesServiceAccount({
        issuer: 'http://issuer.example',
        namespace: 'Agents',
        serviceAccount: 'ticket_reader',
      }),
      FederatedCredentials.githubPullRequest('contoso/app', { name: 'x' }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: at(0, 'repository'),
        rule: 'federated-credential',
        value: 'app',
        message: 'repository is not <owner>/<repository>',
        fix: 'e.g. "contoso/app"',
      }),
      problem({
        path: at(1, 'branch'),
        rule: 'federated-credential',
        value: 'refs/heads/main',
        message: 'branch is a ref, not a branch name (the library adds refs/heads/)',
        fix: 'e.g. "main"',
      }),
      problem({
        path: at(2, 'organizationId'),
        rule: 'federated-credential',
        value: 'contoso-org',
        message: 'organizationId is not an organization ID (a UUID)',
        fix: 'copy the organization ID',
      }),
      problem({
        path: at(2, 'project'),
        rule: 'federated-credential',
        value: 'a/b',
        message: 'project is not an Azure DevOps project name',
        fix: 'exactly as in Azure DevOps',
      }),
      problem({
        path: at(3, 'issuer'),
        rule: 'federated-credential',
        value: 'http://issuer.example',
        message: 'issuer is not an https URL',
        fix: 'oidcIssuerProfile.issuerUrl',
      }),
      problem({
        path: at(3, 'namespace'),
        rule: 'federated-credential',
        value: 'Agents',
        message: 'namespace is not a Kubernetes namespace name',
        fix: 'e.g. "agents"',
      }),
      problem({
        path: at(3, 'serviceAccount'),
        rule: 'federated-credential',
        value: 'ticket_reader',
        message: 'serviceAccount is not a Kubernetes service account name',
        fix: 'e.g. "ticket-reader"',
      }),
      problem({
        path: at(4, 'name'),
        rule: 'federated-credential',
        value: 'x',
        message: 'a credential name is 3-120 letters',
        fix: 'leave it out to derive one from the subject',
      }),
    ]);
  });

  test('fails a subject trusted twice, and two credentials with the same name', () => {
    const d = credentials(
      FederatedCredentials.githubEnvironment('contoso/app', 'prod'),
      FederatedCredentials.githubEnvironment('contoso/app', 'prod', { name: 'other' }),
      FederatedCredentials.githubBranch('contoso/app', 'main', { name: 'github-contoso-app-env-prod' }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: at(1),
        rule: 'duplicate',
        value: 'repo:contoso/app:environment:prod',
        message: 'already trusted by federatedCredentials[0]',
        fix: 'list each subject once',
      }),
      problem({
        path: at(2),
        rule: 'duplicate',
        value: 'github-contoso-app-env-prod',
        message: 'the credential name "github-contoso-app-env-prod" is already used by federatedCredentials[0]',
        fix: 'give one of them a distinct name',
      }),
    ]);
  });
});

describe('federated-credential-limit, empty, naming, duplicate, unknown-reference', () => {
  test('fails 21 credentials on one application; 20 pass', () => {
    const envs = (n: number) =>
      Array.from({ length: n }, (_, i) => FederatedCredentials.githubEnvironment('contoso/app', `env${i}`));
    expect(validateDefinition(credentials(...envs(20)))).toEqual([]);
    expect(validateDefinition(credentials(...envs(21)))).toEqual([
      problem({
        path: 'applications.gh-ci.federatedCredentials',
        rule: 'federated-credential-limit',
        value: 21,
        message: 'has 21 federated credentials; Entra allows at most 20 per application',
        fix: 'split the pipelines over several applications',
      }),
    ]);
  });

  test('fails an application without credentials', () => {
    expect(validateDefinition(credentials())).toEqual([
      problem({
        path: 'applications.gh-ci.federatedCredentials',
        rule: 'empty',
        value: [],
        message: 'application "gh-ci" has no federated credential, so nothing could sign in as it',
        fix: 'FederatedCredentials.githubEnvironment',
      }),
    ]);
  });

  test('fails a name that is not lower-case kebab, and the same name twice', () => {
    const pr = [FederatedCredentials.githubPullRequest('contoso/app')];
    const d = {
      ...minimal(),
      applications: [
        { name: 'GH CI', federatedCredentials: pr },
        { name: 'gh-ci', federatedCredentials: pr },
        { name: 'GH-CI', federatedCredentials: pr },
      ],
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'applications.GH CI.name',
        rule: 'naming',
        value: 'GH CI',
        message: 'lower-case letters, digits and "-"',
        fix: 'use e.g. "gh-ci"',
      }),
      problem({
        path: 'applications.GH-CI',
        rule: 'duplicate',
        value: 'GH-CI',
        message: 'application "GH-CI" is declared more than once; names are compared case-insensitively',
        fix: 'merge their credentials',
      }),
      problem({
        path: 'applications.GH-CI.name',
        rule: 'naming',
        value: 'GH-CI',
        message: 'an application name is 3-120 lower-case letters',
        fix: 'use e.g. "gh-ci"',
      }),
    ]);
  });

  test('fails a member naming an undeclared application, with the nearest name', () => {
    const d = withApp(
      {},
      {
        roles: [
          developerRole(),
          { name: 'CI', standing: ['TASK_DEV_VIEWER'], members: [{ kind: 'application', application: 'gh-cj' }] },
        ],
      },
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_CI.members[0].application',
        rule: 'unknown-reference',
        value: 'gh-cj',
        message: 'application "gh-cj" is not declared. Did you mean "gh-ci"?',
        fix: 'declare it in applications',
      }),
    ]);
  });

  test('fails an application in a role with eligible tasks: it can not activate PIM', () => {
    const d = withApp({}, { roles: [developerRole({ members: [{ kind: 'application', application: 'gh-ci' }] })] });
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0]',
        rule: 'non-human-eligible',
        value: 'gh-ci',
        message: "an application can't activate PIM, but ROLE_DEVELOPER holds eligible tasks (e.g. TASK_PROD_VIEWER)",
        fix: 'its own role with standing',
      }),
    ]);
  });

  test('fails the same application twice in one role', () => {
    const d = withApp(
      {},
      {
        roles: [
          developerRole(),
          {
            name: 'CI',
            standing: ['TASK_DEV_VIEWER'],
            members: [
              { kind: 'application', application: 'gh-ci' },
              { kind: 'application', application: 'gh-ci' },
            ],
          },
        ],
      },
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_CI.members[1]',
        rule: 'duplicate',
        value: 'app:gh-ci',
        message: 'member "app:gh-ci" is declared more than once',
        fix: 'list each member once',
      }),
    ]);
  });
});

describe('resolution of applications', () => {
  test('each application with its credentials (issuer, subject, audience) and roles; members keyed app:<name>', () => {
    const d = withApp({
      description: 'CI of contoso/app',
      federatedCredentials: [
        FederatedCredentials.githubPullRequest('contoso/app'),
        FederatedCredentials.githubEnvironment('contoso/app', 'dev', { description: 'deploys dev' }),
      ],
    });
    const model = resolveDefinition(d);
    expect(model.applications).toEqual([
      {
        name: 'gh-ci',
        description: 'CI of contoso/app',
        federatedCredentials: [
          {
            kind: 'githubActions',
            name: 'github-contoso-app-env-dev',
            issuer: 'https://token.actions.githubusercontent.com',
            subject: 'repo:contoso/app:environment:dev',
            audiences: ['api://AzureADTokenExchange'],
            description: 'deploys dev',
          },
          {
            kind: 'githubActions',
            name: 'github-contoso-app-pull-request',
            issuer: 'https://token.actions.githubusercontent.com',
            subject: 'repo:contoso/app:pull_request',
            audiences: ['api://AzureADTokenExchange'],
          },
        ],
        roles: ['ROLE_CI'],
      },
    ]);
    expect(model.principals.find((p) => p.key === 'app:gh-ci')).toEqual({
      key: 'app:gh-ci',
      member: { kind: 'application', application: 'gh-ci', key: 'app:gh-ci', label: 'gh-ci' },
      roles: ['ROLE_CI'],
      tasks: [{ task: 'TASK_DEV_VIEWER', mode: 'standing', paths: [['ROLE_CI']] }],
    });
    expect(model.principals.map((p) => p.key)).toEqual([IDS.alice, 'app:gh-ci']);
  });
});
