/**
 * Rules `user-principal-name` and `look-alike`: a member's UPN is one Entra accepts, and a non-ASCII look-alike of
 * another member's UPN (`dаve@` with a Cyrillic `а`) is named next to the real one.
 */
import { userPrincipalNameProblem, validateDefinition, type Member } from '../../lib/model';
import { developerRole, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const upn = (userPrincipalName: string): Member => ({ kind: 'user', userPrincipalName });
const CYRILLIC_A = '\u0430';

describe('userPrincipalNameProblem', () => {
  test.each([
    'alice@contoso.com',
    "o'brien@contoso.com",
    'first.last_x-y!#^~@contoso.onmicrosoft.com',
    'alice_fabrikam.com#EXT#@contoso.onmicrosoft.com',
  ])('accepts %s', (u) => {
    expect(userPrincipalNameProblem(u)).toBeUndefined();
  });

  test.each([
    ['', 'it is empty'],
    ['bob', 'it has no "@"'],
    ['bob@contoso.com\n', 'a line break (U+000A)'],
    [' bob@contoso.com', 'a space'],
    ['bob\u200b@contoso.com', 'the non-ASCII character'],
    [
      `d${CYRILLIC_A}ve@contoso.com`,
      `the non-ASCII character "${CYRILLIC_A}" (U+0430), which may look like a Latin letter`,
    ],
    ['bob@x@contoso.com', 'more than one "@"'],
    ['bob+pim@contoso.com', "has a character other than A-Z, a-z, 0-9 and ' . - _ ! # ^ ~"],
    ['${x}@contoso.com', 'has a character other than'],
    ['bob.@contoso.com', 'starts or ends with "."'],
    [`${'b'.repeat(65)}@contoso.com`, 'over 64 characters'],
    [`bob@${'c'.repeat(45)}.com`, 'over 48 characters'],
    ['bob@contoso', 'has no "."'],
  ])('refuses %j: %s', (u, reason) => {
    expect(userPrincipalNameProblem(u)).toContain(reason);
  });
});

describe('user-principal-name and look-alike in a definition', () => {
  test('fails a UPN with a control character, with the format in the fix', () => {
    const d = withRoles(developerRole({ members: [upn('carol@contoso.com\u0000')] }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0].userPrincipalName',
        rule: 'user-principal-name',
        value: 'carol@contoso.com\u0000',
        message: ['not a user principal name Entra accepts', 'the whitespace or control character U+0000'],
        fix: ['alias@domain', "A-Z, a-z, 0-9 and ' . - _ ! # ^ ~ before the @", '64', '48', '113'],
      }),
    ]);
  });

  test('fails a Cyrillic look-alike next to the real UPN, naming the real one (in another role too)', () => {
    const fake = `d${CYRILLIC_A}ve@contoso.com`;
    const d = withRoles(
      developerRole({ members: [upn('Dave@contoso.com')] }),
      developerRole({ name: 'OPERATOR', standing: [], members: [upn(fake)] }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_OPERATOR.members[0].userPrincipalName',
        rule: 'look-alike',
        value: fake,
        message: [
          `"${fake}" looks like "Dave@contoso.com" (roles.ROLE_DEVELOPER.members[0].userPrincipalName) but is not the same`,
          'U+0430',
        ],
        fix: [
          "Entra allows only A-Z, a-z, 0-9 and ' . - _ ! # ^ ~ in a UPN",
          'an error, not a warning',
          'write "Dave@contoso.com" with Latin letters',
        ],
      }),
    ]);
  });

  test('fails a non-ASCII UPN without a real twin as user-principal-name', () => {
    const d = withRoles(developerRole({ members: [upn(`m${CYRILLIC_A}llory@contoso.com`)] }));
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.members[0].userPrincipalName',
        rule: 'user-principal-name',
        value: `m${CYRILLIC_A}llory@contoso.com`,
        message: 'U+0430',
        fix: 'alias@domain',
      }),
    ]);
  });
});
