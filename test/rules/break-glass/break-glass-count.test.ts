import { breakGlassCount } from '../../../lib/rules/break-glass/break-glass-count';
import { IDS, minimal } from '../../fixtures/minimal';
import { MORE_IDS } from '../fixtures';
import { outcomeOf, violationsOf } from '../helpers';

describe('break-glass-count', () => {
  test('two accounts comply', () => {
    expect(
      violationsOf(breakGlassCount, {
        ...minimal(),
        breakGlass: [{ objectId: IDS.breakGlass }, { objectId: MORE_IDS.breakGlass2 }],
      }),
    ).toEqual([]);
  });

  test('fails for a single account, and is not suppressible', () => {
    expect(
      violationsOf(breakGlassCount, {
        ...minimal(),
        breakGlass: [{ objectId: IDS.breakGlass, displayName: 'bg1@contoso.onmicrosoft.com' }],
      }),
    ).toEqual([
      {
        path: 'breakGlass',
        message:
          'only 1 break-glass account is declared: if it is locked out or its credential is lost, nobody can recover the tenant',
        value: ['bg1@contoso.onmicrosoft.com'],
        fix: 'declare a second cloud-only emergency account (a different credential, stored apart)',
      },
    ]);
    expect(breakGlassCount.suppressible).toBe(false);
  });

  test('does not apply when none is declared (break-glass-declared covers it)', () => {
    expect(outcomeOf(breakGlassCount, minimal())).toEqual({
      notApplicable: 'no break-glass account is declared (see break-glass-declared)',
    });
  });
});
