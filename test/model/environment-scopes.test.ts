/**
 * `environments[].azureScopes`: the shape, rules `azure-scope` and `environment-scope-overlap`, the scope helpers
 * and resolution (the resolved environments keep them).
 */
import {
  environmentScopeMatches,
  isManagementGroupScope,
  isWithinAzureScope,
  resolveDefinition,
  validateDefinition,
  type AccessModelDefinition,
  type EnvironmentDefinition,
} from '../../lib/model';
import { IDS, minimal } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const SUB = `/subscriptions/${IDS.subscription}`;
const RG_PROD = `${SUB}/resourceGroups/rg-prod`;
const RG_DEV = `${SUB}/resourceGroups/rg-dev`;
const MG_PROD = '/providers/Microsoft.Management/managementGroups/mg-prod';

const withScopes = (prod: readonly string[], dev: readonly string[]): AccessModelDefinition => ({
  ...minimal(),
  environments: [
    { name: 'PROD', protected: true, azureScopes: prod },
    { name: 'DEV', azureScopes: dev },
  ],
});

describe('environments[].azureScopes', () => {
  test('scopes of one environment each, management groups included, are valid and resolved as declared', () => {
    const d = withScopes([MG_PROD, RG_PROD], [RG_DEV]);
    expect(validateDefinition(d)).toEqual([]);
    expect(resolveDefinition(d).environments.map((e) => [e.name, e.azureScopes])).toEqual([
      ['DEV', [RG_DEV]],
      ['PROD', [MG_PROD, RG_PROD]],
    ]);
  });

  test('fails a value that is not a list of strings (shape)', () => {
    const d = {
      ...minimal(),
      environments: [{ name: 'PROD', protected: true, azureScopes: RG_PROD }, { name: 'DEV' }],
    };
    expect(validateDefinition(d).map((p) => [p.path, p.rule])).toEqual([['environments.PROD.azureScopes', 'shape']]);
  });

  test('fails an entry that is no Azure scope (azure-scope)', () => {
    expect(validateDefinition(withScopes(['rg-prod'], [RG_DEV]))).toEqual([
      problem({
        path: 'environments[0].azureScopes[0]',
        rule: 'azure-scope',
        value: 'rg-prod',
        message: ['environment PROD', 'not an Azure resource ID'],
        fix: '/subscriptions/<uuid>',
      }),
    ]);
  });

  test("fails a scope within another environment's, or listed for two (environment-scope-overlap), once per pair", () => {
    expect(validateDefinition(withScopes([SUB], [RG_DEV]))).toEqual([
      problem({
        path: 'environments[1].azureScopes[0]',
        rule: 'environment-scope-overlap',
        value: RG_DEV,
        message: [
          `${RG_DEV} of environment DEV lies within ${SUB} of environment PROD (environments[0].azureScopes[0])`,
        ],
        fix: 'list narrower scopes',
      }),
    ]);
    expect(
      validateDefinition(withScopes([RG_PROD], [`${SUB}/resourceGroups/RG-PROD`])).map((p) => [p.path, p.rule]),
    ).toEqual([['environments[1].azureScopes[0]', 'environment-scope-overlap']]);
  });
});

describe('scope helpers', () => {
  const envs: EnvironmentDefinition[] = [
    { name: 'PROD', protected: true, azureScopes: [RG_PROD] },
    { name: 'DEV', azureScopes: [RG_DEV] },
  ];

  test('within compares whole segments, case-insensitively', () => {
    expect(isWithinAzureScope(`${RG_PROD}/providers/Microsoft.KeyVault/vaults/kv`, RG_PROD)).toBe(true);
    expect(isWithinAzureScope(RG_PROD.toUpperCase(), RG_PROD)).toBe(true);
    expect(isWithinAzureScope(`${RG_PROD}2`, RG_PROD)).toBe(false);
  });

  test('a scope meets the environment scopes it is within or above', () => {
    expect(environmentScopeMatches(envs, `${RG_DEV}/providers/Microsoft.KeyVault/vaults/kv`)).toEqual([
      { environment: 'DEV', protected: false, declared: RG_DEV, index: 0, relation: 'within' },
    ]);
    expect(environmentScopeMatches(envs, SUB).map((m) => [m.environment, m.relation])).toEqual([
      ['PROD', 'above'],
      ['DEV', 'above'],
    ]);
    expect(environmentScopeMatches(envs, '/subscriptions/00000002-0000-4000-8000-000000000002')).toEqual([]);
  });

  test('management group scopes', () => {
    expect(isManagementGroupScope(MG_PROD)).toBe(true);
    expect(isManagementGroupScope(MG_PROD.toLowerCase())).toBe(true);
    expect(isManagementGroupScope(SUB)).toBe(false);
  });
});
