/**
 * The e-mail addresses a definition gives (PIM activation notifications, the security team, action group
 * receivers): one plain address each, `local@domain`, so a value can never add a mail header (`\nBcc: ...`), a
 * second recipient (`a@x.com, b@y.com`) or a display name. Stricter than RFC 5322 on purpose: no quoted local
 * parts, comments or IP literals, and a local part of letters, digits and `. _ - + ' ! # ^ ~` only.
 */
import { describeNonAscii, describeSpaceOrControl, firstNonAscii, firstSpaceOrControl } from './characters';

const LOCAL = /^[A-Za-z0-9._+'!#^~-]+$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** How to write an address, for the fix of a problem. */
export const EMAIL_ADDRESS_FIX =
  "write one plain address, name@domain, e.g. security@contoso.com: letters, digits and . _ - + ' ! # ^ ~ before the @, no display name, space, line break or second address";

/** Why the domain of an address or UPN is not a DNS name of at least two labels, or undefined. */
export function domainProblem(domain: string, max: number): string | undefined {
  if (domain.length > max) return `the domain "${domain}" is over ${max} characters`;
  const labels = domain.split('.');
  if (labels.length < 2) return `the domain "${domain}" has no "." (e.g. contoso.com)`;
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined)
    return bad === ''
      ? `the domain "${domain}" has an empty label (a leading, trailing or doubled ".")`
      : `the domain label "${bad}" is not 1-63 letters, digits and "-" (not at its start or end)`;
  if (/^[0-9]+$/.test(labels[labels.length - 1]))
    return `the domain "${domain}" ends with a number, not a top-level domain`;
  return undefined;
}

/** Why `s` is not one plain e-mail address, or undefined when it is. */
export function emailAddressProblem(s: string): string | undefined {
  if (s === '') return 'it is empty';
  const space = firstSpaceOrControl(s);
  if (space === '\n' || space === '\r')
    return 'it contains a line break, which starts a new mail header (e.g. "Bcc:"): mail would go to someone not listed';
  if (/[,;]/.test(s)) return 'it lists more than one address ("," or ";"): give each address as its own entry';
  if (/[<>"]/.test(s)) return 'it is in display-name form ("Name <address>"): give the bare address';
  if (space !== undefined) return `it contains ${describeSpaceOrControl(space)}`;
  const foreign = firstNonAscii(s);
  if (foreign !== undefined)
    return `it contains ${describeNonAscii(foreign)}; write an internationalized domain in its xn-- form`;
  const at = s.split('@');
  if (at.length !== 2) return at.length === 1 ? 'it has no "@"' : 'it has more than one "@"';
  const [local, domain] = at;
  if (local === '' || local.length > 64)
    return `the part before the @ is ${local === '' ? 'empty' : 'over 64 characters'}`;
  if (!LOCAL.test(local))
    return `the part before the @ ("${local}") has a character other than letters, digits and . _ - + ' ! # ^ ~`;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return `the part before the @ ("${local}") starts or ends with ".", or has ".."`;
  if (s.length > 254) return 'it is over 254 characters';
  return domainProblem(domain, 253);
}
