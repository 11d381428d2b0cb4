/** The pack: every rule run, a throwing rule reported, options checked, suppressions applied and audited. */
import { resolveDefinition, type AccessModelDefinition } from '../../lib/model';
import { ALL_RULES } from '../../lib/rules/all-rules';
import { runRulePack, type RulePackResult } from '../../lib/rules/pack';
import type { Rule } from '../../lib/rules/rule';
import { minimal, viewerTask } from '../fixtures/minimal';

const longActivation = (): AccessModelDefinition => ({
  ...minimal(),
  tasks: [viewerTask('PROD', { jit: { maximumActivation: 'PT8H', requireMfa: false } }), viewerTask('DEV')],
});
const run = (d: AccessModelDefinition, options = {}, rules?: readonly Rule[]): RulePackResult =>
  runRulePack(resolveDefinition(d), options, rules);
const brief = (r: RulePackResult) => r.findings.map((f) => `${f.level} ${f.rule} ${f.path}`);

describe('running the pack', () => {
  test('every finding at once, errors first, then warnings, each by path', () => {
    expect(brief(run(longActivation()))).toEqual([
      'error jit-max-activation tasks.TASK_PROD_VIEWER.jit.maximumActivation',
      'warning break-glass-declared breakGlass',
      'warning jit-mfa tasks.TASK_PROD_VIEWER.jit.requireMfa',
    ]);
  });

  test('lists every rule with its status; a rule that does not apply says why', () => {
    const r = run(longActivation());
    expect(r.rules.map((s) => s.id)).toEqual(ALL_RULES.map((x) => x.id));
    expect(r.rules.find((s) => s.id === 'jit-max-activation')).toMatchObject({
      status: 'non-compliant',
      findings: 1,
      suppressed: 0,
      level: 'error',
      suppressible: true,
    });
    expect(r.rules.find((s) => s.id === 'token-group-limit')).toMatchObject({ status: 'compliant', findings: 0 });
    expect(r.rules.find((s) => s.id === 'vpn-group-limit')).toMatchObject({
      status: 'not-applicable',
      reason: 'no baseline grants a VPN pool',
    });
    expect(r.rules.find((s) => s.id === 'vpn-group-limit')).not.toHaveProperty('check');
  });

  test('fails softly for a rule that throws: a rule-failure finding at rules.<id>, the other rules still run', () => {
    const broken: Rule = {
      id: 'broken-rule',
      level: 'warning',
      suppressible: true,
      summary: 's',
      source: 's',
      check: () => {
        throw new Error('boom');
      },
    };
    const r = run(minimal(), {}, [broken, ...ALL_RULES]);
    expect(r.findings[0]).toEqual({
      path: 'rules.broken-rule',
      rule: 'rule-failure',
      level: 'error',
      message: 'rule broken-rule failed to run: boom',
      fix: 'report it as a bug of the rule; to go on meanwhile, suppress rule-failure at rules.broken-rule with a reason',
    });
    expect(r.rules[0]).toMatchObject({ id: 'broken-rule', status: 'failed', reason: 'boom' });
    expect(brief(r)).toContain('warning break-glass-declared breakGlass');
    const suppressed = run(
      minimal(),
      {
        suppressions: [
          { rule: 'rule-failure', path: 'rules.broken-rule', reason: 'BUG-77: fixed in the next release' },
        ],
      },
      [broken, ...ALL_RULES],
    );
    expect(suppressed.errors).toEqual([]);
  });

  test('is deterministic: the same input gives the same result', () => {
    expect(JSON.stringify(run(longActivation()))).toBe(JSON.stringify(run(longActivation())));
  });
});

describe('suppressions', () => {
  const reason = 'CHG-1234: the quarterly migration runs 8 hours; reviewed by security';

  test('a suppression silences the finding at its path and is listed with its reason', () => {
    const r = run(longActivation(), {
      suppressions: [{ rule: 'jit-max-activation', path: 'tasks.TASK_PROD_VIEWER.jit.maximumActivation', reason }],
    });
    expect(brief(r)).toEqual([
      'warning break-glass-declared breakGlass',
      'warning jit-mfa tasks.TASK_PROD_VIEWER.jit.requireMfa',
    ]);
    expect(r.suppressed.map((s) => [s.rule, s.path, s.reason, s.suppressedAt])).toEqual([
      [
        'jit-max-activation',
        'tasks.TASK_PROD_VIEWER.jit.maximumActivation',
        reason,
        'tasks.TASK_PROD_VIEWER.jit.maximumActivation',
      ],
    ]);
    expect(r.suppressions).toEqual([
      {
        rule: 'jit-max-activation',
        path: 'tasks.TASK_PROD_VIEWER.jit.maximumActivation',
        reason,
        valid: true,
        matched: ['tasks.TASK_PROD_VIEWER.jit.maximumActivation'],
      },
    ]);
    expect(r.rules.find((s) => s.id === 'jit-max-activation')).toMatchObject({
      status: 'suppressed',
      findings: 0,
      suppressed: 1,
    });
  });

  test('a suppression at an ancestor path (the task) covers its findings of that rule only', () => {
    const r = run(longActivation(), { suppressions: [{ rule: 'jit-mfa', path: 'tasks.TASK_PROD_VIEWER', reason }] });
    expect(brief(r)).toEqual([
      'error jit-max-activation tasks.TASK_PROD_VIEWER.jit.maximumActivation',
      'warning break-glass-declared breakGlass',
    ]);
  });

  test('fails for a reason under 10 characters, and the finding stays', () => {
    const r = run(longActivation(), {
      suppressions: [{ rule: 'jit-max-activation', path: 'tasks.TASK_PROD_VIEWER', reason: ' too long ' }],
    });
    expect(r.errors.map((f) => [f.rule, f.path])).toEqual([
      ['suppression', 'rules.suppressions[0].reason'],
      ['jit-max-activation', 'tasks.TASK_PROD_VIEWER.jit.maximumActivation'],
    ]);
    expect(r.suppressions[0]).toMatchObject({ valid: false, matched: [] });
  });

  test('fails for an unknown rule (with a suggestion) and for an unsuppressible rule', () => {
    const d = { ...minimal(), breakGlass: [{ objectId: '0000b6a1-0000-4000-8000-000000000001' }] };
    const r = run(d, {
      suppressions: [
        { rule: 'jit-max-activaton', path: 'tasks', reason },
        { rule: 'break-glass-count', path: 'breakGlass', reason },
      ],
    });
    expect(r.errors.map((f) => [f.rule, f.path, f.message])).toEqual([
      [
        'break-glass-count',
        'breakGlass',
        'only 1 break-glass account is declared: if it is locked out or its credential is lost, nobody can recover the tenant',
      ],
      [
        'suppression',
        'rules.suppressions[0].rule',
        'rule "jit-max-activaton" does not exist. Did you mean "jit-max-activation"?',
      ],
      [
        'suppression',
        'rules.suppressions[1].rule',
        "rule break-glass-count can't be suppressed (break-glass accounts come at least in pairs)",
      ],
    ]);
  });

  test('fails for a suppression that matches no finding, suggesting the nearest path', () => {
    const r = run(longActivation(), {
      suppressions: [{ rule: 'jit-max-activation', path: 'tasks.TASK_PROD_VIEWR.jit.maximumActivation', reason }],
    });
    expect(r.errors.find((f) => f.rule === 'suppression')).toEqual({
      path: 'rules.suppressions[0].path',
      rule: 'suppression',
      level: 'error',
      message:
        'the suppression of jit-max-activation at tasks.TASK_PROD_VIEWR.jit.maximumActivation matches no finding. Did you mean "tasks.TASK_PROD_VIEWER.jit.maximumActivation"?',
      value: 'tasks.TASK_PROD_VIEWR.jit.maximumActivation',
      fix: 'remove it (the finding is gone), or correct the path to one the finding prints',
    });
  });
});

describe('rule options', () => {
  test('fails for unknown options, a bad limit and a bad duration, without crashing or applying suppressions', () => {
    const r = run(minimal(), {
      maximumActivaton: 'PT4H',
      limits: { tokenGroups: 0 },
      suppressions: [{ rule: 'x' }],
    } as never);
    expect(r.errors.map((f) => [f.rule, f.path])).toEqual([
      ['rule-options', 'rules'],
      ['rule-options', 'rules.limits.tokenGroups'],
      ['rule-options', 'rules.suppressions[0].path'],
      ['rule-options', 'rules.suppressions[0].reason'],
    ]);
    expect(r.errors[0].message).toBe('unknown rule pack option "maximumActivaton"');
  });

  test('fails for an unknown separation-of-duties task, a bad senior approver, address and duration', () => {
    const r = run(minimal(), {
      maximumActivation: 'four hours',
      separationOfDuties: [['TASK_PROD_VIEWR', 'TASK_DEV_VIEWER']],
      seniorApprovers: ['ROLE_LEED'],
      securityNotifications: ['security team'],
    });
    expect(r.errors.map((f) => [f.path, f.message])).toEqual([
      ['rules.maximumActivation', 'the activation limit is not an ISO 8601 duration of hours and minutes'],
      ['rules.securityNotifications[0]', 'not an e-mail address (PIM notifies addresses)'],
      ['rules.seniorApprovers[0]', '"ROLE_LEED" is neither a role of the definition nor an object ID.'],
      ['rules.separationOfDuties[0][0]', 'task "TASK_PROD_VIEWR" is not declared. Did you mean "TASK_PROD_VIEWER"?'],
    ]);
    expect(r.errors.every((f) => f.rule === 'rule-options')).toBe(true);
  });
});
