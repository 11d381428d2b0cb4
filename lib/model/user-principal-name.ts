/**
 * User principal names, as Entra accepts them (Microsoft Entra username policies,
 * https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-policy#username-policies):
 * `alias@domain`, the alias of A-Z, a-z, 0-9 and `' . - _ ! # ^ ~`, at most 64 characters before the @ and 48
 * after it, 113 in all, no period just before the @. A UPN with any other character (whitespace, a control
 * character, a non-ASCII look-alike such as Cyrillic `а` U+0430 for Latin `a`) names no user Entra can have.
 */
import { describeNonAscii, describeSpaceOrControl, firstNonAscii, firstSpaceOrControl } from './characters';
import { domainProblem } from './email-address';

const ALIAS = /^[A-Za-z0-9'._!#^~-]+$/;

/** Why `s` is not a user principal name Entra accepts, or undefined when it is. */
export function userPrincipalNameProblem(s: string): string | undefined {
  if (s === '') return 'it is empty';
  const space = firstSpaceOrControl(s);
  if (space !== undefined) return `it contains ${describeSpaceOrControl(space)}`;
  const foreign = firstNonAscii(s);
  if (foreign !== undefined) return `it contains ${describeNonAscii(foreign)}`;
  const at = s.split('@');
  if (at.length !== 2) return at.length === 1 ? 'it has no "@"' : 'it has more than one "@"';
  const [alias, domain] = at;
  if (alias === '' || alias.length > 64)
    return `the part before the @ is ${alias === '' ? 'empty' : 'over 64 characters'}`;
  if (!ALIAS.test(alias))
    return `the part before the @ ("${alias}") has a character other than A-Z, a-z, 0-9 and ' . - _ ! # ^ ~`;
  if (alias.startsWith('.') || alias.endsWith('.')) return `the part before the @ ("${alias}") starts or ends with "."`;
  if (s.length > 113) return 'it is over 113 characters';
  return domainProblem(domain, 48);
}
