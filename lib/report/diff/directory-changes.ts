/**
 * Changes outside roles and tasks that still change who can do what: break-glass accounts (permanent Global
 * Administrators), the federated credentials that let a workload act as a pipeline application, and an
 * environment's protection.
 */
import { APPLICATION_KEY_PREFIX } from '../../model/workload-identity';
import type { ResolvedFederatedCredential } from '../../model/resolved';
import type { AccessChange } from './access-change';
import { change, type DiffContext } from './diff-context';
import { breakGlassRisk, credentialGainRisk, reductionRisk, weakerControlRisk } from './risk';

function breakGlassChanges(ctx: DiffContext): AccessChange[] {
  const id = (s: string) => s.toLowerCase();
  const before = new Map(ctx.before.model.breakGlass.map((a) => [id(a.objectId), a]));
  const after = new Map(ctx.after.model.breakGlass.map((a) => [id(a.objectId), a]));
  const out: AccessChange[] = [];
  for (const [key, a] of after) {
    if (before.has(key)) continue;
    const risk = breakGlassRisk(true);
    const label = a.displayName ?? a.objectId;
    out.push(
      change({
        kind: 'break-glass-added',
        risk: risk.risk,
        subjectType: 'break-glass',
        subject: a.objectId,
        after: `${label} (Global Administrator, active, permanent)`,
        summary: `new break-glass account ${label}: Global Administrator, active and permanent, outside PIM`,
        reason: risk.reason,
        roles: [],
        principals: [a.objectId],
      }),
    );
  }
  for (const [key, b] of before) {
    if (after.has(key)) continue;
    const risk = breakGlassRisk(false);
    const label = b.displayName ?? b.objectId;
    out.push(
      change({
        kind: 'break-glass-removed',
        risk: risk.risk,
        subjectType: 'break-glass',
        subject: b.objectId,
        before: `${label} (Global Administrator, active, permanent)`,
        summary: `break-glass account ${label} removed: its Global Administrator assignment is deleted`,
        reason: risk.reason,
        roles: [],
        principals: [b.objectId],
      }),
    );
  }
  return out;
}

const credentialKey = (c: ResolvedFederatedCredential): string =>
  `${c.issuer}|${c.subject}|${[...c.audiences].sort().join(',')}`;
const credentialText = (c: ResolvedFederatedCredential): string => `${c.kind} ${c.subject} (issuer ${c.issuer})`;

function credentialChanges(ctx: DiffContext): AccessChange[] {
  const out: AccessChange[] = [];
  const before = new Map((ctx.before.model.applications ?? []).map((a) => [a.name, a]));
  for (const app of [...(ctx.after.model.applications ?? [])].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const old = before.get(app.name);
    if (!old) continue;
    const key = `${APPLICATION_KEY_PREFIX}${app.name}`;
    const principals = ctx.after.principals.has(key) || ctx.before.principals.has(key) ? [key] : [];
    const had = new Set(old.federatedCredentials.map(credentialKey));
    const has = new Set(app.federatedCredentials.map(credentialKey));
    for (const c of app.federatedCredentials.filter((x) => !had.has(credentialKey(x)))) {
      const risk = credentialGainRisk(ctx.after, app.roles);
      out.push(
        change({
          kind: 'federated-credential-added',
          risk: risk.risk,
          subjectType: 'application',
          subject: app.name,
          after: credentialText(c),
          summary: `${app.name} trusts a new workload: ${credentialText(c)}${
            app.roles.length > 0 ? ` (member of ${app.roles.join(', ')})` : ''
          }`,
          reason: risk.reason,
          roles: [...app.roles],
          principals,
        }),
      );
    }
    for (const c of old.federatedCredentials.filter((x) => !has.has(credentialKey(x)))) {
      out.push(
        change({
          kind: 'federated-credential-removed',
          risk: 'low',
          subjectType: 'application',
          subject: app.name,
          before: credentialText(c),
          summary: `${app.name} no longer trusts ${credentialText(c)}`,
          reason: 'access removed',
          roles: [...old.roles],
          principals,
        }),
      );
    }
  }
  return out;
}

function environmentChanges(ctx: DiffContext): AccessChange[] {
  const before = new Map(ctx.before.model.environments.map((e) => [e.name, e.protected === true]));
  const out: AccessChange[] = [];
  for (const e of ctx.after.model.environments) {
    const was = before.get(e.name);
    const is = e.protected === true;
    if (was === undefined || was === is) continue;
    const risk = was
      ? weakerControlRisk(
          `${e.name} groups lose prevent_destroy, and its write tasks are no longer held to the protected-environment rules`,
        )
      : reductionRisk(`${e.name} groups get prevent_destroy and the protected-environment rules`);
    out.push(
      change({
        kind: was ? 'environment-unprotected' : 'environment-protected',
        risk: risk.risk,
        subjectType: 'environment',
        subject: e.name,
        before: was ? 'protected' : 'not protected',
        after: is ? 'protected' : 'not protected',
        summary: `environment ${e.name} is ${is ? 'now' : 'no longer'} protected`,
        reason: risk.reason,
        roles: [],
        principals: [],
      }),
    );
  }
  return out;
}

/** Break-glass, federated credential and environment protection changes. */
export function directoryChanges(ctx: DiffContext): AccessChange[] {
  return [...breakGlassChanges(ctx), ...credentialChanges(ctx), ...environmentChanges(ctx)];
}
