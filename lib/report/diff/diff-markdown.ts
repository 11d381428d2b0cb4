/**
 * The access diff as Markdown for a pull-request comment: a summary line, one table row per change (highest risk
 * first), then one line per principal affected. Deterministic; `No access change.` when there is none. Every
 * value goes through {@link mdText} or {@link mdCode}: names, labels and reasons render as the text they are.
 */
import { mdCode as code, mdText } from '../escape/markdown-text';
import type { AccessChange, AccessChangeKind, AccessDiff, AccessDiffCounts, PrincipalDiff } from './access-change';

/** A short label per kind, for the table's `change` column. */
export const ACCESS_CHANGE_LABELS: Readonly<Record<AccessChangeKind, string>> = {
  'role-added': 'role added',
  'role-removed': 'role removed',
  'role-renamed': 'role renamed',
  'member-added': 'member added',
  'member-removed': 'member removed',
  'task-gained': 'task gained',
  'task-lost': 'task lost',
  'eligible-to-standing': 'just-in-time → standing',
  'standing-to-eligible': 'standing → just-in-time',
  'expiry-removed': 'expiry removed',
  'expiry-extended': 'expiry extended',
  'expiry-added': 'expiry added',
  'expiry-shortened': 'expiry shortened',
  'start-earlier': 'starts earlier',
  'start-later': 'starts later',
  'task-renamed': 'task renamed',
  'exception-removed': 'no longer an exception task',
  'exception-added': 'now an exception task',
  'activation-maximum-raised': 'maximum activation raised',
  'activation-maximum-lowered': 'maximum activation lowered',
  'approval-removed': 'approval removed',
  'approval-added': 'approval added',
  'approvers-changed': 'approvers changed',
  'mfa-removed': 'MFA removed',
  'mfa-added': 'MFA added',
  'activation-authentication-changed': 'activation authentication changed',
  'justification-removed': 'justification removed',
  'justification-added': 'justification added',
  'ticket-removed': 'ticket removed',
  'ticket-added': 'ticket added',
  'activation-notification-removed': 'activation notification removed',
  'activation-notification-added': 'activation notification added',
  'eligibility-expiry-removed': 'eligibility expiry removed',
  'eligibility-expiry-extended': 'eligibility expiry extended',
  'eligibility-expiry-added': 'eligibility expiry added',
  'eligibility-expiry-shortened': 'eligibility expiry shortened',
  'task-baseline-added': 'baseline added to task',
  'task-baseline-removed': 'baseline removed from task',
  'baseline-renamed': 'baseline renamed',
  'grant-added': 'grant added',
  'grant-removed': 'grant removed',
  'grant-role-changed': 'grant role changed',
  'grant-scope-changed': 'grant scope changed',
  'grant-pool-changed': 'VPN pool changed',
  'custom-role-permissions-changed': 'custom role permissions changed',
  'break-glass-added': 'break-glass account added',
  'break-glass-removed': 'break-glass account removed',
  'federated-credential-added': 'federated credential added',
  'federated-credential-removed': 'federated credential removed',
  'environment-unprotected': 'environment no longer protected',
  'environment-protected': 'environment protected',
  'group-owner-added': 'group owner added',
  'group-owner-removed': 'group owner removed',
  'deploying-identity-changed': 'deploying identity changed',
};

/** Kinds a principal's line tells through its effective tasks instead. */
const TOLD_BY_TASKS: ReadonlySet<AccessChangeKind> = new Set<AccessChangeKind>([
  'role-added',
  'role-removed',
  'task-gained',
  'task-lost',
  'eligible-to-standing',
  'standing-to-eligible',
]);

/** `3 access changes: 1 high, 1 medium, 1 low`. */
export function diffSummaryLine(counts: AccessDiffCounts): string {
  const s = counts.total === 1 ? '' : 's';
  return `${counts.total} access change${s}: ${counts.high} high, ${counts.medium} medium, ${counts.low} low`;
}

function subjectCell(c: AccessChange): string {
  if (c.task !== undefined) return `${code(c.subject)} › ${code(c.task)}`;
  if (c.subjectType === 'role' || c.subjectType === 'task' || c.subjectType === 'baseline') return code(c.subject);
  return mdText(c.subject);
}

function changeRow(c: AccessChange): string {
  const cells = [
    c.risk === 'high' ? '**high**' : c.risk,
    ACCESS_CHANGE_LABELS[c.kind],
    subjectCell(c),
    mdText(c.before ?? '—'),
    mdText(c.after ?? '—'),
    mdText(c.reason),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** A change as a principal's line tells it: a subject and what happened to it (undefined when its tasks tell it). */
function principalNote(c: AccessChange): { readonly subject: string; readonly what: string } | undefined {
  if (TOLD_BY_TASKS.has(c.kind) || (c.task !== undefined && c.member === undefined)) return undefined;
  if (c.kind === 'member-added') return { subject: '', what: `joins ${c.subject}` };
  if (c.kind === 'member-removed') return { subject: '', what: `leaves ${c.subject}` };
  if (c.member !== undefined) return { subject: `membership of ${c.subject}`, what: ACCESS_CHANGE_LABELS[c.kind] };
  if (c.kind.endsWith('-renamed')) return { subject: '', what: `${c.before} renamed ${c.after}` };
  if (c.subjectType === 'break-glass' || c.subjectType === 'group-owners')
    return { subject: '', what: ACCESS_CHANGE_LABELS[c.kind] };
  return { subject: c.subject, what: ACCESS_CHANGE_LABELS[c.kind] };
}

/** Notes grouped by subject, in first-seen order: `TASK_X: approval removed, MFA removed`. */
function groupNotes(notes: readonly { readonly subject: string; readonly what: string }[]): string[] {
  const bySubject = new Map<string, string[]>();
  for (const n of notes) {
    const list = bySubject.get(n.subject) ?? [];
    if (!list.includes(n.what)) list.push(n.what);
    bySubject.set(n.subject, list);
  }
  return [...bySubject].flatMap(([subject, whats]) => (subject === '' ? whats : [`${subject}: ${whats.join(', ')}`]));
}

/** Effective task changes: `gains TASK_A, TASK_B just-in-time`, `loses TASK_C (was standing)`, `TASK_D just-in-time → standing`. */
function taskNotes(p: PrincipalDiff): string[] {
  const grouped = new Map<string, string[]>();
  const moved: string[] = [];
  for (const t of p.tasks) {
    if (t.before !== undefined && t.after !== undefined) moved.push(`${t.task} ${t.before} → ${t.after}`);
    else {
      const key = t.before === undefined ? `+${t.after}` : `-${t.before}`;
      grouped.set(key, [...(grouped.get(key) ?? []), t.task]);
    }
  }
  return [
    ...[...grouped]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([k, tasks]) =>
        k.startsWith('+') ? `gains ${tasks.join(', ')} ${k.slice(1)}` : `loses ${tasks.join(', ')} (was ${k.slice(1)})`,
      ),
    ...moved,
  ];
}

function principalLine(p: PrincipalDiff, changes: readonly AccessChange[]): string {
  const who = p.label === p.key ? `${p.label} (${p.kind})` : `${p.label} (${p.kind} ${p.key})`;
  const notes = [
    ...groupNotes(
      p.changes.map((i) => principalNote(changes[i])).filter((n): n is { subject: string; what: string } => !!n),
    ),
    ...taskNotes(p),
  ];
  return `- ${p.risk === 'high' ? '**high**' : p.risk} ${mdText(who)}: ${notes.length > 0 ? notes.map(mdText).join('; ') : 'no effective change'}`;
}

/** The diff as Markdown (final newline). */
export function renderDiffMarkdown(diff: AccessDiff): string {
  if (diff.counts.total === 0) return 'No access change.\n';
  const lines = [
    `**${diffSummaryLine(diff.counts)}**`,
    '',
    '| risk | change | subject | before | after | why |',
    '| --- | --- | --- | --- | --- | --- |',
    ...diff.changes.map(changeRow),
  ];
  if (diff.principals.length > 0) {
    lines.push('', 'Per principal:', '', ...diff.principals.map((p) => principalLine(p, diff.changes)));
  }
  return `${lines.join('\n')}\n`;
}
