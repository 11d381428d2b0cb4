/**
 * The drift report in Markdown, for people (`task-access drift`). Deterministic. Every value from the definition
 * or the audit export (group and task names, UPNs, display names, file names, messages) goes through
 * {@link mdText}: the export is written by whoever can name a group or an account, so it renders as text.
 */
import { mdText } from '../report/escape/markdown-text';
import type { DriftReport, TaskUsage } from './drift';

const LABELS: Record<string, string> = {
  'make-standing': 'make standing',
  'review-exception': 'review the exception',
  'remove-eligibility': 'remove the eligibility',
  'make-eligible-or-remove': 'make eligible only, or remove',
  'remove-standing': 'remove',
};

function usageCell(u: TaskUsage): string {
  switch (u.usageKnown) {
    case 'activations':
      return `${u.activations} (${u.perWeek}/week)`;
    case 'declared':
      return `standing, ${u.declaredUses} uses (declared)`;
    case 'unknown':
      return 'standing: unknown';
    case 'none':
      return u.activations > 0 ? `${u.activations} (held by no role)` : 'held by no role';
  }
}

/** Renders a {@link DriftReport}. */
export function driftMarkdown(r: DriftReport): string {
  const out: string[] = [];
  out.push('# PIM usage and drift', '');
  const last = new Date(Math.max(Date.parse(r.period.from), Date.parse(r.period.to) - 1)).toISOString().slice(0, 10);
  if (r.period.source === 'empty') out.push('The export holds no record.');
  else
    out.push(
      `Period: ${r.period.from.slice(0, 10)} to ${last} (${r.period.days} days${r.period.source === 'export' ? ', the span of the export' : ''}; rates per week over ${r.period.weeks} weeks). Routine threshold: more than ${r.standingThreshold} activations a week.`,
    );
  out.push(
    `Records read: ${r.records.read}; completed PIM for Groups activations: ${r.records.activations}${r.records.outsidePeriod ? ` (${r.records.outsidePeriod} more outside the period)` : ''}${r.records.withoutGroup ? `; ${r.records.withoutGroup} without their group` : ''}.`,
    '',
  );

  out.push('## Recommendations', '');
  if (r.recommendations.length === 0) out.push('None: activations match how the tasks are held.', '');
  else {
    for (const rec of r.recommendations)
      out.push(`- **${mdText(rec.task)}** (${LABELS[rec.kind]}): ${mdText(rec.message)}.`);
    out.push('');
  }

  out.push('## Access outside the model', '');
  if (r.outside.length === 0) out.push('None found.', '');
  else {
    out.push('| group | activated by | activations | last | finding |', '|---|---|---:|---|---|');
    for (const o of r.outside)
      out.push(
        `| ${mdText(o.group)} | ${mdText(o.activator)} | ${o.activations} | ${o.last.slice(0, 16).replace('T', ' ')} | ${mdText(o.message)} |`,
      );
    out.push('');
  }

  out.push('## Tasks', '');
  out.push('| task | held | activations | activated by | recommendation |', '|---|---|---|---|---|');
  for (const u of r.tasks) {
    const held =
      [
        ...u.standingIn.map((n) => `${mdText(n)} (standing)`),
        ...u.eligibleIn.map((n) => `${mdText(n)} (eligible)`),
      ].join(', ') || '-';
    const who = u.activators.map((a) => `${mdText(a.label)} (${a.activations})`).join(', ') || '-';
    const flags = [u.highPrivilege ? 'exception' : '', u.protected ? 'protected' : ''].filter(Boolean).join(', ');
    out.push(
      `| ${mdText(u.task)}${flags ? ` (${flags})` : ''} | ${held} | ${usageCell(u)} | ${who} | ${u.recommendation ? LABELS[u.recommendation.kind] : '-'} |`,
    );
  }
  out.push('');
  if (r.tasks.some((u) => u.usageKnown === 'unknown')) {
    out.push(
      'Standing access leaves no PIM activation, so its usage is unknown here; give `--usage <file>` (uses per task) to get recommendations for standing tasks.',
      '',
    );
  }
  if (r.withoutGroup.length > 0) {
    out.push('## Activations without their group', '');
    out.push(
      'The portal CSV keeps only three targets, which can drop the group of an activation. Export JSON (portal download or Graph) to attribute these:',
      '',
    );
    for (const w of r.withoutGroup)
      out.push(`- ${mdText(w.source)}: ${mdText(w.activator)} at ${w.time.slice(0, 16).replace('T', ' ')}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
