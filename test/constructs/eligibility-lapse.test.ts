/**
 * Eligibilities that last a duration in the synthesized Terraform: the model lists exactly the schedules
 * synthesized with `duration`, at the addresses the listing prints; and the synthesis warning dates them from the
 * definition's last change (an injected reader: tests never run git), from `lastChange`, or counts them undated.
 */
import { resolve } from 'path';
import { eligibilityScheduleAddress } from '../../lib/constructs/eligibility-schedule';
import { durationEligibilities, resolveDefinition } from '../../lib/model';
import type { LastChangeReader } from '../../lib/review';
import { opsOrganisation, opsRules } from '../fixtures/construct-fixtures';
import { durationEligibility } from '../fixtures/duration-eligibility';
import { synthOne } from './synth-helper';

const ELIGIBILITY = 'azuread_privileged_access_group_eligibility_schedule';
/** The fixture's rule findings (a tenant-wide task without approvers) are other tests' business. */
const rules = { failOnErrors: false, onFindings: () => undefined };

describe('the eligibilities the model lists are the ones synthesized with a duration', () => {
  test.each([
    ['the duration fixture', durationEligibility(), rules],
    ['the ops organisation', opsOrganisation, opsRules],
  ] as const)('%s', (_, definition, ruleOptions) => {
    const tf = synthOne({ definition, rules: ruleOptions, expiryWarning: false });
    const synthesized = Object.entries(tf.resources(ELIGIBILITY))
      .filter(([, r]) => r.duration !== undefined)
      .map(([name, r]) => [`${ELIGIBILITY}.${name}`, r.duration, r.start_date])
      .sort();
    const listed = durationEligibilities(resolveDefinition(definition))
      .map((e) => [eligibilityScheduleAddress(e.role, e.group), e.duration, e.from])
      .sort();
    expect(listed).toEqual(synthesized);
    expect(listed.length).toBeGreaterThan(0);
  });

  test('the address of a name Terraform cannot hold carries its hash, as the schedule does', () => {
    expect(eligibilityScheduleAddress('ROLE_DEVELOPER', 'TASK_PROD_VIEWER')).toBe(
      `${ELIGIBILITY}.ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER`,
    );
    expect(eligibilityScheduleAddress('ROLE_VM Operator (DEV)', 'TASK_X')).toMatch(
      new RegExp(`^${ELIGIBILITY}\\.ROLE_VM_Operator_DEV__[0-9a-f]{8}__eligible__TASK_X$`),
    );
  });
});

describe('the synthesis warning', () => {
  const now = new Date('2027-01-25T00:00:00Z');
  const fromGit: LastChangeReader = () => ({
    date: '2026-12-20T10:15:00+01:00',
    commit: '0123456789abcdef',
    source: 'git',
  });
  const synth = (options: Record<string, unknown>, definition = durationEligibility()) => {
    const lines: string[] = [];
    synthOne({ definition, rules, expiryWarning: { now, write: (t: string) => lines.push(t), ...options } });
    return lines.join('');
  };

  test('definitionFile: dated from its last commit, with the address and how to renew', () => {
    const asked: string[] = [];
    const text = synth({
      definitionFile: 'access/definition.ts',
      readLastChange: (file: string) => (asked.push(file), fromGit(file)),
    });
    expect(asked).toEqual([resolve('access/definition.ts')]);
    expect(text).toBe(
      [
        'Warning: 2 eligibilities that last a duration have lapsed (now 2027-01-25T00:00:00Z):',
        "  LAPSED    2027-01-19T09:15:00Z  ROLE_DEVELOPER eligible TASK_PROD_VIEWER: lapsed about 2027-01-19, 5 days ago: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
        `      resource ${ELIGIBILITY}.ROLE_DEVELOPER__eligible__TASK_PROD_VIEWER`,
        "  LAPSED    2027-01-19T09:15:00Z  ROLE_SENIOR eligible TASK_PROD_VIEWER (inherited from ROLE_DEVELOPER): lapsed about 2027-01-19, 5 days ago: P30D counted from the definition's last change 2026-12-20T09:15:00Z (commit 0123456789ab)",
        `      resource ${ELIGIBILITY}.ROLE_SENIOR__eligible__TASK_PROD_VIEWER`,
        "Terraform keeps an eligibility that lapsed after its duration in its state and never re-creates it. Renew it before it lapses with terraform apply -replace='<resource>' in its stack, or by setting from on its entry to the day you apply; once it has lapsed, terraform state rm '<resource>', then apply.",
        '',
      ].join('\n'),
    );
  });

  test('lastChange instead of git; a date it cannot read fails', () => {
    const readLastChange = () => {
      throw new Error('git must not be asked');
    };
    expect(synth({ lastChange: '2026-12-27', definitionFile: 'd.ts', readLastChange })).toContain(
      "  lapsing   2027-01-26T00:00:00Z  ROLE_DEVELOPER eligible TASK_PROD_VIEWER: lapses about 2027-01-26, in 1 day: P30D counted from the definition's last change 2026-12-27T00:00:00Z\n",
    );
    expect(() => synth({ lastChange: 'last week' })).toThrow(
      'expiryWarning.lastChange "last week" is not an ISO 8601 date or date-time; use e.g. "2026-03-02"',
    );
  });

  test('without a definitionFile (or when git knows nothing) the undated ones are counted in one line', () => {
    const undated =
      "Warning: 4 eligibilities last P30D or P90D from when they were applied, and Terraform won't re-create them once lapsed; " +
      'the dates are unknown here: set expiryWarning.definitionFile (its last commit is counted as the start) or ' +
      'expiryWarning.lastChange, or run task-access expiring --definition <file>.\n';
    expect(synth({})).toBe(undated);
    expect(synth({ definitionFile: 'd.ts', readLastChange: () => undefined })).toBe(undated);
  });

  test('git is not asked when no eligibility lasts a duration from an unknown start', () => {
    const d = durationEligibility();
    const onlyDated = { ...d, roles: d.roles.filter((r) => r.name === 'AUDITOR' || r.name === 'CONTRACTOR') };
    const readLastChange = () => {
      throw new Error('git must not be asked');
    };
    expect(synth({ definitionFile: 'd.ts', readLastChange }, onlyDated)).toBe('');
  });
});
