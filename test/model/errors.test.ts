/** The library's error kinds (lib/model/errors.ts): which errors are the library's, and how each is printed. */
import { AccessUsageError, errorText, isLibraryError, LIBRARY_ERROR_KINDS } from '../../lib/model/errors';
import { AccessModelError } from '../../lib/model/problem';
import { AccessQueryError } from '../../lib/report/query-error';
import { AuditExportError } from '../../lib/audit-log/audit-event';
import { UnitTooLargeError } from '../../lib/constructs/stack-chunks';

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
