import { Grants } from '../../../lib/model';
import { crossEnvironmentScope } from '../../../lib/rules/environments/cross-environment-scope';
import { keyVault, minimal } from '../../fixtures/minimal';
import { outcomeOf, violationsOf } from '../helpers';
import { RG_PROD, scoped, SUB, withOtherGrant } from './scoped';

describe('cross-environment-scope', () => {
  test('baselines granting in their own environment comply', () => {
    expect(violationsOf(crossEnvironmentScope, scoped())).toEqual([]);
  });

  test('fails for a DEV baseline on a PROD Key Vault, held standing', () => {
    const d = withOtherGrant(scoped(), 'DEV', Grants.azureRole('Key Vault Secrets User', keyVault('PROD')));
    expect(violationsOf(crossEnvironmentScope, d)).toEqual([
      {
        path: 'baselines.BASE_DEV_KV_OTHER_GET.grants[0].scope',
        message: `BASE_DEV_KV_OTHER_GET of unprotected environment DEV grants "Key Vault Secrets User" at ${keyVault('PROD')}, which lies within ${RG_PROD}, a scope of protected environment PROD (environments[0].azureScopes[0]): it is PROD access held under the rules of DEV`,
        value: keyVault('PROD'),
        fix: "grant it in a baseline of PROD (BASE_PROD_...) reached by a task of that environment, or narrow the scope to one of DEV's",
      },
    ]);
    expect(crossEnvironmentScope.level).toBe('error');
  });

  test('fails for a DEV grant above a PROD scope (assignments inherit downward), and compares case-insensitively', () => {
    const above = withOtherGrant(scoped(), 'DEV', Grants.azureRole('Reader', SUB));
    expect(violationsOf(crossEnvironmentScope, above).map((v) => v.message)).toEqual([
      `BASE_DEV_KV_OTHER_GET of unprotected environment DEV grants "Reader" at ${SUB}, which lies above ${RG_PROD}, a scope of protected environment PROD (environments[0].azureScopes[0]): it is PROD access held under the rules of DEV`,
    ]);
    const upper = withOtherGrant(scoped(), 'DEV', Grants.azureRole('Reader', `${SUB}/resourceGroups/RG-PROD`));
    expect(violationsOf(crossEnvironmentScope, upper).map((v) => v.path)).toEqual([
      'baselines.BASE_DEV_KV_OTHER_GET.grants[0].scope',
    ]);
  });

  test('a PROD baseline in DEV scopes is not this rule (environment-scope warns)', () => {
    const d = withOtherGrant(scoped(), 'PROD', Grants.azureRole('Key Vault Secrets User', keyVault('DEV')));
    expect(violationsOf(crossEnvironmentScope, d)).toEqual([]);
  });

  test('does not apply when no environment declares azureScopes', () => {
    const d = withOtherGrant(minimal(), 'DEV', Grants.azureRole('Key Vault Secrets User', keyVault('PROD')));
    expect(outcomeOf(crossEnvironmentScope, d)).toEqual({
      notApplicable: 'no environment declares azureScopes, so Azure scopes are tied to no environment',
    });
  });
});
