import { Grants, type AccessModelDefinition, type ModelSettings } from '../../../lib/model';
import { roleAssignableGroupOwner } from '../../../lib/rules/pim/role-assignable-group-owner';
import { IDS, kvGetBaseline, minimal } from '../../fixtures/minimal';
import { outcomeOf, violationsOf } from '../helpers';

const DEPLOYER = '0000de91-0000-4000-8000-000000000001';

/** minimal() with two role-assignable baselines (a directory role, and one asked for) and the given settings. */
const withRoleAssignable = (settings?: ModelSettings): AccessModelDefinition => {
  const d = minimal();
  return {
    ...d,
    baselines: [
      ...d.baselines,
      { environment: 'PROD', service: 'ENTRA', action: 'READER', grants: [Grants.directoryRole('Global Reader')] },
      kvGetBaseline('DEV', { action: 'READ', roleAssignable: true }),
    ],
    ...(settings ? { settings } : {}),
  };
};

const violation = (i: number, owner: string) => ({
  path: `settings.groupOwners[${i}]`,
  message:
    `${owner} would own every role-assignable group: BASE_DEV_KV_SECRETS_READ, BASE_PROD_ENTRA_READER (Global Reader). ` +
    "An owner manages such a group's members and PIM assignments, so it can make itself or anyone a member, with the directory roles, standing and unapproved, outside the definition",
  value: owner,
  fix:
    'remove it from settings.groupOwners: the deploying identity owns every group already, and Privileged Role ' +
    `Administrators manage role-assignable groups without owning them; if it must own them, suppress role-assignable-group-owner at settings.groupOwners[${i}] saying why`,
});

describe('role-assignable-group-owner', () => {
  test('does not apply without a role-assignable baseline, whoever owns the groups', () => {
    expect(outcomeOf(roleAssignableGroupOwner, { ...minimal(), settings: { groupOwners: [IDS.alice] } })).toEqual({
      notApplicable: 'no baseline is role-assignable',
    });
  });

  test('the deploying identity alone, read or named, complies', () => {
    expect(violationsOf(roleAssignableGroupOwner, withRoleAssignable())).toEqual([]);
    expect(
      violationsOf(
        roleAssignableGroupOwner,
        withRoleAssignable({ deployingIdentityObjectId: DEPLOYER, groupOwners: [] }),
      ),
    ).toEqual([]);
  });

  test('fails each further owner, naming the role-assignable groups and their directory roles', () => {
    expect(
      violationsOf(
        roleAssignableGroupOwner,
        withRoleAssignable({ deployingIdentityObjectId: DEPLOYER, groupOwners: [IDS.bob, IDS.alice] }),
      ),
    ).toEqual([violation(0, IDS.bob), violation(1, IDS.alice)]);
  });

  test('names five groups, then counts the rest', () => {
    const d = withRoleAssignable({ groupOwners: [IDS.alice] });
    const more = ['A', 'B', 'C', 'D', 'E'].map((s) =>
      kvGetBaseline('DEV', { action: `READ${s}`, roleAssignable: true }),
    );
    const [v] = violationsOf(roleAssignableGroupOwner, { ...d, baselines: [...d.baselines, ...more] });
    expect(v.message).toMatch(
      /^\S+ would own every role-assignable group: BASE_DEV_KV_SECRETS_READ, BASE_DEV_KV_SECRETS_READA, BASE_DEV_KV_SECRETS_READB, BASE_DEV_KV_SECRETS_READC, BASE_DEV_KV_SECRETS_READD and 2 more\. /,
    );
  });

  test('is an error that can be suppressed with a reason', () => {
    expect(roleAssignableGroupOwner.level).toBe('error');
    expect(roleAssignableGroupOwner.suppressible).toBe(true);
  });
});
