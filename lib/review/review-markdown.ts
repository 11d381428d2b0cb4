/**
 * The review checklist in Markdown (`task-access review`). Deterministic: the reviewer fills in the date. Every
 * value (names, owners, members, details, the last change's author from git) goes through {@link mdText}.
 */
import { mdText } from '../report/escape/markdown-text';
import type { HighRiskKind, ReviewChecklist } from './review';

const SECTIONS: readonly { kind: HighRiskKind; title: string }[] = [
  { kind: 'break-glass', title: 'Break-glass accounts' },
  { kind: 'exception-task', title: 'Exception (high-privilege) tasks' },
  { kind: 'protected-write', title: 'Write or admin tasks in protected environments' },
  { kind: 'protected-standing', title: 'Standing access in protected environments' },
];

const list = (xs: readonly string[]): string => (xs.length ? xs.map(mdText).join(', ') : '-');
const owner = (o: string | undefined): string => (o !== undefined ? mdText(o) : 'none declared');

/** Renders a {@link ReviewChecklist}. */
export function reviewMarkdown(c: ReviewChecklist): string {
  const out: string[] = ['# Access review checklist', ''];
  out.push('Reviewer: ____________  Date: ____________', '');
  out.push(
    c.lastChange
      ? `Definition last changed: ${mdText(c.lastChange.date)}${c.lastChange.commit ? ` (commit ${mdText(c.lastChange.commit.slice(0, 12))}${c.lastChange.author ? `, ${mdText(c.lastChange.author)}` : ''})` : ''}${c.lastChange.source === 'given' ? ' (as given)' : ''}.`
      : 'Definition last changed: unknown (no git history; pass --last-change).',
    '',
  );
  out.push(
    'Monthly: the high-risk items below and every PIM activation (`task-access drift <audit export>`). Quarterly: all of it, every role and task.',
    '',
  );
  out.push('## Monthly: high-risk items', '');
  if (c.highRisk.length === 0) out.push('None in this definition.', '');
  for (const s of SECTIONS) {
    const items = c.highRisk.filter((i) => i.kind === s.kind);
    if (items.length === 0) continue;
    out.push(`### ${s.title}`, '');
    for (const i of items) {
      out.push(`- **${mdText(i.name)}** (owner: ${owner(i.owner)})`);
      for (const d of i.details) out.push(`  - ${mdText(d)}`);
      for (const k of i.checks) out.push(k.startsWith('  ') ? `    - [ ] ${mdText(k.trim())}` : `  - [ ] ${mdText(k)}`);
    }
    out.push('');
  }
  out.push(
    '- [ ] every PIM activation of the month reviewed with `task-access drift` (recommendations and access outside the model acted on)',
    '',
  );
  out.push('## Quarterly: every role', '');
  out.push('| done | role | owner | members | standing | eligible | inherits |', '|---|---|---|---|---|---|---|');
  for (const r of c.roles)
    out.push(
      `| [ ] | ${mdText(r.role)} | ${owner(r.owner)} | ${list(r.members)} | ${list(r.standing)} | ${list(r.eligible)} | ${list(r.inherits)} |`,
    );
  out.push('', '## Quarterly: every task', '');
  out.push(
    '| done | task | owner | baselines | standing in | eligible in | access | members |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const t of c.tasks)
    out.push(
      `| [ ] | ${mdText(t.task)} | ${owner(t.owner)} | ${list(t.baselines)} | ${list(t.standingIn)} | ${list(t.eligibleIn)} | ${mdText(t.access)} | ${list(t.members)} |`,
    );
  return `${out.join('\n').trimEnd()}\n`;
}
