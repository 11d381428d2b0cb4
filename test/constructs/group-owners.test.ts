/**
 * Every group's owners are explicit in the Terraform: the deploying identity (read at plan time, or named by
 * `settings.deployingIdentityObjectId`), then `settings.groupOwners`, on normal and role-assignable groups alike.
 */
import type { AccessModelDefinition, ModelSettings } from '../../lib/model';
import { RulePackError } from '../../lib/rules';
import { developerRole, IDS, kvGetBaseline, minimal } from '../fixtures/minimal';
import { DataAzureadClientConfig } from '@cdktf/provider-azuread/lib/data-azuread-client-config';
import { App, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { DEPLOYING_IDENTITY, DEPLOYING_IDENTITY_OBJECT_ID } from '../../lib/constructs/group-owners';
import { synthOne, synthStacks, type StackJson } from './synth-helper';

const GROUP = 'azuread_group_without_members';
const READ = '${data.azuread_client_config.DEPLOYING_IDENTITY.object_id}';
const DEPLOYER = '0000de91-0000-4000-8000-000000000001';
const OWNER = '0000aaaa-0000-4000-8000-00000000000a';
const quiet = { expiryWarning: false as const, rules: { onFindings: () => undefined } };

/** minimal() with a role-assignable PROD baseline, BASE_PROD_KV_SECRETS_READ, reached just in time. */
function withRoleAssignable(settings?: ModelSettings): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    baselines: [...d.baselines, kvGetBaseline('PROD', { action: 'READ', roleAssignable: true })],
    tasks: [
      ...d.tasks,
      {
        environment: 'PROD',
        name: 'READER',
        baselines: ['BASE_PROD_KV_SECRETS_READ'],
        jit: { maximumActivation: 'PT4H' },
      },
    ],
    roles: [developerRole({ eligible: ['TASK_PROD_VIEWER', 'TASK_PROD_READER'] })],
    ...(settings ? { settings } : {}),
  };
}

const ownersOf = (tf: StackJson): Record<string, unknown> =>
  Object.fromEntries(Object.entries(tf.resources(GROUP)).map(([name, g]) => [name, g.owners]));

test('the owners entry written out is exactly what cdktf writes for the read object_id token', () => {
  // GIVEN a stack with the read under the library's logical ID, and a group-like output using its token
  const stack = new TerraformStack(new App(), 'tokens');
  const read = new DataAzureadClientConfig(stack, 'read');
  read.overrideLogicalId(DEPLOYING_IDENTITY);
  new TerraformOutput(stack, 'owner', { value: read.objectId });
  // WHEN synthesized THEN the token became the constant the library writes without a token
  const json = JSON.parse(Testing.synth(stack)) as { output: Record<string, { value: string }> };
  expect(json.output.owner.value).toBe(DEPLOYING_IDENTITY_OBJECT_ID);
  expect(DEPLOYING_IDENTITY_OBJECT_ID).toBe(READ);
});

describe('without settings: the deploying identity, read at plan time, owns every group', () => {
  let tf: StackJson;
  beforeAll(() => {
    tf = synthOne({ definition: withRoleAssignable(), ...quiet });
  });

  test('every group, role-assignable or not, lists exactly that one owner', () => {
    expect(ownersOf(tf)).toEqual({
      BASE_DEV_KV_SECRETS_GET: [READ],
      BASE_PROD_KV_SECRETS_GET: [READ],
      BASE_PROD_KV_SECRETS_READ: [READ],
      ROLE_DEVELOPER: [READ],
      TASK_DEV_VIEWER: [READ],
      TASK_PROD_READER: [READ],
      TASK_PROD_VIEWER: [READ],
    });
    expect(tf.resource(GROUP, 'BASE_PROD_KV_SECRETS_READ').assignable_to_role).toBe(true);
  });

  test('the stack reads the identity once, with the azuread provider', () => {
    const { '//': _meta, ...read } = tf.json.data?.azuread_client_config?.DEPLOYING_IDENTITY ?? {};
    void _meta;
    expect(read).toEqual({ provider: 'azuread' });
    expect(Object.keys(tf.json.data?.azuread_client_config ?? {})).toEqual(['DEPLOYING_IDENTITY']);
  });

  test('with split stacks, each stack holding groups reads it in its own stack', () => {
    const stacks = synthStacks({ definition: withRoleAssignable(), split: 'environment', ...quiet }, 'own');
    for (const [name, s] of stacks) {
      expect([name, Object.keys(s.json.data?.azuread_client_config ?? {})]).toEqual([name, ['DEPLOYING_IDENTITY']]);
      for (const g of Object.values(s.resources(GROUP))) expect(g.owners).toEqual([READ]);
    }
    expect([...stacks.keys()]).toEqual(['own-directory', 'own-dev', 'own-prod']);
  });
});

describe('with settings: the named deploying identity first, then settings.groupOwners', () => {
  test('settings.deployingIdentityObjectId replaces the read; IDs are written in lower case', () => {
    const tf = synthOne({
      definition: withRoleAssignable({ deployingIdentityObjectId: DEPLOYER.toUpperCase() }),
      ...quiet,
    });
    expect(tf.resource(GROUP, 'TASK_DEV_VIEWER').owners).toEqual([DEPLOYER]);
    expect(tf.resource(GROUP, 'BASE_PROD_KV_SECRETS_READ').owners).toEqual([DEPLOYER]);
    expect(tf.json.data?.azuread_client_config).toBeUndefined();
  });

  test('further owners follow the deploying identity on a normal group, sorted and lower case', () => {
    const d = minimal();
    const tf = synthOne({
      definition: { ...d, settings: { groupOwners: [OWNER.toUpperCase(), IDS.bob] } },
      ...quiet,
    });
    expect(tf.resource(GROUP, 'TASK_PROD_VIEWER').owners).toEqual([READ, IDS.bob, OWNER]);
    expect(tf.resource(GROUP, 'ROLE_DEVELOPER').owners).toEqual([READ, IDS.bob, OWNER]);
  });

  test('on a role-assignable group they stop synthesis (role-assignable-group-owner) unless suppressed', () => {
    const definition = withRoleAssignable({ deployingIdentityObjectId: DEPLOYER, groupOwners: [OWNER] });
    let error: unknown;
    try {
      synthOne({ definition, expiryWarning: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RulePackError);
    expect((error as Error).message).toContain('error  settings.groupOwners[0]  [role-assignable-group-owner]');
    const tf = synthOne({
      definition,
      expiryWarning: false,
      rules: {
        onFindings: () => undefined,
        suppressions: [
          {
            rule: 'role-assignable-group-owner',
            path: 'settings.groupOwners[0]',
            reason: 'SEC-42: the identity team owns every group, reviewed quarterly',
          },
        ],
      },
    });
    expect(tf.resource(GROUP, 'BASE_PROD_KV_SECRETS_READ').owners).toEqual([DEPLOYER, OWNER]);
    expect(tf.resource(GROUP, 'BASE_PROD_KV_SECRETS_GET').owners).toEqual([DEPLOYER, OWNER]);
  });
});
