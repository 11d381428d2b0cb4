/**
 * Rule `time-bound` across inheritance: a role reaching one task through entries that end differently (permanent and
 * time-bound, or two windows) is rejected with the chain, both ways round, once, where the entries meet.
 */
import { resolveDefinition, validateDefinition } from '../../lib/model';
import type { RoleDefinition } from '../../lib/model';
import { developerRole, IDS, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const bob = { kind: 'user' as const, objectId: IDS.bob };
const role = (name: string, extra: Partial<RoleDefinition>): RoleDefinition => ({ name, members: [bob], ...extra });

describe('a task reached permanently and time-bound across inheritance', () => {
  test('inherited permanently, declared time-bound of its own: rejected at the own entry, with the chain', () => {
    const d = withRoles(
      developerRole({ standing: ['TASK_DEV_VIEWER'], eligible: [] }),
      role('SNR_DEVELOPER', {
        inherits: ['ROLE_DEVELOPER'],
        standing: [{ task: 'TASK_DEV_VIEWER', until: '2027-01-31' }],
      }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_SNR_DEVELOPER.standing[0]',
        rule: 'time-bound',
        value: 'TASK_DEV_VIEWER',
        message: [
          'ROLE_SNR_DEVELOPER reaches TASK_DEV_VIEWER through two entries that end differently',
          'until 2027-01-31 (standing, of its own)',
          'permanently (standing, inherited via ROLE_SNR_DEVELOPER -> ROLE_DEVELOPER)',
          'one of them would be dropped',
        ],
        fix: [
          'drop this entry (ROLE_SNR_DEVELOPER already holds TASK_DEV_VIEWER permanently through ROLE_DEVELOPER)',
          'or stop inheriting ROLE_DEVELOPER',
        ],
      }),
    ]);
  });

  test('inherited time-bound standing, held permanently eligible of its own: rejected (the eligibility would be hidden)', () => {
    const d = withRoles(
      developerRole({ standing: [{ task: 'TASK_PROD_VIEWER', until: '2027-01-31' }], eligible: [] }),
      role('SNR_DEVELOPER', { inherits: ['ROLE_DEVELOPER'], eligible: ['TASK_PROD_VIEWER'] }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_SNR_DEVELOPER.eligible[0]',
        rule: 'time-bound',
        value: 'TASK_PROD_VIEWER',
        message: [
          'permanently (eligible, of its own)',
          'until 2027-01-31 (standing, inherited via ROLE_SNR_DEVELOPER -> ROLE_DEVELOPER)',
        ],
        fix: 'already holds TASK_PROD_VIEWER until 2027-01-31 through ROLE_DEVELOPER',
      }),
    ]);
  });

  test('two parents, one permanent and one time-bound: rejected at inherits, naming both chains', () => {
    const d = withRoles(
      developerRole(),
      role('CONTRACTOR', { eligible: [{ task: 'TASK_PROD_VIEWER', from: '2027-01-01', until: '2027-01-31' }] }),
      role('LEAD', { inherits: ['ROLE_DEVELOPER', 'ROLE_CONTRACTOR'] }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_LEAD.inherits',
        rule: 'time-bound',
        value: 'TASK_PROD_VIEWER',
        message: [
          'from 2027-01-01 until 2027-01-31 (eligible, inherited via ROLE_LEAD -> ROLE_CONTRACTOR)',
          'permanently (eligible, inherited via ROLE_LEAD -> ROLE_DEVELOPER)',
        ],
        fix: ['declare TASK_PROD_VIEWER in ROLE_LEAD itself', 'stop inheriting one of ROLE_CONTRACTOR, ROLE_DEVELOPER'],
      }),
    ]);
  });

  test('a conflict inside a parent is reported on the parent only, not again on each child', () => {
    const d = withRoles(
      developerRole({ standing: ['TASK_DEV_VIEWER'], eligible: [] }),
      role('SNR_DEVELOPER', {
        inherits: ['ROLE_DEVELOPER'],
        standing: [{ task: 'TASK_DEV_VIEWER', until: '2027-01-31' }],
      }),
      role('LEAD', { inherits: ['ROLE_SNR_DEVELOPER'] }),
    );
    expect(validateDefinition(d).map((p) => p.path)).toEqual(['roles.ROLE_SNR_DEVELOPER.standing[0]']);
  });
});

describe('entries that end the same way stay valid', () => {
  test('permanent standing inherited, permanent eligible of its own: standing, as within one role', () => {
    const d = withRoles(
      developerRole({ standing: ['TASK_PROD_VIEWER'], eligible: [] }),
      role('SNR_DEVELOPER', { inherits: ['ROLE_DEVELOPER'], eligible: ['TASK_PROD_VIEWER'] }),
    );
    expect(validateDefinition(d)).toEqual([]);
    const snr = resolveDefinition(d).roles.find((r) => r.name === 'ROLE_SNR_DEVELOPER');
    expect(snr?.standing.map((a) => a.task)).toEqual(['TASK_PROD_VIEWER']);
    expect(snr?.eligible).toEqual([]);
  });

  test('the same window inherited and of its own: valid, and the window is kept', () => {
    const window = { task: 'TASK_DEV_VIEWER', until: '2027-01-31' } as const;
    const d = withRoles(
      developerRole({ standing: [window], eligible: [] }),
      role('SNR_DEVELOPER', { inherits: ['ROLE_DEVELOPER'], standing: [window] }),
    );
    expect(validateDefinition(d)).toEqual([]);
    const snr = resolveDefinition(d).roles.find((r) => r.name === 'ROLE_SNR_DEVELOPER');
    expect(snr?.standing).toEqual([
      { task: 'TASK_DEV_VIEWER', via: ['ROLE_SNR_DEVELOPER'], window: { until: '2027-01-31T23:59:59Z' } },
    ]);
  });

  test('a date PIM cannot read is reported by the format check alone', () => {
    const d = withRoles(
      developerRole({ standing: ['TASK_DEV_VIEWER'], eligible: [] }),
      role('SNR_DEVELOPER', {
        inherits: ['ROLE_DEVELOPER'],
        standing: [{ task: 'TASK_DEV_VIEWER', until: '31/01/2027' }],
      }),
    );
    expect(validateDefinition(d).map((p) => [p.path, p.rule])).toEqual([
      ['roles.ROLE_SNR_DEVELOPER.standing[0].until', 'time-bound'],
    ]);
  });
});
