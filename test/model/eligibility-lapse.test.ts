/**
 * Eligibilities that last a duration: which ones the model synthesizes with `duration`, and when each lapses,
 * counted from its `from`, from an injected last change of the definition, or unknown (never the real clock or git).
 */
import {
  durationEligibilities,
  eligibilityLapses,
  lapseStartInstant,
  normalizeLapseStart,
  resolveDefinition,
} from '../../lib/model';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { durationEligibility } from '../fixtures/duration-eligibility';

const model = resolveDefinition(durationEligibility());
const BASE = 'BASE_PROD_ENTRA_DIRECTORY_READER';

describe('durationEligibilities', () => {
  test('every eligibility without until on a task with eligibilityExpiry, its role-assignable baseline too, by role then group', () => {
    expect(durationEligibilities(model)).toEqual([
      {
        kind: 'duration',
        role: 'ROLE_AUDITOR',
        group: BASE,
        task: 'TASK_PROD_AUDIT',
        declaredIn: 'ROLE_AUDITOR',
        duration: 'P90D',
        from: '2027-01-01T00:00:00Z',
      },
      {
        kind: 'duration',
        role: 'ROLE_AUDITOR',
        group: 'TASK_PROD_AUDIT',
        task: 'TASK_PROD_AUDIT',
        declaredIn: 'ROLE_AUDITOR',
        duration: 'P90D',
        from: '2027-01-01T00:00:00Z',
      },
      {
        kind: 'duration',
        role: 'ROLE_DEVELOPER',
        group: 'TASK_PROD_VIEWER',
        task: 'TASK_PROD_VIEWER',
        declaredIn: 'ROLE_DEVELOPER',
        duration: 'P30D',
      },
      {
        kind: 'duration',
        role: 'ROLE_OPS',
        group: BASE,
        task: 'TASK_PROD_AUDIT',
        declaredIn: 'ROLE_OPS',
        duration: 'P90D',
      },
      {
        kind: 'duration',
        role: 'ROLE_OPS',
        group: 'TASK_PROD_AUDIT',
        task: 'TASK_PROD_AUDIT',
        declaredIn: 'ROLE_OPS',
        duration: 'P90D',
      },
      {
        kind: 'duration',
        role: 'ROLE_SENIOR',
        group: 'TASK_PROD_VIEWER',
        task: 'TASK_PROD_VIEWER',
        declaredIn: 'ROLE_DEVELOPER',
        duration: 'P30D',
      },
    ]);
  });

  test('none with an end date (ROLE_CONTRACTOR) or a permanent eligibility (eligibilityExpiry never, the default)', () => {
    expect(durationEligibilities(model).map((e) => e.role)).not.toContain('ROLE_CONTRACTOR');
    expect(durationEligibilities(resolveDefinition(vendorAndAgent))).toEqual([]);
  });
});

describe('eligibilityLapses', () => {
  const change = { date: '2026-12-20T10:15:00+01:00', commit: '0123456789abcdef' };

  test('from: exact, start + duration; otherwise counted from the last change, normalized to UTC', () => {
    expect(
      eligibilityLapses(model, change).map((e) => [e.role, e.group, e.countedFrom, e.until, e.lastChange]),
    ).toEqual([
      ['ROLE_AUDITOR', BASE, 'from', '2027-04-01T00:00:00Z', undefined],
      ['ROLE_AUDITOR', 'TASK_PROD_AUDIT', 'from', '2027-04-01T00:00:00Z', undefined],
      [
        'ROLE_DEVELOPER',
        'TASK_PROD_VIEWER',
        'last-change',
        '2027-01-19T09:15:00Z',
        { date: '2026-12-20T09:15:00Z', commit: '0123456789abcdef' },
      ],
      [
        'ROLE_OPS',
        BASE,
        'last-change',
        '2027-03-20T09:15:00Z',
        { date: '2026-12-20T09:15:00Z', commit: '0123456789abcdef' },
      ],
      [
        'ROLE_OPS',
        'TASK_PROD_AUDIT',
        'last-change',
        '2027-03-20T09:15:00Z',
        { date: '2026-12-20T09:15:00Z', commit: '0123456789abcdef' },
      ],
      [
        'ROLE_SENIOR',
        'TASK_PROD_VIEWER',
        'last-change',
        '2027-01-19T09:15:00Z',
        { date: '2026-12-20T09:15:00Z', commit: '0123456789abcdef' },
      ],
    ]);
  });

  test('without a last change (no git), or an unreadable one, the start and lapse are unknown: listed, not dropped', () => {
    for (const lapses of [eligibilityLapses(model), eligibilityLapses(model, { date: 'last Tuesday' })]) {
      expect(lapses.map((e) => [e.role, e.group, e.countedFrom, e.until])).toEqual([
        ['ROLE_AUDITOR', BASE, 'from', '2027-04-01T00:00:00Z'],
        ['ROLE_AUDITOR', 'TASK_PROD_AUDIT', 'from', '2027-04-01T00:00:00Z'],
        ['ROLE_DEVELOPER', 'TASK_PROD_VIEWER', 'unknown', undefined],
        ['ROLE_OPS', BASE, 'unknown', undefined],
        ['ROLE_OPS', 'TASK_PROD_AUDIT', 'unknown', undefined],
        ['ROLE_SENIOR', 'TASK_PROD_VIEWER', 'unknown', undefined],
      ]);
    }
  });
});

describe('lapseStartInstant', () => {
  test.each([
    ['2026-03-02', '2026-03-02T00:00:00Z'],
    ['2026-03-02T10:15:00Z', '2026-03-02T10:15:00Z'],
    ['2026-03-02T10:15:00+01:00', '2026-03-02T09:15:00Z'],
    ['2026-03-02T00:30:00-02:30', '2026-03-02T03:00:00Z'],
    ['2026-03-02T10:15:00.123Z', '2026-03-02T10:15:00Z'],
    ['2026-03-02T10:15:00', undefined],
    ['2026-02-30', undefined],
    ['2026-03-02, PR #41', undefined],
  ])('%s', (date, instant) => {
    expect(lapseStartInstant(date)).toBe(instant);
  });

  test('normalizeLapseStart keeps the commit, refuses a date it cannot read', () => {
    expect(normalizeLapseStart({ date: '2026-03-02T10:15:00+01:00', commit: 'abc' })).toEqual({
      date: '2026-03-02T09:15:00Z',
      commit: 'abc',
    });
    expect(normalizeLapseStart({ date: 'yesterday' })).toBeUndefined();
  });
});
