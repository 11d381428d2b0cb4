/**
 * Time-bound access in the synthesized Terraform: PIM active assignment schedules (role -> task, member -> role)
 * and eligibilities with start_date/expiration_date, the policies that let PIM accept them, replacement (never an
 * in-place update) when the end date changes, and the expiry warning at synthesis with a fixed clock.
 */
import type { AccessModelDefinition } from '../../lib/model/definition';
import { opsOrganisation, opsRules } from '../fixtures/construct-fixtures';
import { developerRole, IDS, minimal } from '../fixtures/minimal';
import { groupRef, synthOne, synthStacks, type StackJson } from './synth-helper';

const ASSIGNMENT = 'azuread_privileged_access_group_assignment_schedule';
const ELIGIBILITY = 'azuread_privileged_access_group_eligibility_schedule';
const POLICY = 'azuread_group_role_management_policy';
const MEMBER = 'azuread_group_member';
/** Every synthesis here states its clock; none reads the real date. */
const quiet = { now: new Date('2026-01-01T00:00:00Z'), write: () => undefined };
/** The rule pack's findings are another test's business: keep them off stderr. */
const rules = { onFindings: () => undefined };

/** ROLE_DEVELOPER: TASK_DEV_VIEWER standing 07-01..`until`, TASK_PROD_VIEWER eligible until 12-31; Bob a member until 09-30. */
function timeBound(until = '2026-07-14'): AccessModelDefinition {
  return {
    ...minimal(),
    roles: [
      developerRole({
        standing: [{ task: 'TASK_DEV_VIEWER', from: '2026-07-01', until }],
        eligible: [{ task: 'TASK_PROD_VIEWER', until: '2026-12-31' }],
        members: [
          { kind: 'user', objectId: IDS.alice },
          { kind: 'user', objectId: IDS.bob, until: '2026-09-30' },
        ],
      }),
    ],
  };
}

let tf: StackJson;
beforeAll(() => {
  tf = synthOne({ definition: timeBound(), expiryWarning: quiet, rules });
});

describe('a role holding a task for a time', () => {
  test('is an active assignment schedule of the role group to the task group, with start and end, at the membership name', () => {
    expect(tf.resource(ASSIGNMENT, 'ROLE_DEVELOPER__in__TASK_DEV_VIEWER')).toEqual({
      provider: 'azuread',
      group_id: groupRef('TASK_DEV_VIEWER'),
      principal_id: groupRef('ROLE_DEVELOPER'),
      assignment_type: 'member',
      start_date: '2026-07-01T00:00:00Z',
      expiration_date: '2026-07-14T23:59:59Z',
      justification: 'cdktf-task-access: ROLE_DEVELOPER standing in TASK_DEV_VIEWER',
      depends_on: [
        `${POLICY}.TASK_DEV_VIEWER`,
        'azuread_group_without_members.TASK_DEV_VIEWER',
        'azuread_group_without_members.ROLE_DEVELOPER',
      ],
      lifecycle: { replace_triggered_by: ['terraform_data.ROLE_DEVELOPER__in__TASK_DEV_VIEWER'] },
      '//': expect.anything(),
    });
    expect(tf.resources(MEMBER)).not.toHaveProperty('ROLE_DEVELOPER__in__TASK_DEV_VIEWER');
  });

  test('holds its terms in terraform_data at the same name', () => {
    expect(tf.resource('terraform_data', 'ROLE_DEVELOPER__in__TASK_DEV_VIEWER').input).toEqual({
      start_date: '2026-07-01T00:00:00Z',
      expiration_date: '2026-07-14T23:59:59Z',
      justification: 'cdktf-task-access: ROLE_DEVELOPER standing in TASK_DEV_VIEWER',
    });
  });

  test('gives the standing-only task a policy whose active assignments need no expiry limit, after its group', () => {
    const p = tf.resource(POLICY, 'TASK_DEV_VIEWER');
    expect(p).toMatchObject({
      group_id: groupRef('TASK_DEV_VIEWER'),
      role_id: 'member',
      depends_on: ['azuread_group_without_members.TASK_DEV_VIEWER'],
    });
    // Values the provider sends on create (jit-policy.ts): a permanent-allowed expiry rule and justification.
    expect(p.active_assignment_rules).toEqual({
      expiration_required: false,
      expire_after: 'P365D',
      require_justification: true,
      require_multifactor_authentication: false,
      require_ticket_info: false,
    });
    expect(p.eligible_assignment_rules).toEqual({ expiration_required: false });
  });

  test('the permanent form of the same link is an azuread_group_member at the same name: only the type changes', () => {
    const plain = synthOne({ definition: minimal(), expiryWarning: quiet, rules });
    expect(plain.addresses().filter((a) => a.endsWith('.ROLE_DEVELOPER__in__TASK_DEV_VIEWER'))).toEqual([
      `${MEMBER}.ROLE_DEVELOPER__in__TASK_DEV_VIEWER`,
    ]);
    expect(tf.addresses().filter((a) => a.endsWith('.ROLE_DEVELOPER__in__TASK_DEV_VIEWER'))).toEqual([
      `${ASSIGNMENT}.ROLE_DEVELOPER__in__TASK_DEV_VIEWER`,
      'terraform_data.ROLE_DEVELOPER__in__TASK_DEV_VIEWER',
    ]);
    expect(plain.resources(POLICY)).not.toHaveProperty('TASK_DEV_VIEWER');
  });
});

describe('an eligibility that expires', () => {
  test('has an expiration_date instead of permanent_assignment, in the schedule and its terms', () => {
    const s = tf.resource(ELIGIBILITY, 'ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER');
    expect(s).toMatchObject({
      group_id: groupRef('TASK_PROD_VIEWER'),
      principal_id: groupRef('ROLE_DEVELOPER'),
      assignment_type: 'member',
      expiration_date: '2026-12-31T23:59:59Z',
    });
    expect(s).not.toHaveProperty('permanent_assignment');
    expect(s).not.toHaveProperty('start_date');
    expect(tf.resource('terraform_data', 'ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER').input).toEqual({
      expiration_date: '2026-12-31T23:59:59Z',
      justification: 'cdktf-task-access: ROLE_DEVELOPER eligible for TASK_PROD_VIEWER',
    });
  });

  test('carries its window to the role-assignable baseline the task reaches, within the policy expiry', () => {
    const ops = synthOne({
      expiryWarning: quiet,
      rules: opsRules,
      definition: {
        ...opsOrganisation,
        roles: opsOrganisation.roles.map((r) => ({
          ...r,
          eligible: [{ task: 'TASK_OPS_AUDIT' as const, from: '2026-07-01', until: '2026-09-15' }],
        })),
      },
    });
    for (const group of ['TASK_OPS_AUDIT', 'BASE_OPS_ENTRA_READER']) {
      const s = ops.resource(ELIGIBILITY, `ROLE_OPERATOR__eligible__${group}`);
      expect(s).toMatchObject({
        group_id: groupRef(group),
        start_date: '2026-07-01T00:00:00Z',
        expiration_date: '2026-09-15T23:59:59Z',
      });
      expect(s).not.toHaveProperty('duration');
    }
  });
});

describe('a member belonging to a role for a time', () => {
  test('is an active assignment schedule of the user to the role group, after the role policy', () => {
    expect(tf.resource(ASSIGNMENT, `ROLE_DEVELOPER__member__${IDS.bob}`)).toMatchObject({
      group_id: groupRef('ROLE_DEVELOPER'),
      principal_id: IDS.bob,
      assignment_type: 'member',
      expiration_date: '2026-09-30T23:59:59Z',
      justification: `cdktf-task-access: member ${IDS.bob} of ROLE_DEVELOPER`,
      depends_on: [`${POLICY}.ROLE_DEVELOPER`, 'azuread_group_without_members.ROLE_DEVELOPER'],
      lifecycle: { replace_triggered_by: [`terraform_data.ROLE_DEVELOPER__member__${IDS.bob}`] },
    });
    expect(tf.resources(ASSIGNMENT)[`ROLE_DEVELOPER__member__${IDS.bob}`]).not.toHaveProperty('start_date');
    expect(tf.resources(MEMBER)).not.toHaveProperty(`ROLE_DEVELOPER__member__${IDS.bob}`);
    expect(tf.resource(MEMBER, `ROLE_DEVELOPER__member__${IDS.alice}`).member_object_id).toBe(IDS.alice);
  });

  test('gives the role group a policy (PIM onboards it and accepts the assignment)', () => {
    expect(tf.resource(POLICY, 'ROLE_DEVELOPER')).toMatchObject({
      group_id: groupRef('ROLE_DEVELOPER'),
      role_id: 'member',
      active_assignment_rules: { expiration_required: false, expire_after: 'P365D', require_justification: true },
      depends_on: ['azuread_group_without_members.ROLE_DEVELOPER'],
    });
  });
});

describe('re-granting with a new end date', () => {
  test('keeps every address and replaces the schedule: its terraform_data input changes, replace_triggered_by is there', () => {
    const extended = synthOne({ definition: timeBound('2026-07-28'), expiryWarning: quiet, rules });
    expect(extended.addresses()).toEqual(tf.addresses());
    const name = 'ROLE_DEVELOPER__in__TASK_DEV_VIEWER';
    expect(tf.resource('terraform_data', name).input).toMatchObject({ expiration_date: '2026-07-14T23:59:59Z' });
    expect(extended.resource('terraform_data', name).input).toMatchObject({ expiration_date: '2026-07-28T23:59:59Z' });
    expect(extended.resource(ASSIGNMENT, name)).toMatchObject({
      expiration_date: '2026-07-28T23:59:59Z',
      lifecycle: { replace_triggered_by: [`terraform_data.${name}`] },
    });
    // nothing else moves
    const changed = tf.addresses().filter((a) => {
      const [type, n] = a.split('.');
      return JSON.stringify(tf.resource(type, n)) !== JSON.stringify(extended.resource(type, n));
    });
    expect(changed).toEqual([`${ASSIGNMENT}.${name}`, `terraform_data.${name}`]);
  });
});

describe('split stacks', () => {
  test('member schedules and the role policy sit with the role group; role -> task schedules with the task, depending only locally', () => {
    const stacks = synthStacks({ definition: timeBound(), split: 'environment', expiryWarning: quiet, rules }, 'tb');
    const dir = stacks.get('tb-directory') as StackJson;
    const dev = stacks.get('tb-dev') as StackJson;
    expect(Object.keys(dir.resources(ASSIGNMENT))).toEqual([`ROLE_DEVELOPER__member__${IDS.bob}`]);
    expect(Object.keys(dir.resources(POLICY))).toEqual(['ROLE_DEVELOPER']);
    const s = dev.resource(ASSIGNMENT, 'ROLE_DEVELOPER__in__TASK_DEV_VIEWER');
    expect(s.principal_id).toMatch(/^\$\{data\.terraform_remote_state\.\S+\.outputs\./);
    expect(s.depends_on).toEqual([`${POLICY}.TASK_DEV_VIEWER`, 'azuread_group_without_members.TASK_DEV_VIEWER']);
  });
});

describe('the expiry warning at synthesis', () => {
  const at = (now: string) => {
    const lines: string[] = [];
    const out = synthOne({
      definition: timeBound(),
      rules,
      expiryWarning: { now: new Date(now), write: (t) => lines.push(t) },
    });
    return { text: lines.join(''), out };
  };

  test('lists the grants that expired or expire within 14 days of the given clock, with the fix', () => {
    expect(at('2026-07-20T00:00:00Z').text).toBe(
      [
        'Warning: 1 time-bound grant has expired (now 2026-07-20T00:00:00Z):',
        '  EXPIRED   2026-07-14T23:59:59Z  ROLE_DEVELOPER standing TASK_DEV_VIEWER: expired 5 days ago',
        'Remove the expired entries from the definition: PIM has already removed the access, and a schedule ending in the past would fail the next apply.',
        '',
      ].join('\n'),
    );
  });

  test('honours the look-ahead, prints nothing when nothing is due, and never changes the Terraform', () => {
    const lines: string[] = [];
    synthOne({
      definition: timeBound(),
      rules,
      expiryWarning: { now: new Date('2026-09-01T00:00:00Z'), within: '30d', write: (t) => lines.push(t) },
    });
    expect(lines.join('')).toContain('  expiring  2026-09-30T23:59:59Z  ROLE_DEVELOPER member');
    const early = at('2026-01-01T00:00:00Z');
    expect(early.text).toBe('');
    expect(early.out.text).toBe(tf.text);
  });

  test('expiryWarning: false turns it off; a bad look-ahead fails', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      synthOne({ definition: timeBound(), rules, expiryWarning: false });
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
    expect(() => synthOne({ definition: timeBound(), rules, expiryWarning: { ...quiet, within: 'soon' } })).toThrow(
      'expiryWarning.within "soon" is not a duration; use e.g. "14d"',
    );
  });
});
