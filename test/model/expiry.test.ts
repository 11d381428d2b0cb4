/**
 * Expiring access against a fixed clock (never the real date): which time-bound grants have expired or end within
 * the window, the look-ahead syntax, and the warning text printed at synthesis.
 */
import {
  describeDaysLeft,
  expiringGrants,
  formatExpiryWarning,
  parseExpiryWindow,
  resolveDefinition,
  timeBoundGrants,
  type ResolvedModel,
} from '../../lib/model';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { developerRole, IDS, withRoles } from '../fixtures/minimal';

const DAY = 86_400_000;
const model: ResolvedModel = resolveDefinition(vendorAndAgent);

describe('timeBoundGrants', () => {
  test("lists every grant with an end: the vendor's task, the consultant's eligibility and membership, soonest first", () => {
    expect(timeBoundGrants(model)).toEqual([
      {
        kind: 'task',
        role: 'ROLE_VENDOR_PARTNER',
        task: 'TASK_PROD_VENDOR_READ',
        mode: 'standing',
        declaredIn: 'ROLE_VENDOR_PARTNER',
        from: '2027-03-01T00:00:00Z',
        until: '2027-03-14T23:59:59Z',
      },
      {
        kind: 'task',
        role: 'ROLE_PAYMENTS_CONSULTANT',
        task: 'TASK_PROD_DEPLOYMENT',
        mode: 'eligible',
        declaredIn: 'ROLE_PAYMENTS_CONSULTANT',
        from: '2027-04-01T00:00:00Z',
        until: '2027-04-30T23:59:59Z',
      },
      {
        kind: 'membership',
        role: 'ROLE_PAYMENTS_CONSULTANT',
        member: '0000c0de-0000-4000-8000-000000000002',
        memberLabel: 'dana@consulting.example (consultant)',
        declaredIn: 'ROLE_PAYMENTS_CONSULTANT',
        until: '2027-06-30T23:59:59Z',
      },
    ]);
  });

  test('an inherited time-bound task is listed for the heir too, naming the role that declares it', () => {
    const d = withRoles(developerRole({ standing: [{ task: 'TASK_DEV_VIEWER', until: '2026-07-14' }] }), {
      name: 'SNR',
      inherits: ['ROLE_DEVELOPER'],
      members: [{ kind: 'user', objectId: IDS.bob }],
    });
    expect(timeBoundGrants(resolveDefinition(d)).map((g) => [g.role, g.declaredIn])).toEqual([
      ['ROLE_DEVELOPER', 'ROLE_DEVELOPER'],
      ['ROLE_SNR', 'ROLE_DEVELOPER'],
    ]);
  });
});

describe('expiringGrants', () => {
  test('nothing within 14 days of 2027-02-01', () => {
    expect(expiringGrants(model, { now: new Date('2027-02-01T00:00:00Z') })).toEqual([]);
  });

  test("the vendor's task 10 days before it ends (default 14 days ahead)", () => {
    const now = new Date('2027-03-04T23:59:59Z');
    expect(expiringGrants(model, { now })).toEqual([
      {
        kind: 'task',
        role: 'ROLE_VENDOR_PARTNER',
        task: 'TASK_PROD_VENDOR_READ',
        mode: 'standing',
        declaredIn: 'ROLE_VENDOR_PARTNER',
        from: '2027-03-01T00:00:00Z',
        until: '2027-03-14T23:59:59Z',
        status: 'expiring',
        daysLeft: 10,
      },
    ]);
  });

  test('on 2027-05-01: the vendor task and the eligibility have expired; the membership ends within 61 days', () => {
    const now = new Date('2027-05-01T12:00:00Z');
    expect(expiringGrants(model, { now, withinMs: 60 * DAY }).map((g) => g.kind)).toEqual(['task', 'task']); // 60.5 days left
    const grants = expiringGrants(model, { now, withinMs: 61 * DAY });
    expect(grants.map((g) => [g.role, g.task ?? g.member, g.status, g.daysLeft])).toEqual([
      ['ROLE_VENDOR_PARTNER', 'TASK_PROD_VENDOR_READ', 'expired', -48],
      ['ROLE_PAYMENTS_CONSULTANT', 'TASK_PROD_DEPLOYMENT', 'expired', -1],
      ['ROLE_PAYMENTS_CONSULTANT', '0000c0de-0000-4000-8000-000000000002', 'expiring', 60],
    ]);
    expect(grants.map(describeDaysLeft)).toEqual(['expired 47 days ago', 'expired today', 'expires in 60 days']);
  });

  test('the end instant itself counts as expired', () => {
    const [g] = expiringGrants(model, { now: new Date('2027-03-14T23:59:59Z') });
    expect(g).toMatchObject({ task: 'TASK_PROD_VENDOR_READ', status: 'expired' });
  });
});

describe('parseExpiryWindow', () => {
  test.each([
    ['14d', 14 * DAY],
    ['36h', 36 * 3_600_000],
    ['2w', 14 * DAY],
    ['P14D', 14 * DAY],
    ['PT36H', 36 * 3_600_000],
    ['14', undefined],
    ['two weeks', undefined],
  ])('%s', (text, ms) => {
    expect(parseExpiryWindow(text)).toBe(ms);
  });
});

describe('formatExpiryWarning', () => {
  test('lists each grant with its end and the fix for the expired ones', () => {
    const now = new Date('2027-04-20T00:00:00Z');
    expect(formatExpiryWarning(expiringGrants(model, { now }), now)).toBe(
      [
        'Warning: 2 time-bound grants expire soon or have expired (1 expired) (now 2027-04-20T00:00:00Z):',
        '  EXPIRED   2027-03-14T23:59:59Z  ROLE_VENDOR_PARTNER standing TASK_PROD_VENDOR_READ: expired 36 days ago',
        '  expiring  2027-04-30T23:59:59Z  ROLE_PAYMENTS_CONSULTANT eligible TASK_PROD_DEPLOYMENT: expires in 10 days',
        'Remove the expired entries from the definition: PIM has already removed the access, and a schedule ending in the past would fail the next apply.',
      ].join('\n'),
    );
  });

  test('a membership names the member; nothing to say gives undefined', () => {
    const now = new Date('2027-06-25T00:00:00Z');
    const grants = expiringGrants(model, { now, withinMs: 7 * DAY }).filter((g) => g.kind === 'membership');
    expect(formatExpiryWarning(grants, now)).toBe(
      'Warning: 1 time-bound grant expires soon (now 2027-06-25T00:00:00Z):\n' +
        '  expiring  2027-06-30T23:59:59Z  ROLE_PAYMENTS_CONSULTANT member dana@consulting.example (consultant) (0000c0de-0000-4000-8000-000000000002): expires in 5 days',
    );
    expect(formatExpiryWarning([], now)).toBeUndefined();
  });
});
