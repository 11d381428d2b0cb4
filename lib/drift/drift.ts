/**
 * Usage-driven drift analysis (the task-based access model, docs/security.md: "metrics on how often PIM is used
 * ... the drift between intended and effective permissions"): PIM activations from exported audit logs matched to
 * the definition's tasks, with recommendations. Pure and deterministic: the period comes from the options or the
 * export, never the clock.
 *
 * - a task activated more than `standingThreshold` times a week is routine (the model's "Routine tasks (performed
 *   more than twice a week) received permanent assignments"): hold it standing (an exception task instead: review
 *   whether a new task is needed, as the model's exceptions say);
 * - an eligible task never activated: remove the eligibility, unless it is kept on purpose;
 * - a standing task with known usage (`usage`) of 0: make it eligible only, or remove it;
 * - an activation of a group the definition doesn't make eligible, or by someone who is no declared member of an
 *   eligible role: access granted outside the model.
 */
import type { ResolvedModel, ResolvedRole, ResolvedTask } from '../model/resolved';
import { actorLabel, type PimActivation } from '../audit-log/activation';
import type { AuditExport } from '../audit-log/audit-export';

/** The task-based access model's routine threshold: more than twice a week (docs/security.md). */
export const DEFAULT_STANDING_THRESHOLD = 2;

/** Options of {@link analyzeDrift}. */
export interface DriftOptions {
  /** Activations per week above which a task is routine. @default 2 */
  readonly standingThreshold?: number;
  /** Start of the period (ms, UTC). @default - the earliest record of the export */
  readonly from?: number;
  /** End of the period, exclusive (ms, UTC). @default - just after the latest record of the export */
  readonly to?: number;
  /** Known uses of standing tasks in the period, by task name (e.g. from resource logs). @default - unknown */
  readonly usage?: Readonly<Record<string, number>>;
  /** Group object IDs by name (e.g. from `terraform output`), to match activations that carry only the group's ID. @default - match by display name */
  readonly groupIds?: Readonly<Record<string, string>>;
}

/** Who activated a task, how often. */
export interface Activator {
  /** UPN, else display name, else object ID. */
  readonly label: string;
  /** Object ID, when the export has it. */
  readonly id?: string;
  /** Activations in the period. */
  readonly activations: number;
  /** Last activation (ISO 8601). */
  readonly last: string;
}

/** What to do about a task. */
export type DriftRecommendationKind =
  'make-standing' | 'review-exception' | 'remove-eligibility' | 'make-eligible-or-remove' | 'remove-standing';

/** A recommendation for one task. */
export interface DriftRecommendation {
  /** The task. */
  readonly task: string;
  /** What to do. */
  readonly kind: DriftRecommendationKind;
  /** Why and how, in one sentence. */
  readonly message: string;
  /** Roles the change applies to. */
  readonly roles: readonly string[];
}

/** Usage of one task over the period. */
export interface TaskUsage {
  /** Task name. */
  readonly task: string;
  /** Environment. */
  readonly environment: string;
  /** The environment is protected. */
  readonly protected: boolean;
  /** An exception (high-privilege) task. */
  readonly highPrivilege: boolean;
  /** Roles holding it standing / eligible (own or inherited). */
  readonly standingIn: readonly string[];
  /** Roles holding it eligible. */
  readonly eligibleIn: readonly string[];
  /** Completed activations in the period. */
  readonly activations: number;
  /** Activations per week (2 decimals). */
  readonly perWeek: number;
  /** Who activated, most first. */
  readonly activators: readonly Activator[];
  /** How usage is known: `activations` (eligible), `declared` (standing, from `usage`), `unknown` (standing, no data), `none` (held by no role). */
  readonly usageKnown: 'activations' | 'declared' | 'unknown' | 'none';
  /** Declared uses of a standing task, when given. */
  readonly declaredUses?: number;
  /** The recommendation, when there is one. */
  readonly recommendation?: DriftRecommendation;
}

/** Access granted outside the model. */
export interface OutsideFinding {
  /** `unknown-group`: a group the definition doesn't know or never makes eligible; `not-eligible`: a task no role holds eligible; `undeclared-activator`: someone who is no declared member of an eligible role. */
  readonly kind: 'unknown-group' | 'not-eligible' | 'undeclared-activator';
  /** The group (name, or object ID when the export has no name). */
  readonly group: string;
  /** Who activated. */
  readonly activator: string;
  /** Activations. */
  readonly activations: number;
  /** Last activation (ISO 8601). */
  readonly last: string;
  /** What it means and what to do. */
  readonly message: string;
}

/** The period a drift report covers. */
export interface DriftPeriod {
  /** Start (ISO 8601, UTC). */
  readonly from: string;
  /** End, exclusive (ISO 8601, UTC). */
  readonly to: string;
  /** Length in days (2 decimals). */
  readonly days: number;
  /** Weeks the rates are computed over: at least 1 (2 decimals). */
  readonly weeks: number;
  /** `options` (--from/--to), `export` (the span of its records) or `empty` (no record). */
  readonly source: 'options' | 'export' | 'empty';
}

/** What an export held. */
export interface DriftRecordCounts {
  /** Records read. */
  readonly read: number;
  /** Completed activations in the period. */
  readonly activations: number;
  /** Completed activations outside the period. */
  readonly outsidePeriod: number;
  /** Activations without their group (CSV). */
  readonly withoutGroup: number;
}

/** An activation the export couldn't attribute to a group. */
export interface UnattributedActivation {
  /** File and line. */
  readonly source: string;
  /** Who activated. */
  readonly activator: string;
  /** When (ISO 8601, UTC). */
  readonly time: string;
}

/** The drift report. */
export interface DriftReport {
  /** The period analysed. */
  readonly period: DriftPeriod;
  /** The routine threshold (activations per week). */
  readonly standingThreshold: number;
  /** Counts of what the export held. */
  readonly records: DriftRecordCounts;
  /** Every task of the model, by name. */
  readonly tasks: readonly TaskUsage[];
  /** Recommendations, in task order. */
  readonly recommendations: readonly DriftRecommendation[];
  /** Access granted outside the model, by kind, group, activator. */
  readonly outside: readonly OutsideFinding[];
  /** Activations the export couldn't attribute (no group in a CSV row): where they are. */
  readonly withoutGroup: readonly UnattributedActivation[];
}

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Keys (lower case) of the declared members of roles, or undefined when a member is a group (unknown offline). */
function declaredActivators(roles: readonly ResolvedRole[]): Set<string> | undefined {
  const keys = new Set<string>();
  for (const r of roles) {
    for (const m of r.members) {
      if (m.kind === 'group') return undefined;
      if (m.objectId) keys.add(m.objectId.toLowerCase());
      if (m.kind === 'user' && m.userPrincipalName) keys.add(m.userPrincipalName.toLowerCase());
    }
  }
  return keys;
}

function tally(list: readonly PimActivation[]): Activator[] {
  const by = new Map<string, { label: string; id?: string; n: number; last: number }>();
  for (const a of list) {
    const label = actorLabel(a.actor);
    const e = by.get(label.toLowerCase()) ?? { label, ...(a.actor.id ? { id: a.actor.id } : {}), n: 0, last: 0 };
    e.n++;
    e.last = Math.max(e.last, a.time);
    by.set(label.toLowerCase(), e);
  }
  return [...by.values()]
    .sort((a, b) => b.n - a.n || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .map((e) => ({ label: e.label, ...(e.id ? { id: e.id } : {}), activations: e.n, last: iso(e.last) }));
}

function isWorkloadOnly(role: ResolvedRole): boolean {
  return (
    role.members.length > 0 &&
    role.members.every((m) => m.kind === 'servicePrincipal' || m.kind === 'managedIdentity' || m.kind === 'application')
  );
}

/** The eligible roles the activators are declared members of; all eligible roles when that can't be told. */
function activatingRoles(eligible: readonly ResolvedRole[], list: readonly PimActivation[]): string[] {
  const keys = new Set(
    list.flatMap((a) =>
      [a.actor.id, a.actor.userPrincipalName].filter((k): k is string => !!k).map((k) => k.toLowerCase()),
    ),
  );
  const hit = eligible.filter((r) =>
    r.members.some(
      (m) =>
        (m.objectId && keys.has(m.objectId.toLowerCase())) ||
        (m.kind === 'user' && m.userPrincipalName && keys.has(m.userPrincipalName.toLowerCase())),
    ),
  );
  return (hit.length > 0 ? hit : eligible).map((r) => r.name);
}

function recommend(
  t: ResolvedTask,
  u: Omit<TaskUsage, 'recommendation'>,
  threshold: number,
  days: number,
  roles: readonly ResolvedRole[],
  activating: readonly string[],
): DriftRecommendation | undefined {
  const fmt = (n: number): string => String(round2(n));
  // Change where the task is declared: heirs follow (their access comes through inheritance).
  const declaring = (mode: 'standing' | 'eligible'): string[] =>
    roles.filter((r) => r[mode].some((a) => a.task === t.name && a.via.length === 1)).map((r) => r.name);
  if (u.eligibleIn.length > 0 && u.perWeek > threshold) {
    if (t.highPrivilege) {
      return {
        task: t.name,
        kind: 'review-exception',
        roles: u.eligibleIn,
        message: `exception task activated ${fmt(u.perWeek)} times a week (more than ${threshold}): the work is routine, so review whether a narrower task should be created for it; keep the exception just in time`,
      };
    }
    return {
      task: t.name,
      kind: 'make-standing',
      roles: [...activating],
      message: `activated ${fmt(u.perWeek)} times a week (more than ${threshold}): routine work, hold it standing in ${activating.join(', ')}${t.protected ? ' (a protected environment: check a narrower standing task would not do)' : ''}`,
    };
  }
  if (u.eligibleIn.length > 0 && u.activations === 0 && !t.highPrivilege) {
    const from = declaring('eligible');
    return {
      task: t.name,
      kind: 'remove-eligibility',
      roles: from,
      message: `never activated in ${fmt(days)} days: remove the eligibility from ${from.join(', ')}${from.length < u.eligibleIn.length ? ' (the roles inheriting it follow)' : ''}, unless it is kept on purpose (e.g. incidents)`,
    };
  }
  if (u.standingIn.length > 0 && u.declaredUses === 0) {
    const holders = declaring('standing');
    const people = holders.filter((n) => !isWorkloadOnly(roles.find((r) => r.name === n) as ResolvedRole));
    const pipelines = holders.filter((n) => !people.includes(n));
    if (people.length > 0) {
      return {
        task: t.name,
        kind: 'make-eligible-or-remove',
        roles: holders,
        message: `standing but not used in ${fmt(days)} days: make it eligible only (just in time) in ${people.join(', ')}${holders.length < u.standingIn.length ? ' (the roles inheriting it follow)' : ''}, or remove it${pipelines.length ? `; remove it from ${pipelines.join(', ')} (workload identities can't activate)` : ''}`,
      };
    }
    return {
      task: t.name,
      kind: 'remove-standing',
      roles: holders,
      message: `standing but not used in ${fmt(days)} days by ${pipelines.join(', ')} (workload identities, which can't activate): remove it`,
    };
  }
  return undefined;
}

/** The drift report of an export against a model. */
export function analyzeDrift(model: ResolvedModel, data: AuditExport, options: DriftOptions = {}): DriftReport {
  const threshold = options.standingThreshold ?? DEFAULT_STANDING_THRESHOLD;
  const times = data.events.map((e) => e.time);
  const from = options.from ?? (times.length ? Math.min(...times) : 0);
  const to = options.to ?? (times.length ? Math.max(...times) + 1 : from);
  const source = options.from !== undefined || options.to !== undefined ? 'options' : times.length ? 'export' : 'empty';
  const days = Math.max(0, (to - from) / DAY);
  // A short export would inflate the weekly rate: count at least one week.
  const weeks = Math.max(1, days / 7);

  const inPeriod = data.activations.filter((a) => a.time >= from && a.time < to);
  const byLower = new Map<string, { name: string; kind: 'task' | 'baseline' | 'role'; roleAssignable?: boolean }>();
  for (const t of model.tasks) byLower.set(t.name.toLowerCase(), { name: t.name, kind: 'task' });
  for (const b of model.baselines)
    byLower.set(b.name.toLowerCase(), { name: b.name, kind: 'baseline', roleAssignable: b.roleAssignable });
  for (const r of model.roles) byLower.set(r.name.toLowerCase(), { name: r.name, kind: 'role' });
  const idToName = new Map(Object.entries(options.groupIds ?? {}).map(([n, id]) => [id.toLowerCase(), n]));
  const resolve = (a: PimActivation): string | undefined =>
    a.group ?? (a.groupId ? idToName.get(a.groupId.toLowerCase()) : undefined);

  const perTask = new Map<string, PimActivation[]>();
  const outsideRaw: { kind: OutsideFinding['kind']; group: string; activation: PimActivation; message: string }[] = [];
  for (const a of inPeriod) {
    const name = resolve(a);
    const known = name !== undefined ? byLower.get(name.toLowerCase()) : undefined;
    const label = name ?? a.groupId ?? '(unknown group)';
    if (known?.kind === 'task') {
      perTask.set(known.name, [...(perTask.get(known.name) ?? []), a]);
    } else if (known?.kind === 'baseline' && known.roleAssignable) {
      // Activated together with a task that reaches this role-assignable baseline: counted with the task.
      continue;
    } else {
      const what =
        known?.kind === 'baseline'
          ? 'a baseline the definition never makes eligible (tasks nest in it)'
          : known?.kind === 'role'
            ? 'a role group, which the definition never makes eligible'
            : 'not a group of the definition';
      outsideRaw.push({
        kind: 'unknown-group',
        group: known?.name ?? label,
        activation: a,
        message: `${known?.name ?? label} is ${what}: someone made it eligible outside the model; bring it into the definition as a task, or remove the eligibility`,
      });
    }
  }

  const usages: TaskUsage[] = model.tasks.map((t) => {
    const list = perTask.get(t.name) ?? [];
    const standingIn = model.roles.filter((r) => r.standing.some((s) => s.task === t.name)).map((r) => r.name);
    const eligibleRoles = model.roles.filter((r) => r.eligible.some((s) => s.task === t.name));
    const eligibleIn = eligibleRoles.map((r) => r.name);
    const declared = options.usage?.[t.name];
    if (list.length > 0 && eligibleIn.length === 0) {
      for (const a of list)
        outsideRaw.push({
          kind: 'not-eligible',
          group: t.name,
          activation: a,
          message: `${t.name} is activated through PIM, but no role of the definition holds it eligible: an eligibility granted outside the model; remove it, or make a role eligible in the definition`,
        });
    } else if (list.length > 0) {
      const keys = declaredActivators(eligibleRoles);
      if (keys) {
        for (const a of list) {
          const known =
            (a.actor.id && keys.has(a.actor.id.toLowerCase())) ||
            (a.actor.userPrincipalName && keys.has(a.actor.userPrincipalName.toLowerCase()));
          if (!known)
            outsideRaw.push({
              kind: 'undeclared-activator',
              group: t.name,
              activation: a,
              message: `${actorLabel(a.actor)} activated ${t.name} but is no declared member of ${eligibleIn.join(', ')}: eligibility granted outside the model, or a definition behind the directory`,
            });
        }
      }
    }
    const base: Omit<TaskUsage, 'recommendation'> = {
      task: t.name,
      environment: t.environment,
      protected: t.protected,
      highPrivilege: t.highPrivilege,
      standingIn,
      eligibleIn,
      activations: list.length,
      perWeek: round2(list.length / weeks),
      activators: tally(list),
      usageKnown:
        eligibleIn.length > 0
          ? 'activations'
          : standingIn.length > 0
            ? declared !== undefined
              ? 'declared'
              : 'unknown'
            : 'none',
      ...(declared !== undefined ? { declaredUses: declared } : {}),
    };
    const rec = recommend(t, base, threshold, days, model.roles, activatingRoles(eligibleRoles, list));
    return { ...base, ...(rec ? { recommendation: rec } : {}) };
  });

  const grouped = new Map<
    string,
    { kind: OutsideFinding['kind']; group: string; activator: string; n: number; last: number; message: string }
  >();
  for (const o of outsideRaw) {
    const activator = actorLabel(o.activation.actor);
    const key = `${o.kind}\u0000${o.group}\u0000${activator.toLowerCase()}`;
    const e = grouped.get(key) ?? { kind: o.kind, group: o.group, activator, n: 0, last: 0, message: o.message };
    e.n++;
    e.last = Math.max(e.last, o.activation.time);
    grouped.set(key, e);
  }
  const kindOrder: OutsideFinding['kind'][] = ['unknown-group', 'not-eligible', 'undeclared-activator'];
  const outside = [...grouped.values()]
    .sort(
      (a, b) =>
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
        (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) ||
        (a.activator < b.activator ? -1 : a.activator > b.activator ? 1 : 0),
    )
    .map((e): OutsideFinding => ({
      kind: e.kind,
      group: e.group,
      activator: e.activator,
      activations: e.n,
      last: iso(e.last),
      message: e.message,
    }));

  return {
    period: { from: iso(from), to: iso(to), days: round2(days), weeks: round2(weeks), source },
    standingThreshold: threshold,
    records: {
      read: data.events.length,
      activations: inPeriod.length,
      outsidePeriod: data.activations.length - inPeriod.length,
      withoutGroup: data.withoutGroup.length,
    },
    tasks: usages,
    recommendations: usages.flatMap((u) => (u.recommendation ? [u.recommendation] : [])),
    outside,
    withoutGroup: data.withoutGroup.map((a) => ({
      source: a.source,
      activator: actorLabel(a.actor),
      time: iso(a.time),
    })),
  };
}
