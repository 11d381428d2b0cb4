/**
 * The unit plan is what the constructs build: for generated organisations and the examples, each unit built alone
 * (in its own construct) creates exactly the resources its plan names, by address, and nothing is created outside
 * the units (but the stack's read of the deploying identity); synthesized stacks cut to a maximum hold exactly the
 * planned resources of the units placed in them; every reference between units points to the same or an earlier stack.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { TerraformDataSource, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { generateOrganisation, SYNTHETIC_RULE_OPTIONS } from '../../bench/generate';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { securityOperations } from '../../examples/security-operations/definition';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { buildAccessModel, type Placement } from '../../lib/constructs/build';
import { isDeployingIdentityRead } from '../../lib/constructs/group-owners';
import { literalView } from '../../lib/constructs/literal-text';
import { plannedAddress } from '../../lib/constructs/plan/planned-resource';
import { planUnits } from '../../lib/constructs/plan/unit-plan';
import { AccessProviders } from '../../lib/constructs/providers';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { resolveDefinition } from '../../lib/model/resolve';
import type { RulePackOptions } from '../../lib/rules/options';
import { roleAssignableDefinition } from '../fixtures/role-assignable';
import { durationEligibility } from '../fixtures/duration-eligibility';
import { securityDefinition } from '../fixtures/security';
import { opsOrganisation, opsRules } from '../fixtures/construct-fixtures';
import { stackJson } from './synth-helper';

const organisations: [string, AccessModelDefinition, RulePackOptions?][] = [
  [
    'a generated organisation of 150 groups (seed 3)',
    generateOrganisation({ groups: 150, seed: 3 }),
    SYNTHETIC_RULE_OPTIONS,
  ],
  [
    'a generated organisation of 400 groups (seed 11, many directory roles, 4 environments)',
    generateOrganisation({ groups: 400, seed: 11, directoryRoleShare: 0.2, environments: 4 }),
    SYNTHETIC_RULE_OPTIONS,
  ],
  [
    'a generated organisation of 60 groups (seed 7, two environments)',
    generateOrganisation({ groups: 60, seed: 7, environments: 2 }),
    SYNTHETIC_RULE_OPTIONS,
  ],
  ['the reference organisation', referenceOrganisation],
  ['vendor-and-agent', vendorAndAgent],
  ['security-operations', securityOperations],
  ['role-assignable baselines', roleAssignableDefinition()],
  // The fixture's rule findings (a tenant-wide task without approvers) are other tests' business.
  ['eligibilities that last a duration', durationEligibility(), { failOnErrors: false, onFindings: () => undefined }],
  ['security settings', securityDefinition()],
  ['the operations fixture', opsOrganisation, opsRules],
];

/** `data.type.name` or `type.name` of every resource and data source under a construct, sorted. */
function builtAddresses(scope: IConstruct): string[] {
  return scope.node
    .findAll()
    .filter(
      (c): c is TerraformResource | TerraformDataSource =>
        (TerraformResource.isTerraformResource(c) || TerraformDataSource.isTerraformDataSource(c)) &&
        !isDeployingIdentityRead(c),
    )
    .map(
      (e) =>
        `${TerraformDataSource.isTerraformDataSource(e) ? 'data.' : ''}${e.terraformResourceType}.${e.friendlyUniqueId}`,
    )
    .sort();
}

describe.each(organisations)('%s', (_name, definition, rules) => {
  test('each unit, built alone, creates exactly the resources its plan names', () => {
    const model = resolveDefinition(definition);
    const plan = planUnits(literalView(model));
    const app = Testing.app();
    const stack = new TerraformStack(app, 'units');
    const providers = new AccessProviders(stack, 'providers');
    const whole: Placement = { scope: new Construct(stack, 'outside-units'), providers };
    const scopes = new Map<string, Construct>();
    buildAccessModel(
      model,
      whole,
      () => whole,
      { expiryWarning: false },
      (unit) => {
        expect(scopes.has(unit.key)).toBe(false);
        const scope = new Construct(stack, `unit-${scopes.size}`);
        scopes.set(unit.key, scope);
        return { scope, providers };
      },
    );
    expect(builtAddresses(whole.scope)).toEqual([]);
    expect([...scopes.keys()].sort()).toEqual(plan.units.map((u) => u.key).sort());
    for (const unit of plan.units) {
      const planned = unit.resources.map(plannedAddress).sort();
      expect({ unit: unit.key, addresses: builtAddresses(scopes.get(unit.key) as Construct) }).toEqual({
        unit: unit.key,
        addresses: planned,
      });
    }
    // Nothing else in the stack but providers and the one read of the deploying identity.
    const inUnits = [...scopes.values()].flatMap(builtAddresses);
    expect(builtAddresses(stack).filter((a) => a !== 'data.azuread_client_config.DEPLOYING_IDENTITY')).toEqual(
      inUnits.sort(),
    );
  });

  test('stacks cut to a maximum hold exactly the planned resources of their units, references pointing back', () => {
    const app = Testing.app();
    const access = new TaskAccessStacks(app, 'org', {
      definition,
      ...(rules ? { rules } : {}),
      split: 'environment',
      maxResourcesPerStack: 40,
      report: false,
      expiryWarning: false,
    });
    app.synth();
    const plan = planUnits(literalView(access.model));
    const byKey = new Map(plan.units.map((u) => [u.key, u]));
    const stackPlan = access.stackPlan;
    if (!stackPlan) throw new Error('no stack plan');
    const position = new Map(stackPlan.stacks.map((s, i) => [s.name, i]));
    for (const [i, s] of stackPlan.stacks.entries()) {
      const json = stackJson(readFileSync(join(app.outdir, 'stacks', s.name, 'cdk.tf.json'), 'utf8')).json;
      const synthesized = [
        ...Object.entries(json.resource ?? {}).flatMap(([t, byName]) => Object.keys(byName).map((n) => `${t}.${n}`)),
        ...Object.entries(json.data ?? {})
          .filter(([t]) => t !== 'terraform_remote_state')
          .flatMap(([t, byName]) => Object.keys(byName).map((n) => `data.${t}.${n}`))
          .filter((a) => a !== 'data.azuread_client_config.DEPLOYING_IDENTITY'),
      ].sort();
      const units = s.units.map((u) => byKey.get(u.key));
      const planned = units.flatMap((u) => (u ? u.resources.map(plannedAddress) : [])).sort();
      expect({ stack: s.name, synthesized }).toEqual({ stack: s.name, synthesized: planned });
      expect(s.resources).toBe(planned.length);
      for (const u of s.units) {
        expect(u.resources).toBe(byKey.get(u.key)?.resources.length);
        for (const r of u.references) {
          const target = stackPlan.stacks[position.get(stackPlan.stackOfUnit.get(r) as string) as number];
          // Within a bucket, back (or to the same stack); across buckets, to the directory (the VPN unit: any pool).
          if (target.bucket === s.bucket) expect(position.get(target.name)).toBeLessThanOrEqual(i);
          else if (u.kind !== 'vpn')
            expect({ from: u.key, to: target.bucket }).toEqual({ from: u.key, to: 'org-directory' });
        }
      }
    }
    expect(stackPlan.stacks.flatMap((s) => s.units.map((u) => u.key)).sort()).toEqual(
      plan.units.map((u) => u.key).sort(),
    );
  });
});
