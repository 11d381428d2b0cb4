import { breakGlassDeclared } from '../../../lib/rules/break-glass/break-glass-declared';
import { IDS, minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

describe('break-glass-declared', () => {
  test('a definition declaring break-glass accounts complies', () => {
    expect(violationsOf(breakGlassDeclared, { ...minimal(), breakGlass: [{ objectId: IDS.breakGlass }] })).toEqual([]);
  });

  test('fails (a warning) when none is declared, and says how to suppress it when they are managed elsewhere', () => {
    const [v] = violationsOf(breakGlassDeclared, minimal());
    expect(v).toMatchObject({ path: 'breakGlass', value: [] });
    expect(v.message).toBe(
      "no break-glass account is declared: the rule pack can't check that they exist, are kept out of roles and are excluded from Conditional Access",
    );
    expect(v.fix).toContain("suppress this rule at path 'breakGlass'");
    expect(breakGlassDeclared.level).toBe('warning');
  });
});
