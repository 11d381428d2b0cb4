import { Grants } from '../../../lib/model';
import { environmentScope } from '../../../lib/rules/environments/environment-scope';
import { keyVault, minimal } from '../../fixtures/minimal';
import { outcomeOf, violationsOf } from '../helpers';
import { RG_DEV, scoped, SUB, withOtherGrant } from './scoped';

const OTHER_SUB = '/subscriptions/00000002-0000-4000-8000-000000000002';

describe('environment-scope', () => {
  test('baselines granting in their own environment comply', () => {
    expect(violationsOf(environmentScope, scoped())).toEqual([]);
    expect(environmentScope.level).toBe('warning');
  });

  test('warns for a PROD baseline on a DEV Key Vault', () => {
    const d = withOtherGrant(scoped(), 'PROD', Grants.azureRole('Key Vault Secrets User', keyVault('DEV')));
    expect(violationsOf(environmentScope, d)).toEqual([
      {
        path: 'baselines.BASE_PROD_KV_OTHER_GET.grants[0].scope',
        message: `BASE_PROD_KV_OTHER_GET of environment PROD grants "Key Vault Secrets User" at ${keyVault('DEV')}, which lies within ${RG_DEV}, a scope of environment DEV (environments[1].azureScopes[0])`,
        value: keyVault('DEV'),
        fix: "grant it in a baseline of DEV, or narrow the scope to one of PROD's",
      },
    ]);
  });

  test("warns for a grant outside every scope of its environment's azureScopes", () => {
    const d = withOtherGrant(scoped(), 'DEV', Grants.azureRole('Reader', OTHER_SUB));
    expect(violationsOf(environmentScope, d)).toEqual([
      {
        path: 'baselines.BASE_DEV_KV_OTHER_GET.grants[0].scope',
        message: `BASE_DEV_KV_OTHER_GET grants "Reader" at ${OTHER_SUB}, outside every scope environment DEV declares in azureScopes: the scope may hold resources of other environments`,
        value: OTHER_SUB,
        fix: "narrow the scope to one of DEV's azureScopes, or add the scope to DEV's azureScopes if it belongs to DEV",
      },
    ]);
  });

  test('a DEV grant in PROD scopes is left to cross-environment-scope; an environment without azureScopes is not checked', () => {
    const d = withOtherGrant(scoped(), 'DEV', Grants.azureRole('Reader', SUB));
    expect(violationsOf(environmentScope, d)).toEqual([]);
    const devUnscoped = { ...scoped(), environments: [scoped().environments[0], { name: 'DEV' }] };
    const outside = withOtherGrant(devUnscoped, 'DEV', Grants.azureRole('Reader', OTHER_SUB));
    expect(violationsOf(environmentScope, outside)).toEqual([]);
  });

  test('does not apply when no environment declares azureScopes', () => {
    expect(outcomeOf(environmentScope, minimal())).toHaveProperty('notApplicable');
  });
});
