/** The library's error kinds (lib/model/errors.ts): which errors are the library's, and how each is printed. */
import { AccessUsageError, errorText, isLibraryError, LIBRARY_ERROR_KINDS } from '../../lib/model/errors';
import { AccessModelError } from '../../lib/model/problem';
import { AccessQueryError } from '../../lib/report/query-error';
import { AuditExportError } from '../../lib/audit-log/audit-event';
import { UnitTooLargeError } from '../../lib/constructs/stack-chunks';
import { RulePackError } from '../../lib/rules/error';

test('every kind of the library is a library error, printed as its message alone', () => {
  const errors: Error[] = [
    new AccessModelError([{ path: 'roles', rule: 'naming', message: 'bad', fix: 'rename it' }]),
    new AccessQueryError('cluster "aks-prd" is not a cluster of the definition.'),
    new AuditExportError('a.json: record 2 has no activityDateTime'),
    new UnitTooLargeError({ key: 'TASK_X', resources: 9 }, 3),
    new AccessUsageError('Two access models in one app would both write access-model.json'),
  ];
  expect(errors.map((e) => e.name)).toEqual(Object.keys(LIBRARY_ERROR_KINDS).filter((k) => k !== 'RulePackError'));
  for (const e of errors) {
    expect(isLibraryError(e)).toBe(true);
    expect(errorText(e)).toBe(e.message);
  }
});

test('every kind has a static check that recognises it by name, also from a copy of the library', () => {
  const checks: Record<string, (e: unknown) => boolean> = {
    AccessModelError: AccessModelError.isAccessModelError,
    RulePackError: RulePackError.isRulePackError,
    AccessQueryError: AccessQueryError.isAccessQueryError,
    AuditExportError: AuditExportError.isAuditExportError,
    UnitTooLargeError: UnitTooLargeError.isUnitTooLargeError,
    AccessUsageError: AccessUsageError.isAccessUsageError,
  };
  expect(Object.keys(checks).sort()).toEqual(Object.keys(LIBRARY_ERROR_KINDS).sort());
  for (const [name, check] of Object.entries(checks)) {
    // A copy of the library's error: the name, and the data the checks of AccessModelError and RulePackError read.
    const copy = Object.assign(new Error('from another copy'), { problems: [], findings: [] });
    copy.name = name;
    const other = Object.keys(checks).find((n) => n !== name) as string;
    const wrong = new Error('another kind');
    wrong.name = other;
    expect([name, check(copy), check(wrong), check(new Error(name))]).toEqual([name, true, false, false]);
  }
});

test('a copy of the library elsewhere is recognised by the name', () => {
  const copy = new Error('No group named "X"');
  copy.name = 'AccessUsageError';
  expect(isLibraryError(copy)).toBe(true);
  expect(AccessUsageError.isAccessUsageError(copy)).toBe(true);
});

test("any other error (a bug, the user's own code) keeps its stack", () => {
  const mine = new TypeError('cannot read properties of undefined');
  expect(isLibraryError(mine)).toBe(false);
  expect(errorText(mine)).toBe(mine.stack);
  expect(isLibraryError('a string')).toBe(false);
  expect(errorText('a string')).toBe('a string');
  const own = new Error('toString');
  own.name = 'toString';
  expect(isLibraryError(own)).toBe(false);
});
