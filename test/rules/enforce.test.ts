/** The pack at synthesis: errors throw a readable RulePackError; other findings go to onFindings. */
import { resolveDefinition } from '../../lib/model';
import { enforceRulePack } from '../../lib/rules/enforce';
import { RulePackError } from '../../lib/rules/error';
import { minimal, viewerTask } from '../fixtures/minimal';

const long = () => ({
  ...minimal(),
  tasks: [viewerTask('PROD', { jit: { maximumActivation: 'PT8H' } }), viewerTask('DEV')],
});

describe('enforceRulePack', () => {
  test('warnings only: returns the result and reports them through onFindings', () => {
    const d = minimal();
    const seen: string[] = [];
    const r = enforceRulePack(resolveDefinition(d), { onFindings: (_r, text) => seen.push(text) });
    expect(r.warnings.map((w) => w.rule)).toEqual(['break-glass-declared']);
    expect(seen).toEqual([
      expect.stringMatching(
        /^The access model has 1 warning from the rule pack:\n1\. warning {2}breakGlass {2}\[break-glass-declared\]\n/,
      ),
    ]);
  });

  test('warnings go to stderr by default', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const d = minimal();
      enforceRulePack(resolveDefinition(d));
      expect(String(write.mock.calls[0][0])).toContain('[break-glass-declared]');
    } finally {
      write.mockRestore();
    }
  });

  test('fails with a RulePackError listing every finding and how to suppress', () => {
    const d = long();
    let error: unknown;
    try {
      enforceRulePack(resolveDefinition(d), { onFindings: () => undefined });
    } catch (e) {
      error = e;
    }
    expect(RulePackError.isRulePackError(error)).toBe(true);
    const e = error as RulePackError;
    expect(e.findings.map((f) => f.rule)).toEqual(['jit-max-activation', 'break-glass-declared']);
    expect(e.message).toBe(
      [
        'The access model breaks 1 rule of the rule pack (and has 1 warning); nothing was synthesized.',
        '1. error  tasks.TASK_PROD_VIEWER.jit.maximumActivation  [jit-max-activation]',
        '    TASK_PROD_VIEWER can be activated for PT8H, longer than the limit PT4H',
        '    value: "PT8H"',
        '    fix: set jit.maximumActivation of TASK_PROD_VIEWER to PT4H or less; if the work needs longer, split it or raise rules.maximumActivation for everyone',
        '2. warning  breakGlass  [break-glass-declared]',
        "    no break-glass account is declared: the rule pack can't check that they exist, are kept out of roles and are excluded from Conditional Access",
        '    value: []',
        "    fix: declare them: breakGlass: [{ objectId: '<id>' }, { objectId: '<id>' }]; if they are managed elsewhere, suppress this rule at path 'breakGlass' saying where",
        "To accept a finding, suppress it with a reason (rules marked unsuppressible can't be): rules: { suppressions: [{ rule: '<rule id>', path: '<path>', reason: '<why, 10+ characters>' }] }",
      ].join('\n'),
    );
  });

  test('failOnErrors: false reports errors with the warnings instead of throwing', () => {
    const d = long();
    const seen: string[] = [];
    const r = enforceRulePack(resolveDefinition(d), {
      failOnErrors: false,
      onFindings: (_r, text) => seen.push(text),
    });
    expect(r.errors).toHaveLength(1);
    expect(seen[0].split('\n')[0]).toBe(
      'The access model has 1 error (failOnErrors: false) and 1 warning from the rule pack:',
    );
  });
});
