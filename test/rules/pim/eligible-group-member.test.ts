import { eligibleGroupMember } from '../../../lib/rules/pim/eligible-group-member';
import { developerRole, IDS, minimal, withRoles } from '../../fixtures/minimal';
import { outcomeOf, violationsOf } from '../helpers';

const TEAM = '0000c0de-0000-4000-8000-000000000001';
const team = { kind: 'group', objectId: TEAM, displayName: 'platform team' } as const;
const alice = { kind: 'user', objectId: IDS.alice, displayName: 'alice' } as const;

describe('eligible-group-member', () => {
  test('does not apply when no role has a group as a member; user members comply', () => {
    expect(eligibleGroupMember.level).toBe('warning');
    expect(outcomeOf(eligibleGroupMember, minimal())).toEqual({ notApplicable: 'no role has a group as a member' });
  });

  test('warns for a group in a role with eligible tasks, own or inherited', () => {
    const d = withRoles(developerRole({ members: [alice, team] }), {
      name: 'SNR_DEVELOPER',
      inherits: ['ROLE_DEVELOPER'],
      members: [team],
    });
    const message = (role: string) =>
      `group platform team is a member of ${role}, which holds eligible tasks (TASK_PROD_VIEWER): PIM documents activation for the active members of the eligible group (${role}), not for the members of a group nested in it, so the people in platform team may be unable to activate`;
    const fix = (role: string) =>
      `make the people user members of ${role} instead of the group (each gets the eligibility), or test activation as a member of platform team in the tenant and suppress with the result`;
    expect(violationsOf(eligibleGroupMember, d)).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.members[1]',
        message: message('ROLE_DEVELOPER'),
        value: TEAM,
        fix: fix('ROLE_DEVELOPER'),
      },
      {
        path: 'roles.ROLE_SNR_DEVELOPER.members[0]',
        message: message('ROLE_SNR_DEVELOPER'),
        value: TEAM,
        fix: fix('ROLE_SNR_DEVELOPER'),
      },
    ]);
  });

  test('a group in a role with standing tasks only complies', () => {
    expect(
      violationsOf(
        eligibleGroupMember,
        withRoles(developerRole(), { name: 'OPS', standing: ['TASK_DEV_VIEWER'], members: [team] }),
      ),
    ).toEqual([]);
  });
});
