import { FederatedCredentials, resolveValidDefinition, type AccessModelDefinition } from '../../../lib/model';
import type { FederatedCredential } from '../../../lib/model/federated-credentials';
import { federatedCredentialPinned } from '../../../lib/rules/identities/federated-credential-pinned';
import { developerRole, minimal } from '../../fixtures/minimal';
import { kvAdminBaseline, kvAdminTask } from '../fixtures';
import { contextOf, outcomeOf, violationsOf } from '../helpers';

/** minimal() plus application gh-contoso-app in ROLE_CI holding `task` standing. */
function pipeline(
  task: 'TASK_DEV_VIEWER' | 'TASK_PROD_KEYVAULT_ADMIN',
  ...federatedCredentials: FederatedCredential[]
): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    baselines: [...d.baselines, kvAdminBaseline()],
    tasks: [...d.tasks, kvAdminTask(undefined)],
    roles: [
      developerRole(),
      { name: 'CI', standing: [task], members: [{ kind: 'application', application: 'gh-contoso-app' }] },
    ],
    applications: [{ name: 'gh-contoso-app', federatedCredentials }],
  };
}

describe('federated-credential-pinned', () => {
  test('credentials pinned to an environment or a branch comply; pull requests comply for a read-only application', () => {
    const d = pipeline(
      'TASK_PROD_KEYVAULT_ADMIN',
      FederatedCredentials.githubEnvironment('contoso/app', 'prod'),
      FederatedCredentials.githubBranch('contoso/app', 'main'),
    );
    expect(violationsOf(federatedCredentialPinned, d)).toEqual([]);
    expect(
      violationsOf(
        federatedCredentialPinned,
        pipeline('TASK_DEV_VIEWER', FederatedCredentials.githubPullRequest('contoso/app')),
      ),
    ).toEqual([]);
  });

  test('fails for a pull-request credential of an application whose role writes', () => {
    const d = pipeline(
      'TASK_PROD_KEYVAULT_ADMIN',
      FederatedCredentials.githubEnvironment('contoso/app', 'prod'),
      FederatedCredentials.githubPullRequest('contoso/app'),
    );
    expect(violationsOf(federatedCredentialPinned, d)).toEqual([
      {
        path: 'applications.gh-contoso-app.federatedCredentials[1]',
        message:
          'application gh-contoso-app trusts every pull request of contoso/app (repo:contoso/app:pull_request) and its roles write (TASK_PROD_KEYVAULT_ADMIN): unreviewed code could sign in with write access',
        value: 'repo:contoso/app:pull_request',
        fix: 'pin the credential to a protected GitHub environment or a branch, or give pull requests a separate read-only application',
      },
    ]);
  });

  test('fails for a wildcard subject (validation rejects it first; checked on a model resolved without validation)', () => {
    const wild = pipeline('TASK_DEV_VIEWER', FederatedCredentials.githubBranch('contoso/app', 'release/*'));
    expect(federatedCredentialPinned.check(contextOf(wild, {}, resolveValidDefinition(wild)))).toEqual([
      {
        path: 'applications.gh-contoso-app.federatedCredentials[0]',
        message:
          'a credential of application gh-contoso-app trusts the wildcard subject repo:contoso/app:ref:refs/heads/release/*: any matching workload can sign in as it',
        value: 'repo:contoso/app:ref:refs/heads/release/*',
        fix: 'name one repository and one environment or branch (one service connection, one service account) per credential',
      },
    ]);
  });

  test('does not apply without applications', () => {
    expect(outcomeOf(federatedCredentialPinned, minimal())).toEqual({
      notApplicable: 'no application with federated credentials is declared',
    });
  });
});
