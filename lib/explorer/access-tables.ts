/**
 * The tables of one element: a principal's or a role's tasks and grants (the union over its roles, standing and
 * just-in-time, each grant with every path role -> task -> baseline and the PIM policy), a task's baselines and
 * holders, a baseline's grants and the tasks and roles reaching it. Words from lib/report/describe.ts, as in
 * every other report.
 */
import type {
  GrantEntry,
  PrincipalAccessView,
  RoleAccessView,
  SubjectAccess,
  TaskEntry,
} from '../report/access-matrix';
import {
  describeActivationStep,
  describeGrantWhat,
  describeGrantWhere,
  describeMode,
  describePath,
  describePolicy,
  describeRoleVia,
  describeWindow,
  grantKindLabel,
} from '../report/describe';
import { describeRule } from '../report/kubernetes-rules';
import { describeMember } from '../report/text';
import type { ResolvedBaseline, ResolvedGrant, ResolvedModel, ResolvedTask } from '../model/resolved';
import type { Row, Table } from './tables';

/** The rules of a Kubernetes grant, one per `; `; empty for other grants. */
export function grantRules(g: ResolvedGrant): string {
  return g.kind === 'kubernetes' ? g.rules.map(describeRule).join('; ') : '';
}

/** The columns of a grants table. */
export const GRANT_COLUMNS = ['access', 'grant', 'what', 'where', 'path', 'policy', 'window', 'Kubernetes rules'];

/** One row per grant and path. */
export function grantRows(model: ResolvedModel, grants: readonly GrantEntry[]): Row[] {
  const tasks = new Map(model.tasks.map((t) => [t.name, t]));
  return grants.flatMap((e) =>
    e.paths.map((p): Row => {
      const task = tasks.get(p.task);
      return {
        cells: [
          describeMode(p.mode),
          grantKindLabel(e.grant),
          describeGrantWhat(e.grant),
          describeGrantWhere(e.grant),
          describePath(p, e.baseline),
          p.mode === 'eligible' && task?.jit ? describePolicy(task.jit) : '',
          describeWindow(p.window),
          grantRules(e.grant),
        ],
        facts: {
          environment: e.environment,
          mode: p.mode,
          highPrivilege: task?.highPrivilege === true,
          ...(p.window?.until !== undefined ? { until: p.window.until } : {}),
        },
      };
    }),
  );
}

/** The policy cell of a task: its policy, and each PIM activation when there are several. */
function taskPolicy(t: TaskEntry): string {
  if (!t.policy) return '';
  const steps = t.activation?.map((s, i) => describeActivationStep(s, i + 1)) ?? [];
  return [describePolicy(t.policy), ...steps].join('; ');
}

/** One row per task and path. */
export function taskRows(access: SubjectAccess): Row[] {
  return access.tasks.flatMap((t) =>
    t.paths.map((p): Row => ({
      cells: [
        describeMode(p.mode),
        t.task,
        describeRoleVia(p),
        p.mode === 'eligible' ? taskPolicy(t) : '',
        t.highPrivilege ? 'yes' : 'no',
        t.baselines.map((b) => b.baseline).join(', '),
      ],
      facts: {
        environment: t.environment,
        mode: p.mode,
        highPrivilege: t.highPrivilege,
        ...(p.window?.until !== undefined ? { until: p.window.until } : {}),
      },
    })),
  );
}

const TASK_COLUMNS = ['access', 'task', 'via', 'policy', 'high privilege', 'baselines'];

/** A principal's or role's tables: tasks, then grants. */
export function subjectTables(model: ResolvedModel, view: PrincipalAccessView | RoleAccessView): Table[] {
  const name = view.kind === 'role' ? view.name : view.label;
  const tables: Table[] = [
    { caption: `Tasks of ${name}`, columns: TASK_COLUMNS, rows: taskRows(view) },
    { caption: `Grants of ${name}`, columns: GRANT_COLUMNS, rows: grantRows(model, view.grants) },
  ];
  if (view.kind === 'role') {
    tables.unshift({
      caption: `Members of ${view.name}`,
      columns: ['member'],
      rows: view.members.map((m) => ({ cells: [describeMember(m)] })),
    });
  }
  return tables;
}

/** Who holds a task (roles and principals, standing or just-in-time, by which path), and its baselines. */
export function taskTables(
  model: ResolvedModel,
  task: ResolvedTask,
  views: readonly (PrincipalAccessView | RoleAccessView)[],
): Table[] {
  const baselines = new Map(model.baselines.map((b) => [b.name, b]));
  const holders: Row[] = [];
  for (const v of views) {
    const entry = v.tasks.find((t) => t.task === task.name);
    for (const p of entry?.paths ?? []) {
      holders.push({
        cells: [
          describeMode(p.mode),
          v.kind === 'role' ? 'role' : v.memberKind,
          v.kind === 'role' ? v.name : describeMember({ ...v, kind: v.memberKind }),
          describeRoleVia(p),
        ],
        facts: {
          environment: task.environment,
          mode: p.mode,
          highPrivilege: task.highPrivilege,
          ...(p.window?.until !== undefined ? { until: p.window.until } : {}),
        },
      });
    }
  }
  return [
    {
      caption: `Baselines of ${task.name}`,
      columns: ['baseline', 'reached', 'grants'],
      rows: task.baselines.map((b) => ({
        cells: [
          b,
          task.roleAssignableBaselines.includes(b) ? 'eligible member (role-assignable)' : 'active member',
          (baselines.get(b)?.grants ?? []).map(describeGrantLine).join('; '),
        ],
      })),
    },
    { caption: `Who holds ${task.name}`, columns: ['access', 'kind', 'holder', 'via'], rows: holders },
  ];
}

function describeGrantLine(g: ResolvedGrant): string {
  const where = describeGrantWhere(g);
  return `${grantKindLabel(g)} ${describeGrantWhat(g)}${where === '' ? '' : ` at ${where}`}`;
}

/** A baseline's grants and the tasks that reach it. */
export function baselineTables(model: ResolvedModel, baseline: ResolvedBaseline): Table[] {
  const tasks = model.tasks.filter((t) => t.baselines.includes(baseline.name));
  return [
    {
      caption: `Grants of ${baseline.name}`,
      columns: ['grant', 'what', 'where', 'Kubernetes rules'],
      rows: baseline.grants.map((g) => ({
        cells: [grantKindLabel(g), describeGrantWhat(g), describeGrantWhere(g), grantRules(g)],
        facts: { environment: baseline.environment },
      })),
    },
    {
      caption: `Tasks reaching ${baseline.name}`,
      columns: ['task', 'policy', 'high privilege'],
      rows: tasks.map((t) => ({
        cells: [t.name, t.jit ? describePolicy(t.jit) : 'standing only', t.highPrivilege ? 'yes' : 'no'],
        facts: { environment: t.environment, highPrivilege: t.highPrivilege },
      })),
    },
  ];
}
