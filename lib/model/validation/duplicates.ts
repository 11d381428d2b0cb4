/** Rule `duplicate`: names and object IDs are unique (case-insensitively, as Entra display names are). */
import { baselineName, roleName, taskName } from '../names';
import { heldTaskName } from '../time-bounds';
import { memberKey } from '../workload-identity';
import { rolePath, type ValidationContext } from './context';

function findDuplicates(
  ctx: ValidationContext,
  kind: string,
  items: readonly { path: string; key: string }[],
  fix: string,
): void {
  const seen = new Map<string, string>();
  for (const it of items) {
    const k = it.key.toLowerCase();
    const first = seen.get(k);
    if (first === undefined) seen.set(k, it.path);
    else
      ctx.report(
        it.path,
        'duplicate',
        `${kind} "${it.key}" is declared more than once (first at ${first}); names are compared case-insensitively`,
        it.key,
        fix,
      );
  }
}

/** Checks duplicate environments, clusters, custom roles, baselines, tasks, roles, members and break-glass accounts. */
export function checkDuplicates(ctx: ValidationContext): void {
  const d = ctx.definition;
  findDuplicates(
    ctx,
    'environment',
    d.environments.map((e, i) => ({ path: `environments[${i}]`, key: e.name })),
    'remove or rename one of them',
  );
  findDuplicates(
    ctx,
    'cluster',
    (d.clusters ?? []).map((c, i) => ({ path: `clusters[${i}]`, key: c.name })),
    'remove or rename one of them',
  );
  findDuplicates(
    ctx,
    'custom role',
    (d.customRoles ?? []).map((c, i) => ({ path: `customRoles[${i}]`, key: c.name })),
    'remove or rename one of them',
  );
  findDuplicates(
    ctx,
    'baseline',
    d.baselines.map((b, i) => ({ path: `baselines[${i}]`, key: baselineName(b) })),
    'merge their grants into one baseline, or change a part of one name',
  );
  findDuplicates(
    ctx,
    'task',
    d.tasks.map((t, i) => ({ path: `tasks[${i}]`, key: taskName(t) })),
    'merge their baselines into one task, or rename one',
  );
  findDuplicates(
    ctx,
    'role',
    d.roles.map((r, i) => ({ path: `roles[${i}]`, key: roleName(r) })),
    'merge the two roles, or rename one',
  );
  findDuplicates(
    ctx,
    'break-glass account',
    (d.breakGlass ?? []).map((b, i) => ({ path: `breakGlass[${i}]`, key: b.objectId })),
    'list each account once',
  );
  for (const r of d.roles) {
    const members = (r.members ?? []).map((m, i) => ({ path: `${rolePath(r)}.members[${i}]`, key: memberKey(m) }));
    findDuplicates(
      ctx,
      'member',
      members.filter((m) => m.key !== ''),
      'list each member once',
    );
    for (const [field, list] of [
      ['standing', (r.standing ?? []).map(heldTaskName)],
      ['eligible', (r.eligible ?? []).map(heldTaskName)],
      ['inherits', r.inherits],
    ] as const) {
      findDuplicates(
        ctx,
        'entry',
        (list ?? []).map((n, i) => ({ path: `${rolePath(r)}.${field}[${i}]`, key: n })),
        'list it once',
      );
    }
  }
  for (const t of d.tasks) {
    findDuplicates(
      ctx,
      'baseline reference',
      t.baselines.map((n, i) => ({ path: `tasks.${taskName(t)}.baselines[${i}]`, key: n })),
      'list it once',
    );
  }
}
