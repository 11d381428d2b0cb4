/** Destroy safety: compare a previous synth output with the current one. */
import { Testing } from 'cdktf';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { TaskAccessStacks, type TaskAccessStacksProps } from '../../lib/constructs/task-access-stacks';
import type { AccessModelDefinition } from '../../lib/model/definition';
import {
  assertNothingDestroyed,
  findDestroyedAddresses,
  formatDestroyed,
  readSynthOutput,
} from '../../lib/report/destroyed-addresses';

function synthTo(props: TaskAccessStacksProps): string {
  const app = Testing.app();
  new TaskAccessStacks(app, 'org', props);
  app.synth();
  return app.outdir;
}

/** BASE_PROD_KV_SECRETS_GET renamed to BASE_PROD_KV_SECRETS_READ (its action part changed). */
const renamed: AccessModelDefinition = {
  ...referenceOrganisation,
  baselines: referenceOrganisation.baselines.map((b) =>
    b.environment === 'PROD' && b.action === 'GET' ? { ...b, action: 'READ' } : b,
  ),
};

const before = synthTo({ definition: referenceOrganisation });

test('the same definition destroys nothing', () => {
  const again = synthTo({ definition: referenceOrganisation });
  expect(findDestroyedAddresses(readSynthOutput(before), readSynthOutput(again))).toEqual([]);
  expect(() => assertNothingDestroyed(before, again)).not.toThrow();
});

test('fails on a renamed baseline: the old group and its role assignment would be destroyed', () => {
  const after = synthTo({ definition: renamed });
  const destroyed = findDestroyedAddresses(readSynthOutput(before), readSynthOutput(after));
  expect(destroyed.map((d) => d.address)).toEqual([
    'azuread_group_without_members.BASE_PROD_KV_SECRETS_GET',
    expect.stringMatching(
      /^azurerm_role_assignment\.BASE_PROD_KV_SECRETS_GET__Key_Vault_Secrets_User_ab0c0af7__[0-9a-f]{8}$/,
    ),
  ]);
  expect(destroyed[0]).toEqual({
    stack: 'org',
    address: 'azuread_group_without_members.BASE_PROD_KV_SECRETS_GET',
    displayName: 'BASE_PROD_KV_SECRETS_GET',
  });
  expect(() => assertNothingDestroyed(before, after)).toThrow(
    '2 Terraform addresses would be destroyed:\n  - org: azuread_group_without_members.BASE_PROD_KV_SECRETS_GET (group "BASE_PROD_KV_SECRETS_GET")',
  );
  expect(() =>
    assertNothingDestroyed(
      before,
      after,
      destroyed.map((d) => d.address),
    ),
  ).not.toThrow();
});

test('fails on moving to split stacks: every address leaves the old stack, groups are named as recreated elsewhere', () => {
  const after = synthTo({ definition: referenceOrganisation, split: 'environment' });
  const destroyed = findDestroyedAddresses(readSynthOutput(before), readSynthOutput(after));
  expect(destroyed.length).toBe(
    Object.values(readSynthOutput(before).get('org')?.resource ?? {}).reduce(
      (n, byName) => n + Object.keys(byName).length,
      0,
    ),
  );
  expect(destroyed.find((d) => d.address === 'azuread_group_without_members.ROLE_DEVELOPER')).toEqual({
    stack: 'org',
    address: 'azuread_group_without_members.ROLE_DEVELOPER',
    displayName: 'ROLE_DEVELOPER',
    renamedTo: 'org-directory: azuread_group_without_members.ROLE_DEVELOPER',
  });
  expect(formatDestroyed(destroyed)).toContain(
    'recreated at org-directory: azuread_group_without_members.ROLE_DEVELOPER: a rename destroys the group and its assignments',
  );
});

test('fails clearly on a folder that is not a synth output', () => {
  expect(() => readSynthOutput('/nonexistent')).toThrow(
    '/nonexistent is not a cdktf synth output: /nonexistent/stacks does not exist',
  );
});

test('each side may be a synth output directory; anything else is a usage error naming the side', () => {
  const after = synthTo({ definition: renamed });
  expect(findDestroyedAddresses(before, after)).toEqual(
    findDestroyedAddresses(readSynthOutput(before), readSynthOutput(after)),
  );
  expect(() => findDestroyedAddresses(before, 42 as never)).toThrow(
    'findDestroyedAddresses: after is number; give a synth output directory (e.g. "cdktf.out") or readSynthOutput(dir)',
  );
  expect(() => findDestroyedAddresses('/nonexistent', after)).toThrow(
    expect.objectContaining({
      name: 'AccessUsageError',
      message: expect.stringContaining('/nonexistent is not a cdktf synth output'),
    }),
  );
});
