/**
 * Expiring access against a fixed clock (never the real date): which time-bound grants have expired or end within
 * the window, the look-ahead syntax, and the warning text printed at synthesis.
 */
import {
  describeDaysLeft,
  DURATION_RENEWAL,
  expiringGrants,
  formatExpiryLine,
  formatExpiryWarning,
  isPastDue,
  parseExpiryWindow,
  resolveDefinition,
  timeBoundGrants,
  type ResolvedModel,
} from '../../lib/model';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { durationEligibility } from '../fixtures/duration-eligibility';
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
    expect(
      grants.map((g) => [g.role, g.kind === 'duration' ? g.group : (g.task ?? g.member), g.status, g.daysLeft]),
    ).toEqual([
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

describe('eligibilities that last a duration', () => {
  const durations = resolveDefinition(durationEligibility());
  /** The definition's last change, as git would give it (injected: tests never run git). */
  const lastChange = { date: '2026-12-20T10:15:00+01:00', commit: '0123456789abcdef' };
  const address = (e: { role: string; group: string }): string => `ELIGIBILITY.${e.role}__eligible__${e.group}`;
  const row = (g: ReturnType<typeof expiringGrants>[number]) => [
    g.kind,
    g.role,
    g.kind === 'duration' ? g.group : g.task,
    g.status,
    g.until,
    g.daysLeft,
  ];

  test('9 days before the estimated lapse: listed as lapsing, with the last change they are counted from', () => {
    const [developer, ...rest] = expiringGrants(durations, { now: new Date('2027-01-10T00:00:00Z'), lastChange });
    expect(developer).toEqual({
      kind: 'duration',
      role: 'ROLE_DEVELOPER',
      group: 'TASK_PROD_VIEWER',
      task: 'TASK_PROD_VIEWER',
      declaredIn: 'ROLE_DEVELOPER',
      duration: 'P30D',
      countedFrom: 'last-change',
      lastChange: { date: '2026-12-20T09:15:00Z', commit: '0123456789abcdef' },
      until: '2027-01-19T09:15:00Z',
      status: 'lapsing',
      daysLeft: 9,
    });
    expect(rest.map(row)).toEqual([
      ['duration', 'ROLE_SENIOR', 'TASK_PROD_VIEWER', 'lapsing', '2027-01-19T09:15:00Z', 9],
    ]);
  });

  test('a third kind beside the time-bound grants, sorted with them by end; the exact ones count from their from', () => {
    const items = expiringGrants(durations, { now: new Date('2027-01-25T00:00:00Z'), withinMs: 90 * DAY, lastChange });
    expect(items.map(row)).toEqual([
      ['duration', 'ROLE_DEVELOPER', 'TASK_PROD_VIEWER', 'lapsed', '2027-01-19T09:15:00Z', -6],
      ['duration', 'ROLE_SENIOR', 'TASK_PROD_VIEWER', 'lapsed', '2027-01-19T09:15:00Z', -6],
      ['task', 'ROLE_CONTRACTOR', 'TASK_PROD_VIEWER', 'expiring', '2027-02-15T23:59:59Z', 21],
      ['duration', 'ROLE_OPS', 'BASE_PROD_ENTRA_DIRECTORY_READER', 'lapsing', '2027-03-20T09:15:00Z', 54],
      ['duration', 'ROLE_OPS', 'TASK_PROD_AUDIT', 'lapsing', '2027-03-20T09:15:00Z', 54],
      ['duration', 'ROLE_AUDITOR', 'BASE_PROD_ENTRA_DIRECTORY_READER', 'lapsing', '2027-04-01T00:00:00Z', 66],
      ['duration', 'ROLE_AUDITOR', 'TASK_PROD_AUDIT', 'lapsing', '2027-04-01T00:00:00Z', 66],
    ]);
    expect(items.map(describeDaysLeft)).toEqual([
      "lapsed about 2027-01-19, 5 days ago: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
      "lapsed about 2027-01-19, 5 days ago: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
      'expires in 21 days',
      "lapses about 2027-03-20, in 54 days: P90D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
      "lapses about 2027-03-20, in 54 days: P90D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
      'lapses in 66 days: P90D from its start 2027-01-01T00:00:00Z',
      'lapses in 66 days: P90D from its start 2027-01-01T00:00:00Z',
    ]);
    expect(items.filter(isPastDue).map((g) => g.role)).toEqual(['ROLE_DEVELOPER', 'ROLE_SENIOR']);
  });

  test('with no last change (no git) the undated ones are listed last, "lapse date unknown", never dropped', () => {
    const items = expiringGrants(durations, { now: new Date('2027-01-10T00:00:00Z') });
    expect(items.map(row)).toEqual([
      ['duration', 'ROLE_DEVELOPER', 'TASK_PROD_VIEWER', 'unknown', undefined, undefined],
      ['duration', 'ROLE_OPS', 'BASE_PROD_ENTRA_DIRECTORY_READER', 'unknown', undefined, undefined],
      ['duration', 'ROLE_OPS', 'TASK_PROD_AUDIT', 'unknown', undefined, undefined],
      ['duration', 'ROLE_SENIOR', 'TASK_PROD_VIEWER', 'unknown', undefined, undefined],
    ]);
    expect(describeDaysLeft(items[1])).toBe('lapse date unknown: applied + P90D');
    expect(items.some(isPastDue)).toBe(false);
    expect(formatExpiryLine(items[1], address)).toBe(
      '  duration  unknown               ROLE_OPS eligible BASE_PROD_ENTRA_DIRECTORY_READER (role-assignable baseline of TASK_PROD_AUDIT): lapse date unknown: applied + P90D\n' +
        '      resource ELIGIBILITY.ROLE_OPS__eligible__BASE_PROD_ENTRA_DIRECTORY_READER',
    );
  });

  test('the synthesis warning lists the dated ones with their address and how to renew them', () => {
    const now = new Date('2027-01-25T00:00:00Z');
    expect(formatExpiryWarning(expiringGrants(durations, { now, lastChange }), now, address)).toBe(
      [
        'Warning: 2 eligibilities that last a duration have lapsed (now 2027-01-25T00:00:00Z):',
        "  LAPSED    2027-01-19T09:15:00Z  ROLE_DEVELOPER eligible TASK_PROD_VIEWER: lapsed about 2027-01-19, 5 days ago: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
        '      resource ELIGIBILITY.ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER',
        "  LAPSED    2027-01-19T09:15:00Z  ROLE_SENIOR eligible TASK_PROD_VIEWER (inherited from ROLE_DEVELOPER): lapsed about 2027-01-19, 5 days ago: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
        '      resource ELIGIBILITY.ROLE_SENIOR__eligible__TASK_PROD_VIEWER',
        DURATION_RENEWAL,
      ].join('\n'),
    );
    expect(DURATION_RENEWAL).toBe(
      "Terraform keeps an eligibility that lapsed after its duration in its state and never re-creates it. Renew it before it lapses with terraform apply -replace='<resource>' in its stack, or by setting from on its entry to the day you apply; once it has lapsed, terraform state rm '<resource>', then apply.",
    );
  });

  test('the synthesis warning counts the undated ones in one line; grants and dated eligibilities keep their own parts', () => {
    const now = new Date('2027-01-10T00:00:00Z');
    expect(formatExpiryWarning(expiringGrants(durations, { now }), now)).toBe(
      "Warning: 4 eligibilities last P30D or P90D from when they were applied, and Terraform won't re-create them once lapsed; " +
        'the dates are unknown here: set expiryWarning.definitionFile (its last commit is counted as the start) or ' +
        'expiryWarning.lastChange, or run task-access expiring --definition <file>.',
    );
    const later = new Date('2027-02-10T00:00:00Z');
    const text = formatExpiryWarning(expiringGrants(durations, { now: later, lastChange }), later) as string;
    expect(text.split('\n').filter((l) => l.startsWith('Warning:'))).toEqual([
      'Warning: 1 time-bound grant expires soon (now 2027-02-10T00:00:00Z):',
      'Warning: 2 eligibilities that last a duration have lapsed (now 2027-02-10T00:00:00Z):',
    ]);
  });
});
