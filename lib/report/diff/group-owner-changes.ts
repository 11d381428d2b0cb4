/**
 * Changes to the owners of every group the library creates (`settings.groupOwners` and the deploying identity,
 * `settings.deployingIdentityObjectId`): an owner decides who is a member, so a new owner is new privilege
 * ({@link groupOwnerGainRisk}), a removed one less.
 */
import type { ResolvedGroupOwners } from '../../model/group-owners';
import type { AccessChange } from './access-change';
import { change, type DiffContext } from './diff-context';
import { groupOwnerGainRisk, reductionRisk } from './risk';

/** The deploying identity in words: its object ID, or the identity running Terraform. */
export function deployingIdentityText(owners: ResolvedGroupOwners | undefined): string {
  return owners?.deployingIdentityObjectId ?? 'the identity running Terraform (read at plan time)';
}

/** Further owners added or removed, and the deploying identity changed. */
export function groupOwnerChanges(ctx: DiffContext): AccessChange[] {
  const before = ctx.before.model.groupOwners;
  const after = ctx.after.model.groupOwners;
  const had = new Set(before?.additional ?? []);
  const has = new Set(after?.additional ?? []);
  const out: AccessChange[] = [];
  for (const id of [...has].filter((o) => !had.has(o)).sort()) {
    const risk = groupOwnerGainRisk(ctx.after);
    out.push(
      change({
        kind: 'group-owner-added',
        risk: risk.risk,
        subjectType: 'group-owners',
        subject: id,
        after: `${id} (owner of every group)`,
        summary: `${id} becomes an owner of every group the library creates: it can change their members`,
        reason: risk.reason,
        roles: [],
        principals: [id],
      }),
    );
  }
  for (const id of [...had].filter((o) => !has.has(o)).sort()) {
    const risk = reductionRisk('access removed');
    out.push(
      change({
        kind: 'group-owner-removed',
        risk: risk.risk,
        subjectType: 'group-owners',
        subject: id,
        before: `${id} (owner of every group)`,
        summary: `${id} no longer owns the groups the library creates`,
        reason: risk.reason,
        roles: [],
        principals: [id],
      }),
    );
  }
  const was = deployingIdentityText(before);
  const is = deployingIdentityText(after);
  if (was !== is) {
    const gain = groupOwnerGainRisk(ctx.after);
    out.push(
      change({
        kind: 'deploying-identity-changed',
        risk: gain.risk,
        subjectType: 'group-owners',
        subject: 'deploying identity',
        before: was,
        after: is,
        summary: `the deploying identity, first owner of every group, is now ${is} (was ${was})`,
        reason: `another principal may now own every group, unless it is the one that already applies; ${gain.reason}`,
        roles: [],
        principals: [before?.deployingIdentityObjectId, after?.deployingIdentityObjectId].filter(
          (id): id is string => id !== undefined,
        ),
      }),
    );
  }
  return out;
}
