/**
 * The access diff of the owners of every group (`settings.groupOwners`, `settings.deployingIdentityObjectId`): an
 * owner can change a group's members, so a new owner is privilege, classified by what the groups give; a removed
 * owner is less access. In the change list, the per-principal view, the Markdown and the JSON over access-model.json.
 */
import { Grants, type AccessModelDefinition } from '../../../lib/model';
import { resolveDefinition } from '../../../lib/model/resolve';
import { diffAccessModels, diffDefinitions, renderDiffMarkdown } from '../../../lib/report/diff';
import { readAccessModelDocument, renderModelJson } from '../../../lib/report/model-json';
import { minimal } from '../../fixtures/minimal';
import { REF, brief } from './reference-changes';

const OWNER = '0000aaaa-0000-4000-8000-00000000000a';
const OTHER = '0000bbbb-0000-4000-8000-00000000000b';
const DEPLOYER = '0000de91-0000-4000-8000-000000000001';
const PROD_WRITE =
  'an owner of every group can add members to any of them, outside PIM and approval: TASK_PROD_DEPLOYMENT included, which writes in protected environment PROD';

const owned = (
  def: AccessModelDefinition,
  groupOwners: readonly string[],
  deployingIdentityObjectId?: string,
): AccessModelDefinition => ({
  ...def,
  settings: { ...def.settings, groupOwners, ...(deployingIdentityObjectId ? { deployingIdentityObjectId } : {}) },
});

describe('settings.groupOwners', () => {
  test('an owner added in the reference organisation: high, every production write task being one membership away', () => {
    const diff = diffDefinitions(REF, owned(REF, [OWNER]));
    expect(brief(diff)).toEqual([
      { kind: 'group-owner-added', subject: OWNER, risk: 'high', after: `${OWNER} (owner of every group)` },
    ]);
    expect(diff.changes[0]).toMatchObject({
      subjectType: 'group-owners',
      summary: `${OWNER} becomes an owner of every group the library creates: it can change their members`,
      reason: PROD_WRITE,
      roles: [],
      principals: [OWNER],
    });
    expect(diff.principals).toEqual([
      { key: OWNER, label: OWNER, kind: 'group-owner', risk: 'high', tasks: [], changes: [0] },
    ]);
  });

  test('high for an exception task first, then a production write, then a role-assignable baseline; medium otherwise', () => {
    const exception = owned(
      {
        ...REF,
        tasks: REF.tasks.map((t) =>
          t.name === 'VIEWER' && t.environment === 'DEV' ? { ...t, highPrivilege: true } : t,
        ),
      },
      [OWNER],
    );
    expect(diffDefinitions(REF, exception).changes.find((c) => c.kind === 'group-owner-added')?.reason).toBe(
      'an owner of every group can add members to any of them, outside PIM and approval: exception task TASK_DEV_VIEWER included',
    );
    const directory: AccessModelDefinition = {
      ...minimal(),
      baselines: [
        ...minimal().baselines,
        { environment: 'DEV', service: 'ENTRA', action: 'READER', grants: [Grants.directoryRole('Global Reader')] },
      ],
      tasks: [
        ...minimal().tasks,
        {
          environment: 'DEV',
          name: 'ENTRA_READ',
          baselines: ['BASE_DEV_ENTRA_READER'],
          jit: { maximumActivation: 'PT1H' },
        },
      ],
    };
    expect(diffDefinitions(directory, owned(directory, [OWNER])).changes.map((c) => [c.risk, c.reason])).toEqual([
      [
        'high',
        'an owner of every group can add members to any of them, outside PIM and approval: role-assignable BASE_DEV_ENTRA_READER included, which holds a directory role',
      ],
    ]);
    // The minimal model: Key Vault secrets read in PROD and DEV, nothing that writes.
    const diff = diffDefinitions(minimal(), owned(minimal(), [OWNER]));
    expect(brief(diff)).toEqual([
      { kind: 'group-owner-added', subject: OWNER, risk: 'medium', after: `${OWNER} (owner of every group)` },
    ]);
    expect(diff.changes[0].reason).toBe(
      'an owner of every group can add members to any of them, outside PIM and approval: the 2 task groups included',
    );
  });

  test('an owner removed: low; the same owner in other letter case: no change', () => {
    const diff = diffDefinitions(owned(REF, [OWNER, OTHER]), owned(REF, [OTHER.toUpperCase()]));
    expect(brief(diff)).toEqual([
      { kind: 'group-owner-removed', subject: OWNER, risk: 'low', before: `${OWNER} (owner of every group)` },
    ]);
    expect(diff.changes[0]).toMatchObject({
      summary: `${OWNER} no longer owns the groups the library creates`,
      reason: 'access removed',
      principals: [OWNER],
    });
    expect(diffDefinitions(owned(REF, [OWNER]), owned(REF, [OWNER.toUpperCase()])).changes).toEqual([]);
  });
});

describe('settings.deployingIdentityObjectId', () => {
  test('named where it was read at plan time, or another one named: high, as another principal may own every group', () => {
    const named = diffDefinitions(REF, owned(REF, [], DEPLOYER));
    expect(brief(named)).toEqual([
      {
        kind: 'deploying-identity-changed',
        subject: 'deploying identity',
        risk: 'high',
        before: 'the identity running Terraform (read at plan time)',
        after: DEPLOYER,
      },
    ]);
    expect(named.changes[0]).toMatchObject({
      summary: `the deploying identity, first owner of every group, is now ${DEPLOYER} (was the identity running Terraform (read at plan time))`,
      reason: `another principal may now own every group, unless it is the one that already applies; ${PROD_WRITE}`,
      principals: [DEPLOYER],
    });
    const other = diffDefinitions(owned(REF, [], DEPLOYER), owned(REF, [], OTHER));
    expect(brief(other)).toEqual([
      {
        kind: 'deploying-identity-changed',
        subject: 'deploying identity',
        risk: 'high',
        before: DEPLOYER,
        after: OTHER,
      },
    ]);
    expect(other.principals.map((p) => `${p.key} ${p.kind}`)).toEqual([
      `${OTHER} group-owner`,
      `${DEPLOYER} group-owner`,
    ]);
    expect(diffDefinitions(owned(REF, [], DEPLOYER), owned(REF, [], DEPLOYER.toUpperCase())).changes).toEqual([]);
  });
});

test('a model read back from access-model.json written before group owners (1.1.0) has the deploying identity only', () => {
  const old = JSON.parse(renderModelJson(resolveDefinition(REF)));
  delete old.model.groupOwners;
  old.schemaVersion = '1.1.0';
  const diff = diffAccessModels(readAccessModelDocument(old), resolveDefinition(owned(REF, [OWNER])));
  expect(brief(diff).map((c) => c.kind)).toEqual(['group-owner-added']);
  expect(diffAccessModels(readAccessModelDocument(old), resolveDefinition(REF)).changes).toEqual([]);
});

test('the Markdown: a row per change, and a line per owner', () => {
  const text = renderDiffMarkdown(diffDefinitions(owned(REF, [OTHER]), owned(REF, [OWNER])));
  expect(text.split('\n')).toEqual([
    '**2 access changes: 1 high, 0 medium, 1 low**',
    '',
    '| risk | change | subject | before | after | why |',
    '| --- | --- | --- | --- | --- | --- |',
    `| **high** | group owner added | ${OWNER} | — | ${OWNER} (owner of every group) | ${PROD_WRITE} |`,
    `| low | group owner removed | ${OTHER} | ${OTHER} (owner of every group) | — | access removed |`,
    '',
    'Per principal:',
    '',
    `- **high** ${OWNER} (group-owner): group owner added`,
    `- low ${OTHER} (group-owner): group owner removed`,
    '',
  ]);
});
