/**
 * Lists whose order means nothing (a custom role's actions, Kubernetes rules and their fields) synthesize in one
 * canonical order: any permutation of them in the definition gives byte-identical Terraform.
 */
import fc from 'fast-check';
import { Grants, type AccessModelDefinition, type KubernetesRule } from '../../lib/model';
import { IDS, minimal } from '../fixtures/minimal';
import { synthOne } from '../constructs/synth-helper';

const quiet = { expiryWarning: false as const, rules: { onFindings: () => undefined } };
const RG = `/subscriptions/${IDS.subscription}/resourceGroups/rg-vm`;
const ACTIONS = [
  'Microsoft.Compute/virtualMachines/read',
  'Microsoft.Compute/virtualMachines/start/action',
  'Microsoft.Compute/virtualMachines/restart/action',
  'Microsoft.Compute/virtualMachines/deallocate/action',
];
const RULES: KubernetesRule[] = [
  { apiGroups: [''], resources: ['pods', 'pods/log', 'services'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['apps'], resources: ['deployments', 'replicasets'], verbs: ['get', 'list', 'patch'] },
  { apiGroups: ['batch'], resources: ['jobs'], verbs: ['create', 'delete', 'get'] },
];

/** A definition with the custom role's actions and the rules (and their fields) permuted by `order`. */
function definition(order: (xs: readonly string[], salt: number) => string[]): AccessModelDefinition {
  const byIndex = <T>(xs: readonly T[], salt: number): T[] =>
    order(
      xs.map((_, i) => String(i)),
      salt,
    ).map((i) => xs[Number(i)]);
  const rules = byIndex(RULES, 100).map((r, i) => ({
    apiGroups: order(r.apiGroups, 10 + i),
    resources: order(r.resources, 20 + i),
    verbs: order(r.verbs, 30 + i),
  }));
  return {
    ...minimal(),
    customRoles: [{ name: 'VM Power Operator', actions: order(ACTIONS, 1), dataActions: [], assignableScopes: [RG] }],
    baselines: [
      ...minimal().baselines,
      {
        environment: 'DEV',
        service: 'VM',
        action: 'POWER',
        grants: [{ kind: 'azureCustomRole', customRole: 'VM Power Operator', scope: RG }],
      },
      {
        environment: 'DEV',
        service: 'K8S',
        scope: 'NS_A',
        action: 'OPERATE',
        grants: [Grants.rulesInNamespace('aks-dev', 'a', rules)],
      },
    ],
  };
}

test('any order of actions, rules and rule fields gives byte-identical Terraform', () => {
  const canonical = synthOne({ definition: definition((xs) => [...xs]), ...quiet }).text;
  fc.assert(
    fc.property(fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), (keys) => {
      const order = (xs: readonly string[], salt: number) =>
        xs
          .map((x, i) => ({ x, k: keys[(salt * 7 + i) % keys.length] }))
          .sort((a, b) => a.k - b.k)
          .map((p) => p.x);
      expect(synthOne({ definition: definition(order), ...quiet }).text).toBe(canonical);
    }),
    { numRuns: 15, seed: Number(process.env.FC_SEED ?? 20261202) },
  );
});
