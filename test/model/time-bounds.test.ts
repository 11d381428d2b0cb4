/**
 * Time-bound access in the model: ISO 8601 UTC dates, rule `time-bound` (format, order, principals PIM can
 * assign, eligibility expiry of the policy, an eligibility hidden by a standing entry), and resolution (the window
 * of every time-bound role->task entry and member, a principal's envelope, the policy groups then need).
 */
import {
  accessWindow,
  boundInstant,
  indexModel,
  intersectWindows,
  resolveDefinition,
  timeBoundProblem,
  validateDefinition,
  windowEnvelope,
} from '../../lib/model';
import { developerRole, IDS, minimal, viewerTask, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const FORMAT_FIX = ['"2026-12-31"', 'through the end of that day, UTC', '"2026-12-31T18:00:00Z"'];

describe('ISO 8601 UTC bounds', () => {
  test.each([
    ['2026-12-31', undefined],
    ['2026-12-31T18:00:00Z', undefined],
    ['2026-12-31T18:00Z', undefined],
    ['2026-02-30', 'is not a calendar date'],
    ['2026-12-31T18:00:00+02:00', 'is not in UTC: a date-time must end with Z (PIM stores UTC instants)'],
    ['2026-12-31T18:00:00', 'is not in UTC: a date-time must end with Z (PIM stores UTC instants)'],
    ['2026-12-31T24:00:00Z', 'is not a time of day (00:00:00 to 23:59:59)'],
    ['31/12/2026', 'is not an ISO 8601 date (2026-12-31) or UTC date-time (2026-12-31T18:00:00Z)'],
    ['P14D', 'is not an ISO 8601 date (2026-12-31) or UTC date-time (2026-12-31T18:00:00Z)'],
  ])('%s: %s', (value, why) => {
    expect(timeBoundProblem(value)).toBe(why);
  });

  test('a date alone is the start of the day for from and the end of the day for until; date-times get seconds', () => {
    expect(boundInstant('2026-12-31', 'start')).toBe('2026-12-31T00:00:00Z');
    expect(boundInstant('2026-12-31', 'end')).toBe('2026-12-31T23:59:59Z');
    expect(boundInstant('2026-12-31T18:30Z', 'end')).toBe('2026-12-31T18:30:00Z');
    expect(boundInstant('2026-12-32', 'end')).toBeUndefined();
    expect(accessWindow({ from: '2026-07-01', until: '2026-07-14' })).toEqual({
      from: '2026-07-01T00:00:00Z',
      until: '2026-07-14T23:59:59Z',
    });
    expect(accessWindow({})).toBeUndefined();
  });

  test('windows intersect (later start, earlier end) and combine into an envelope (open when any side is open)', () => {
    const a = { from: '2026-07-01T00:00:00Z', until: '2026-07-31T23:59:59Z' };
    const b = { until: '2026-07-14T23:59:59Z' };
    expect(intersectWindows(a, b)).toEqual({ from: '2026-07-01T00:00:00Z', until: '2026-07-14T23:59:59Z' });
    expect(intersectWindows(undefined, undefined)).toBeUndefined();
    expect(windowEnvelope([a, b])).toEqual({ until: '2026-07-31T23:59:59Z' });
    expect(windowEnvelope([a, undefined])).toBeUndefined();
    expect(windowEnvelope([])).toBeUndefined();
  });
});

describe('time-bound (rule)', () => {
  test('accepts time-bound standing and eligible entries and time-bound users and groups', () => {
    const d = withRoles(
      developerRole({
        standing: [{ task: 'TASK_DEV_VIEWER', from: '2026-07-01', until: '2026-07-14' }],
        eligible: [{ task: 'TASK_PROD_VIEWER', until: '2026-12-31T18:00:00Z' }],
        members: [
          { kind: 'user', objectId: IDS.alice, until: '2026-09-30' },
          { kind: 'group', objectId: IDS.bob, from: '2026-08-01' },
        ],
      }),
    );
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails a malformed, a non-UTC and an impossible date, each with the accepted forms', () => {
    const d = withRoles(
      developerRole({
        standing: [{ task: 'TASK_DEV_VIEWER', until: '31/12/2026' }],
        eligible: [{ task: 'TASK_PROD_VIEWER', from: '2026-07-01T09:00:00+02:00', until: '2026-02-30' }],
      }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[0].from',
        rule: 'time-bound',
        value: '2026-07-01T09:00:00+02:00',
        message: 'from is not in UTC: a date-time must end with Z',
        fix: FORMAT_FIX,
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[0].until',
        rule: 'time-bound',
        value: '2026-02-30',
        message: 'until is not a calendar date',
        fix: FORMAT_FIX,
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[0].until',
        rule: 'time-bound',
        value: '31/12/2026',
        message: 'until is not an ISO 8601 date (2026-12-31) or UTC date-time (2026-12-31T18:00:00Z)',
        fix: FORMAT_FIX,
      }),
    ]);
  });

  test('fails an end before the start, and a window shorter than five minutes', () => {
    const d = withRoles(
      developerRole({
        standing: [{ task: 'TASK_DEV_VIEWER', from: '2026-07-14', until: '2026-07-01' }],
        members: [{ kind: 'user', objectId: IDS.alice, from: '2026-07-01T10:00:00Z', until: '2026-07-01T10:04:00Z' }],
      }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0].until',
        rule: 'time-bound',
        value: { from: '2026-07-01T10:00:00Z', until: '2026-07-01T10:04:00Z' },
        message:
          'the window from 2026-07-01T10:00:00Z to 2026-07-01T10:04:00Z is shorter than the 5 minutes PIM accepts',
        fix: 'at least 5 minutes',
      }),
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[0].until',
        rule: 'time-bound',
        value: { from: '2026-07-14', until: '2026-07-01' },
        message: 'until (2026-07-01T23:59:59Z) is not after from (2026-07-14T00:00:00Z)',
        fix: 'swap the two dates',
      }),
    ]);
  });

  test('fails a time-bound service principal, pointing at a time-bound task of its role instead', () => {
    const d = withRoles(developerRole(), {
      name: 'CI',
      standing: ['TASK_DEV_VIEWER'],
      members: [{ kind: 'servicePrincipal', objectId: IDS.sp, until: '2026-12-31' }],
    });
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_CI.members[0]',
        rule: 'time-bound',
        value: { from: undefined, until: '2026-12-31' },
        message: "a servicePrincipal can't be a time-bound member: PIM for Groups assigns users and groups only",
        fix: "make ROLE_CI's task time-bound instead, e.g. standing: [{ task: 'TASK_DEV_VIEWER', until: '2026-12-31' }]",
      }),
    ]);
  });

  test("fails an eligibility end on a task whose policy limits eligibility: without from, and beyond the policy's expiry", () => {
    const d = { ...minimal(), tasks: [viewerTask('PROD', { jit: { eligibilityExpiry: 'P30D' } }), viewerTask('DEV')] };
    const noStart = { ...d, roles: [developerRole({ eligible: [{ task: 'TASK_PROD_VIEWER', until: '2026-12-31' }] })] };
    expect(validateDefinition(noStart)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[0].until',
        rule: 'time-bound',
        value: '2026-12-31',
        message: "TASK_PROD_VIEWER's policy limits eligibility to P30D",
        fix: ['add from', 'or drop until: the eligibility then lasts P30D'],
      }),
    ]);
    const tooLong = {
      ...d,
      roles: [developerRole({ eligible: [{ task: 'TASK_PROD_VIEWER', from: '2026-07-01', until: '2026-07-31' }] })],
    };
    expect(validateDefinition(tooLong)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[0].until',
        rule: 'time-bound',
        value: { from: '2026-07-01', until: '2026-07-31' },
        message: "longer than TASK_PROD_VIEWER's policy allows (P30D)",
        fix: ['within 30 days of from', 'raise jit.eligibilityExpiry'],
      }),
    ]);
    const fits = {
      ...d,
      roles: [developerRole({ eligible: [{ task: 'TASK_PROD_VIEWER', from: '2026-07-01', until: '2026-07-30' }] })],
    };
    expect(validateDefinition(fits)).toEqual([]);
  });

  test('fails an eligibility of a task the role also holds time-bound standing: it would never exist', () => {
    const d = withRoles(
      developerRole({
        standing: ['TASK_DEV_VIEWER', { task: 'TASK_PROD_VIEWER', until: '2026-07-14' }],
        eligible: ['TASK_PROD_VIEWER'],
      }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.eligible[0]',
        rule: 'time-bound',
        value: 'TASK_PROD_VIEWER',
        message: [
          'TASK_PROD_VIEWER is also standing until 2026-07-14',
          'nothing remains when the standing access lapses',
        ],
        fix: 'keep one of the two entries for TASK_PROD_VIEWER',
      }),
    ]);
  });

  test('references inside time-bound entries are checked like plain ones', () => {
    const d = withRoles(developerRole({ standing: [{ task: 'TASK_DEV_VIEWR', until: '2026-07-14' }] }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.standing[0].task',
        rule: 'unknown-reference',
        value: 'TASK_DEV_VIEWR',
        message: 'task "TASK_DEV_VIEWR" is not declared. Did you mean "TASK_DEV_VIEWER"?',
        fix: 'declare the task',
      }),
    ]);
  });

  test('fails unknown properties of a time-bound entry (shape)', () => {
    const d = withRoles(developerRole({ standing: [{ task: 'TASK_DEV_VIEWER', expires: '2026-07-14' } as never] }));
    expect(validateDefinition(d).map((p) => [p.path, p.rule])).toEqual([['roles.ROLE_DEVELOPER.standing[0]', 'shape']]);
  });
});

describe('resolution of time-bound access', () => {
  const d = withRoles(
    developerRole({
      standing: [{ task: 'TASK_DEV_VIEWER', from: '2026-07-01', until: '2026-07-14' }],
      eligible: [{ task: 'TASK_PROD_VIEWER', until: '2026-12-31' }],
      members: [{ kind: 'user', objectId: IDS.alice, until: '2026-07-10' }],
    }),
    { name: 'SNR_DEVELOPER', inherits: ['ROLE_DEVELOPER'], members: [{ kind: 'user', objectId: IDS.bob }] },
  );
  const model = resolveDefinition(d);
  const { roles, tasks } = indexModel(model);

  test('every role->task entry carries its window, also when inherited', () => {
    expect(roles.get('ROLE_DEVELOPER')?.standing).toEqual([
      {
        task: 'TASK_DEV_VIEWER',
        via: ['ROLE_DEVELOPER'],
        window: { from: '2026-07-01T00:00:00Z', until: '2026-07-14T23:59:59Z' },
      },
    ]);
    expect(roles.get('ROLE_SNR_DEVELOPER')?.eligible).toEqual([
      {
        task: 'TASK_PROD_VIEWER',
        via: ['ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER'],
        window: { until: '2026-12-31T23:59:59Z' },
      },
    ]);
  });

  test('a time-bound member carries its window; a principal gets the window of its paths', () => {
    expect(roles.get('ROLE_DEVELOPER')?.members).toEqual([
      {
        kind: 'user',
        objectId: IDS.alice,
        until: '2026-07-10',
        key: IDS.alice,
        label: IDS.alice,
        window: { until: '2026-07-10T23:59:59Z' },
      },
    ]);
    const alice = model.principals.find((p) => p.key === IDS.alice);
    // member until 07-10 within the task's 07-01..07-14
    expect(alice?.tasks).toEqual([
      {
        task: 'TASK_DEV_VIEWER',
        mode: 'standing',
        paths: [['ROLE_DEVELOPER']],
        window: { from: '2026-07-01T00:00:00Z', until: '2026-07-10T23:59:59Z' },
      },
      {
        task: 'TASK_PROD_VIEWER',
        mode: 'eligible',
        paths: [['ROLE_DEVELOPER']],
        window: { until: '2026-07-10T23:59:59Z' },
      },
    ]);
  });

  test('a standing-only task held time-bound, and a role with time-bound members, get the default policy; others none', () => {
    expect(tasks.get('TASK_DEV_VIEWER')?.jit).toBeUndefined();
    expect(tasks.get('TASK_DEV_VIEWER')?.assignmentPolicy).toEqual({
      maximumActivation: 'PT4H',
      requireJustification: true,
      requireTicket: false,
      requireApproval: false,
      approvers: [],
      requireMfa: true,
      notifyOnActivation: [],
      eligibilityExpiry: 'never',
    });
    expect(tasks.get('TASK_PROD_VIEWER')?.assignmentPolicy).toBeUndefined();
    expect(roles.get('ROLE_DEVELOPER')?.assignmentPolicy).toMatchObject({
      eligibilityExpiry: 'never',
      requireApproval: false,
    });
    expect(roles.get('ROLE_SNR_DEVELOPER')).not.toHaveProperty('assignmentPolicy');
  });

  test('without time bounds nothing changes: no window, no policy', () => {
    const plain = resolveDefinition(minimal());
    expect(plain.roles[0].standing).toEqual([{ task: 'TASK_DEV_VIEWER', via: ['ROLE_DEVELOPER'] }]);
    expect(plain.tasks.every((t) => !('assignmentPolicy' in t))).toBe(true);
    expect(plain.principals[0].tasks.every((t) => !('window' in t))).toBe(true);
    expect(plain.applications).toEqual([]);
  });
});
