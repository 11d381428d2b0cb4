/**
 * The access review checklist (the task-based access model's audit, docs/security.md "The review routine"): monthly,
 * the high-risk items (break-glass, exception tasks, write/admin tasks and standing access in protected
 * environments) and PIM activations; quarterly, every role and task with its owner and members. Pure: the
 * definition's last change is given, never read from the clock.
 */
import { approverLabel } from '../model/approvers';
import type { ResolvedModel, ResolvedRole, ResolvedTask } from '../model/resolved';
import { taskWrites, type PrivilegeIndex } from '../model/privilege';

/** When the definition last changed, e.g. from `git log`. */
export interface LastChange {
  /** Date (ISO 8601 or as given). */
  readonly date: string;
  /** Commit, when from git. */
  readonly commit?: string;
  /** Author, when from git. */
  readonly author?: string;
  /** Where it came from. */
  readonly source: 'git' | 'given';
}

/** Why an item is high-risk. */
export type HighRiskKind = 'break-glass' | 'exception-task' | 'protected-write' | 'protected-standing';

/** One high-risk item of the monthly review. */
export interface HighRiskItem {
  /** Why it is high-risk. */
  readonly kind: HighRiskKind;
  /** What it is about: a task, `ROLE -> TASK`, or `break-glass`. */
  readonly name: string;
  /** Owner, when declared. */
  readonly owner?: string;
  /** Facts for the reviewer. */
  readonly details: readonly string[];
  /** Questions to answer (checkboxes). */
  readonly checks: readonly string[];
}

/** A role in the quarterly review. */
export interface RoleReviewRow {
  /** Role name. */
  readonly role: string;
  /** Owner, when declared. */
  readonly owner?: string;
  /** Members (labels), sorted by key. */
  readonly members: readonly string[];
  /** Standing tasks, own and inherited. */
  readonly standing: readonly string[];
  /** Eligible tasks, own and inherited. */
  readonly eligible: readonly string[];
  /** Roles inherited. */
  readonly inherits: readonly string[];
}

/** A task in the quarterly review. */
export interface TaskReviewRow {
  /** Task name. */
  readonly task: string;
  /** Owner, when declared. */
  readonly owner?: string;
  /** Environment of the task. */
  readonly environment: string;
  /** Its baselines. */
  readonly baselines: readonly string[];
  /** Roles holding it standing. */
  readonly standingIn: readonly string[];
  /** Roles holding it eligible. */
  readonly eligibleIn: readonly string[];
  /** e.g. `PIM, PT4H, approval by ROLE_SNR_DEVELOPER` or `standing only`. */
  readonly access: string;
  /** Members who can reach it (labels), sorted. */
  readonly members: readonly string[];
}

/** The review checklist. */
export interface ReviewChecklist {
  /** When the definition last changed, when known. */
  readonly lastChange?: LastChange;
  /** Monthly: high-risk items, in the order break-glass, exception tasks, protected write/admin, protected standing. */
  readonly highRisk: readonly HighRiskItem[];
  /** Quarterly: every role. */
  readonly roles: readonly RoleReviewRow[];
  /** Quarterly: every task. */
  readonly tasks: readonly TaskReviewRow[];
}

/** The 90-day validation routine of emergency access accounts (entra-docs security-emergency-access.md). */
export const BREAK_GLASS_VALIDATION_STEPS: readonly string[] = [
  'tell security monitoring that the account check is under way',
  'review the list of people authorised to use the emergency credentials',
  'check that the break-glass process is documented and current',
  'check that the administrators and security officers who may need it are trained on it',
  'sign in with each account and perform an administrative task; confirm the sign-in alert fired',
  "check that no MFA or SSPR method is registered to an individual person's device or details",
  'if a device holds the credential, check that everyone who may need it can reach it, over two independent networks',
  'change the safe combinations if someone with access left',
];

function accessSummary(t: ResolvedTask): string {
  if (!t.jit) return 'standing only';
  const j = t.jit;
  const parts = [`PIM, ${j.maximumActivation}`];
  parts.push(j.requireApproval ? `approval by ${j.approvers.map(approverLabel).join(', ')}` : 'no approval');
  if (j.requireTicket) parts.push('ticket');
  if (j.authenticationContext) parts.push(`authentication context ${j.authenticationContext}`);
  else if (j.requireMfa) parts.push('MFA');
  if (j.notifyOnActivation.length > 0) parts.push(`notifies ${j.notifyOnActivation.join(', ')}`);
  return parts.join(', ');
}

function membersOf(roles: readonly ResolvedRole[]): string[] {
  return [...new Set(roles.flatMap((r) => r.members.map((m) => m.label)))].sort();
}

/** Options of {@link buildReview}. */
export interface ReviewOptions {
  /** When the definition last changed. @default - unknown */
  readonly lastChange?: LastChange;
}

/** Why a task writes, or undefined: its `writes` flag, else its baselines (`taskWrites`, lib/model/privilege.ts). */
function writesReason(index: PrivilegeIndex, t: ResolvedTask): string | undefined {
  const w = taskWrites(index, t.name);
  return w.writes ? w.reason : undefined;
}

/** Builds the checklist of a model. */
export function buildReview(model: ResolvedModel, options: ReviewOptions = {}): ReviewChecklist {
  const index: PrivilegeIndex = {
    model,
    tasks: new Map(model.tasks.map((t) => [t.name, t])),
    baselines: new Map(model.baselines.map((b) => [b.name, b])),
  };
  const standingIn = (t: string): ResolvedRole[] => model.roles.filter((r) => r.standing.some((a) => a.task === t));
  const eligibleIn = (t: string): ResolvedRole[] => model.roles.filter((r) => r.eligible.some((a) => a.task === t));
  const highRisk: HighRiskItem[] = [];

  if (model.breakGlass.length > 0) {
    highRisk.push({
      kind: 'break-glass',
      name: 'break-glass',
      details: [
        `accounts: ${model.breakGlass.map((b) => b.displayName ?? b.objectId).join(', ')} (active permanent Global Administrator, outside PIM)`,
        model.monitoring
          ? 'sign-in alert: severity 0, any sign-in (monitoring is configured)'
          : 'sign-in alert: none (the definition has no monitoring)',
        (model.conditionalAccessPolicies ?? []).length > 0
          ? `excluded from the library's Conditional Access policies: ${(model.conditionalAccessPolicies ?? []).map((p) => p.name).join(', ')}`
          : "the library emits no Conditional Access policy; check the tenant's policies exclude them",
      ],
      checks: [
        'every sign-in this month was a drill or an emergency, and each was reviewed (what was done, by whom)',
        'the last validation is less than 90 days old; if not, run it now:',
        ...BREAK_GLASS_VALIDATION_STEPS.map((s) => `  ${s}`),
      ],
    });
  }
  for (const t of model.tasks.filter((x) => x.highPrivilege)) {
    const eligible = eligibleIn(t.name);
    highRisk.push({
      kind: 'exception-task',
      name: t.name,
      ...(t.owner ? { owner: t.owner } : {}),
      details: [
        `access: ${accessSummary(t)}`,
        `eligible in: ${eligible.map((r) => r.name).join(', ') || 'no role'}`,
        `can activate: ${membersOf(eligible).join(', ') || 'nobody'}`,
        ...(standingIn(t.name).length
          ? [
              `STANDING in: ${standingIn(t.name)
                .map((r) => r.name)
                .join(', ')}`,
            ]
          : []),
      ],
      checks: [
        'each activation this month had a change request with enough context, and was flagged for this review',
        'repeated activations: decide whether a new, narrower task should replace the exception',
      ],
    });
  }
  for (const t of model.tasks.filter((x) => x.protected && !x.highPrivilege)) {
    const why = writesReason(index, t);
    if (!why) continue;
    const holders = [...standingIn(t.name), ...eligibleIn(t.name)];
    highRisk.push({
      kind: 'protected-write',
      name: t.name,
      ...(t.owner ? { owner: t.owner } : {}),
      details: [
        `writes: ${why}`,
        `access: ${accessSummary(t)}`,
        `standing in: ${
          standingIn(t.name)
            .map((r) => r.name)
            .join(', ') || '-'
        }`,
        `eligible in: ${
          eligibleIn(t.name)
            .map((r) => r.name)
            .join(', ') || '-'
        }`,
        `members: ${membersOf(holders).join(', ') || 'nobody'}`,
      ],
      checks: ['activations this month were justified (task-access drift)', 'everyone who can reach it still needs it'],
    });
  }
  for (const r of model.roles) {
    for (const a of r.standing) {
      const t = model.tasks.find((x) => x.name === a.task);
      if (!t?.protected) continue;
      highRisk.push({
        kind: 'protected-standing',
        name: `${r.name} -> ${t.name}`,
        ...(r.owner ? { owner: r.owner } : {}),
        details: [
          `members: ${r.members.map((m) => m.label).join(', ') || 'none'}`,
          ...(a.via.length > 1 ? [`inherited via ${a.via.join(' -> ')}`] : []),
          ...(a.window ? [`time-bound: ${JSON.stringify(a.window)}`] : []),
        ],
        checks: [
          'standing access to a protected environment is still needed (routine: more than twice a week), else make it eligible',
        ],
      });
    }
  }

  const roles: RoleReviewRow[] = model.roles.map((r) => ({
    role: r.name,
    ...(r.owner ? { owner: r.owner } : {}),
    members: r.members.map((m) => m.label),
    standing: r.standing.map((a) => a.task),
    eligible: r.eligible.map((a) => a.task),
    inherits: r.inherits,
  }));
  const tasks: TaskReviewRow[] = model.tasks.map((t) => ({
    task: t.name,
    ...(t.owner ? { owner: t.owner } : {}),
    environment: t.environment,
    baselines: t.baselines,
    standingIn: standingIn(t.name).map((r) => r.name),
    eligibleIn: eligibleIn(t.name).map((r) => r.name),
    access: accessSummary(t),
    members: membersOf([...standingIn(t.name), ...eligibleIn(t.name)]),
  }));
  return { ...(options.lastChange ? { lastChange: options.lastChange } : {}), highRisk, roles, tasks };
}
