/**
 * Grant-level changes, attributed to the roles and principals that reach them: a baseline added to or removed from
 * a task; a baseline's grants added, removed or changed (Azure role or scope, Kubernetes role, namespace or
 * cluster-wide, VPN pool); a custom Azure role's permissions changed. Grants compare as a set (order is no change).
 */
import type { CustomAzureRoleDefinition } from '../../model/definition';
import type { ResolvedGrant } from '../../model/resolved';
import { azureActionWrites } from '../../model/privilege';
import { describeGrant } from '../describe';
import type { AccessChange, AccessChangeKind } from './access-change';
import { listText } from './change-text';
import { change, principalsHolding, rolesHolding, rolesReaching, type DiffContext } from './diff-context';
import { holdersOf, type ModelView } from './model-view';
import { grantKey } from './renames';
import { baselineWritesWhy, grantWritesWhy, highest, reachGainRisk, reductionRisk, type RiskAssessment } from './risk';

/** True when the principal reaches the baseline through any of its tasks on that side. */
function principalReaches(view: ModelView, key: string, baseline: string): boolean {
  return (view.principals.get(key)?.tasks ?? []).some((t) => view.tasks.get(t.task)?.baselines.includes(baseline));
}

/** Members of a side's roles reaching a baseline (any task), sorted. */
function reaching(view: ModelView, baseline: string): string[] {
  return [...view.principals.keys()].filter((k) => principalReaches(view, k, baseline)).sort();
}

function baselineText(view: ModelView, name: string): string {
  const b = view.baselines.get(name);
  return b ? `${name}: ${b.grants.map(describeGrant).join('; ')}` : name;
}

function taskBaselineChanges(ctx: DiffContext): AccessChange[] {
  const out: AccessChange[] = [];
  for (const name of [...ctx.after.tasks.keys()].sort()) {
    const bt = ctx.before.tasks.get(name);
    const at = ctx.after.tasks.get(name);
    if (!bt || !at) continue;
    for (const base of at.baselines.filter((x) => !bt.baselines.includes(x))) {
      const risk = reachGainRisk(ctx.after, base, baselineWritesWhy(ctx.after, base), holdersOf(ctx.after, name));
      out.push(
        change({
          kind: 'task-baseline-added',
          risk: risk.risk,
          subjectType: 'task',
          subject: name,
          after: baselineText(ctx.after, base),
          summary: `${name} now reaches ${base}`,
          reason: risk.reason,
          roles: rolesHolding(ctx.after, name),
          principals: principalsHolding(ctx.after, name).filter((k) => !principalReaches(ctx.before, k, base)),
        }),
      );
    }
    for (const base of bt.baselines.filter((x) => !at.baselines.includes(x))) {
      out.push(
        change({
          kind: 'task-baseline-removed',
          risk: 'low',
          subjectType: 'task',
          subject: name,
          before: baselineText(ctx.before, base),
          summary: `${name} no longer reaches ${base}`,
          reason: 'access removed',
          roles: rolesHolding(ctx.before, name),
          principals: principalsHolding(ctx.before, name).filter((k) => !principalReaches(ctx.after, k, base)),
        }),
      );
    }
  }
  return out;
}

const GRANT_CHANGE_WORDS: Partial<Record<AccessChangeKind, string>> = {
  'grant-added': 'grant added',
  'grant-removed': 'grant removed',
  'grant-role-changed': 'role changed',
  'grant-scope-changed': 'scope changed',
  'grant-pool-changed': 'VPN pool changed',
};

const isAzure = (g: ResolvedGrant): g is Extract<ResolvedGrant, { kind: 'azureRole' | 'azureCustomRole' }> =>
  g.kind === 'azureRole' || g.kind === 'azureCustomRole';

/** How two grants differ in one aspect only, or undefined when they are not the same grant changed. */
function changedAspect(before: ResolvedGrant, after: ResolvedGrant): AccessChangeKind | undefined {
  if (isAzure(before) && isAzure(after)) {
    if (before.scope.toLowerCase() === after.scope.toLowerCase()) return 'grant-role-changed';
    if (before.kind === after.kind && before.roleName === after.roleName) return 'grant-scope-changed';
    return undefined;
  }
  if (before.kind === 'directoryRole' && after.kind === 'directoryRole') return 'grant-role-changed';
  if (before.kind === 'vpnPool' && after.kind === 'vpnPool') return 'grant-pool-changed';
  if (before.kind === 'kubernetes' && after.kind === 'kubernetes' && before.cluster === after.cluster) {
    if (before.namespace === after.namespace) return 'grant-role-changed';
    if (before.clusterRole === after.clusterRole && before.custom === after.custom) return 'grant-scope-changed';
  }
  return undefined;
}

/** A grant in words; Kubernetes rules that changed under the same name are told apart by their count. */
function grantText(g: ResolvedGrant, other?: ResolvedGrant): string {
  const text = describeGrant(g);
  if (g.kind === 'kubernetes' && other && describeGrant(other) === text) return `${text} (${g.rules.length} rules)`;
  return text;
}

function baselineGrantChanges(ctx: DiffContext): AccessChange[] {
  const out: AccessChange[] = [];
  for (const name of [...ctx.after.baselines.keys()].sort()) {
    const bb = ctx.before.baselines.get(name);
    const ab = ctx.after.baselines.get(name);
    if (!bb || !ab) continue;
    const removed = [...bb.grants].sort((x, y) => (grantKey(x) < grantKey(y) ? -1 : 1));
    const added: ResolvedGrant[] = [];
    for (const g of [...ab.grants].sort((x, y) => (grantKey(x) < grantKey(y) ? -1 : 1))) {
      const i = removed.findIndex((r) => grantKey(r) === grantKey(g));
      if (i >= 0) removed.splice(i, 1);
      else added.push(g);
    }
    if (removed.length === 0 && added.length === 0) continue;
    const roles = [...rolesReaching(ctx.before, name), ...rolesReaching(ctx.after, name)];
    const principals = [...reaching(ctx.before, name), ...reaching(ctx.after, name)];
    const emit = (kind: AccessChangeKind, risk: RiskAssessment, before?: ResolvedGrant, after?: ResolvedGrant) =>
      out.push(
        change({
          kind,
          risk: risk.risk,
          subjectType: 'baseline',
          subject: name,
          ...(before ? { before: grantText(before, after) } : {}),
          ...(after ? { after: grantText(after, before) } : {}),
          summary: `${name}: ${GRANT_CHANGE_WORDS[kind] ?? kind}${roles.length > 0 ? ` (reached by ${listText([...new Set(roles)].sort())})` : ' (reached by no role)'}`,
          reason: risk.reason,
          roles,
          principals: after ? principals : reaching(ctx.before, name),
        }),
      );
    for (const g of added) {
      const gain = reachGainRisk(ctx.after, name, grantWritesWhy(ctx.after, g));
      const i = removed.findIndex((r) => changedAspect(r, g) !== undefined);
      if (i >= 0) {
        const [r] = removed.splice(i, 1);
        emit(changedAspect(r, g) as AccessChangeKind, gain, r, g);
      } else emit('grant-added', gain, undefined, g);
    }
    for (const r of removed) emit('grant-removed', reductionRisk('access removed'), r, undefined);
  }
  return out;
}

function permissionsText(c: CustomAzureRoleDefinition): string {
  const parts: string[] = [];
  const part = (label: string, xs?: readonly string[]) => {
    if (xs && xs.length > 0) parts.push(`${label}: ${[...xs].sort().join(', ')}`);
  };
  part('actions', c.actions);
  part('notActions', c.notActions);
  part('dataActions', c.dataActions);
  part('notDataActions', c.notDataActions);
  return parts.join('; ') || 'no permissions';
}

function customRoleChanges(ctx: DiffContext): AccessChange[] {
  const out: AccessChange[] = [];
  const before = new Map(ctx.before.model.customRoles.map((c) => [c.name, c]));
  for (const a of [...ctx.after.model.customRoles].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const b = before.get(a.name);
    if (!b || permissionsText(a) === permissionsText(b)) continue;
    const gained = (xs?: readonly string[], ys?: readonly string[]) =>
      (xs ?? []).filter((x) => !(ys ?? []).includes(x));
    const newActions = [...gained(a.actions, b.actions), ...gained(a.dataActions, b.dataActions)];
    const widened =
      newActions.length > 0 ||
      gained(b.notActions, a.notActions).length > 0 ||
      gained(b.notDataActions, a.notDataActions).length > 0;
    const writing = [
      ...newActions,
      ...gained(b.notActions, a.notActions),
      ...gained(b.notDataActions, a.notDataActions),
    ].find(azureActionWrites);
    const baselines = ctx.after.model.baselines
      .filter((x) => x.grants.some((g) => g.kind === 'azureCustomRole' && g.roleName === a.name))
      .map((x) => x.name);
    const risk: RiskAssessment = !widened
      ? reductionRisk('permissions narrowed')
      : baselines.length === 0
        ? reductionRisk(`no baseline grants ${a.name}`)
        : highest(
            ...baselines.map((x) =>
              reachGainRisk(ctx.after, x, writing ? `custom role "${a.name}" now allows ${writing}` : undefined),
            ),
          );
    out.push(
      change({
        kind: 'custom-role-permissions-changed',
        risk: risk.risk,
        subjectType: 'custom-role',
        subject: a.name,
        before: permissionsText(b),
        after: permissionsText(a),
        summary: `custom role ${a.name}: permissions ${widened ? 'widened' : 'narrowed'}${
          baselines.length > 0 ? ` (granted by ${listText(baselines)})` : ''
        }`,
        reason: risk.reason,
        roles: baselines.flatMap((x) => rolesReaching(ctx.after, x)),
        principals: baselines.flatMap((x) => reaching(ctx.after, x)),
      }),
    );
  }
  return out;
}

/** Every grant-level change. */
export function grantChanges(ctx: DiffContext): AccessChange[] {
  return [...taskBaselineChanges(ctx), ...baselineGrantChanges(ctx), ...customRoleChanges(ctx)];
}
