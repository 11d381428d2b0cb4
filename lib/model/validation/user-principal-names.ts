/**
 * Rules `user-principal-name` and `look-alike`: every member's UPN is one Entra accepts, and a UPN that only looks
 * like another member's (a Cyrillic `а` in `dаve@`) is named next to the real one.
 */
import { firstNonAscii } from '../characters';
import { lookAlikeSkeleton } from '../look-alike';
import { userPrincipalNameProblem } from '../user-principal-name';
import { rolePath, type ValidationContext } from './context';

const ALLOWED = "A-Z, a-z, 0-9 and ' . - _ ! # ^ ~";

/** Checks the `userPrincipalName` of every user member. */
export function checkUserPrincipalNames(ctx: ValidationContext): void {
  const upns: { path: string; upn: string }[] = [];
  for (const r of ctx.definition.roles)
    (r.members ?? []).forEach((m, i) => {
      if (m.kind === 'user' && m.userPrincipalName !== undefined && m.objectId === undefined)
        upns.push({ path: `${rolePath(r)}.members[${i}].userPrincipalName`, upn: m.userPrincipalName });
    });
  const real = new Map<string, { path: string; upn: string }>();
  for (const u of upns)
    if (userPrincipalNameProblem(u.upn) === undefined && !real.has(u.upn.toLowerCase()))
      real.set(u.upn.toLowerCase(), u);
  for (const u of upns) {
    const why = userPrincipalNameProblem(u.upn);
    if (why === undefined) continue;
    const twin = firstNonAscii(u.upn) !== undefined ? real.get(lookAlikeSkeleton(u.upn)) : undefined;
    if (twin) {
      ctx.report(
        u.path,
        'look-alike',
        `"${u.upn}" looks like "${twin.upn}" (${twin.path}) but is not the same: ${why}`,
        u.upn,
        `Entra allows only ${ALLOWED} in a UPN, so no user has this one (an error, not a warning): write "${twin.upn}" with Latin letters if the same person is meant, and list them once`,
      );
    } else {
      ctx.report(
        u.path,
        'user-principal-name',
        `not a user principal name Entra accepts: ${why}`,
        u.upn,
        `write it as alias@domain, e.g. alice@contoso.com: ${ALLOWED} before the @, at most 64 characters before it, 48 after it, 113 in all`,
      );
    }
  }
}
