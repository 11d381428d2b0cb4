import { FederatedCredentials, resolveValidDefinition, type AccessModelDefinition } from '../../../lib/model';
import { federatedCredentialLimit } from '../../../lib/rules/identities/federated-credential-limit';
import { developerRole, minimal } from '../../fixtures/minimal';
import { contextOf, violationsOf } from '../helpers';

function pipeline(credentials: number): AccessModelDefinition {
  return {
    ...minimal(),
    roles: [
      developerRole(),
      { name: 'CI', standing: ['TASK_DEV_VIEWER'], members: [{ kind: 'application', application: 'gh-contoso-app' }] },
    ],
    applications: [
      {
        name: 'gh-contoso-app',
        federatedCredentials: Array.from({ length: credentials }, (_, i) =>
          FederatedCredentials.githubEnvironment('contoso/app', `env${i}`),
        ),
      },
    ],
  };
}

describe('federated-credential-limit', () => {
  test('20 credentials comply', () => {
    expect(violationsOf(federatedCredentialLimit, pipeline(20))).toEqual([]);
  });

  test('fails for 21 credentials (validation rejects it first; checked on a model resolved without validation)', () => {
    expect(federatedCredentialLimit.check(contextOf(pipeline(21), {}, resolveValidDefinition(pipeline(21))))).toEqual([
      {
        path: 'applications.gh-contoso-app.federatedCredentials',
        message: 'application gh-contoso-app has 21 federated credentials; Entra accepts 20',
        value: 21,
        fix: 'split the pipelines across applications (one per repository or environment), each in the same role',
      },
    ]);
  });
});
