/**
 * `settings.groupOwners` and `settings.deployingIdentityObjectId`: object IDs, each owner once, within the 100 owners
 * a group can have; resolved lower case and sorted.
 */
import { resolveDefinition, validateDefinition, type ModelSettings } from '../../lib/model';
import { IDS, minimal } from '../fixtures/minimal';

const withSettings = (settings: ModelSettings) => ({ ...minimal(), settings });
const ownerProblems = (settings: ModelSettings) =>
  validateDefinition(withSettings(settings)).filter((p) => p.path.startsWith('settings.'));
const OBJECT_ID_FIX =
  'copy the object ID (not the display name or application ID) from Entra, e.g. 00000000-0000-0000-0000-000000000000';
const DEPLOYER = '0000de91-0000-4000-8000-000000000001';
const uuid = (n: number): string => `0000aaaa-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('validation', () => {
  test('valid owners and deploying identity pass; an empty list is no owner at all', () => {
    expect(ownerProblems({ groupOwners: [IDS.alice, IDS.sp], deployingIdentityObjectId: DEPLOYER })).toEqual([]);
    expect(ownerProblems({ groupOwners: [] })).toEqual([]);
  });

  test('an owner or deploying identity that is not a UUID is an object-id problem naming it', () => {
    expect(
      ownerProblems({ groupOwners: [IDS.alice, 'alice@contoso.com'], deployingIdentityObjectId: 'sp-access-apply' }),
    ).toEqual([
      {
        path: 'settings.deployingIdentityObjectId',
        rule: 'object-id',
        message: 'the deploying identity is named by its Entra object ID, a UUID',
        value: 'sp-access-apply',
        fix: `${OBJECT_ID_FIX}: for a service principal, the enterprise application's object ID`,
      },
      {
        path: 'settings.groupOwners[1]',
        rule: 'object-id',
        message: 'a group owner is an Entra object ID, a UUID',
        value: 'alice@contoso.com',
        fix: OBJECT_ID_FIX,
      },
    ]);
  });

  test('an owner listed twice, also in another letter case, is a duplicate naming the first', () => {
    expect(ownerProblems({ groupOwners: [IDS.alice, IDS.bob, IDS.alice.toUpperCase()] })).toEqual([
      {
        path: 'settings.groupOwners[2]',
        rule: 'duplicate',
        message: `group owner ${IDS.alice.toUpperCase()} is listed more than once (first at settings.groupOwners[0]); object IDs are compared case-insensitively`,
        value: IDS.alice.toUpperCase(),
        fix: 'list each owner once',
      },
    ]);
  });

  test('the deploying identity listed as a further owner is a duplicate', () => {
    expect(ownerProblems({ groupOwners: [DEPLOYER.toUpperCase()], deployingIdentityObjectId: DEPLOYER })).toEqual([
      {
        path: 'settings.groupOwners[0]',
        rule: 'duplicate',
        message: `group owner ${DEPLOYER.toUpperCase()} is the deploying identity (settings.deployingIdentityObjectId), which owns every group already`,
        value: DEPLOYER.toUpperCase(),
        fix: 'remove it from settings.groupOwners',
      },
    ]);
  });

  test('99 further owners fit beside the deploying identity; 100 are over the limit of 100 owners per group', () => {
    const owners = (n: number) => Array.from({ length: n }, (_, i) => uuid(i + 1));
    expect(ownerProblems({ groupOwners: owners(99) })).toEqual([]);
    expect(ownerProblems({ groupOwners: owners(100) })).toEqual([
      {
        path: 'settings.groupOwners',
        rule: 'group-owner-limit',
        message: '100 group owners and the deploying identity are more than the 100 owners a group can have',
        value: 100,
        fix: 'list at most 99 owners; give ownership to fewer people, and use roles for access',
      },
    ]);
  });

  test('a wrong type is a shape problem', () => {
    expect(validateDefinition({ ...minimal(), settings: { groupOwners: IDS.alice } })).toEqual([
      {
        path: 'settings.groupOwners',
        rule: 'shape',
        message: 'Invalid input: expected array, received string',
        value: IDS.alice,
        fix: 'give the value the type the definition types (AccessModelDefinition) require',
      },
    ]);
  });
});

describe('resolution', () => {
  test('without settings: no further owner, the deploying identity read at plan time', () => {
    expect(resolveDefinition(minimal()).groupOwners).toEqual({ additional: [] });
  });

  test('owners lower case and sorted, the deploying identity lower case', () => {
    expect(
      resolveDefinition(
        withSettings({
          groupOwners: [IDS.sp.toUpperCase(), IDS.alice],
          deployingIdentityObjectId: DEPLOYER.toUpperCase(),
        }),
      ).groupOwners,
    ).toEqual({ deployingIdentityObjectId: DEPLOYER, additional: [IDS.sp, IDS.alice] });
  });
});
