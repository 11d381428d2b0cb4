/**
 * The drift report and the review checklist when text is hostile: a group display name and an activator in the
 * audit export (anyone who can name a group or an account writes them), a commit author from git, owners and
 * members from the definition. Exact lines for hostile values, and (property) arbitrary text in every text field
 * of a report leaves the document the same shape, with no element of its own.
 */
import { resolveDefinition } from '../../../lib/model';
import { readAuditExports } from '../../../lib/audit-log';
import { analyzeDrift, driftMarkdown, type DriftReport } from '../../../lib/drift';
import { buildReview, reviewMarkdown, type ReviewChecklist } from '../../../lib/review';
import { securityDefinition } from '../../fixtures/security';
import { withSuffix, expectMarkdownShapeKept } from './hostile';
import { at, auditFile } from '../../fixtures/audit-files';

const model = resolveDefinition(securityDefinition());
const GROUP = 'TASK_PROD_X | <script>alert(1)</script>\n## Forged';
const ACTOR = "=cmd|' /C calc'!A0\u202E@contoso.example";

/** The Graph pages with the shadow group renamed and mallory's UPN replaced, as an attacker would name them. */
function hostileExport() {
  const json = (s: string) => JSON.stringify(s).slice(1, -1);
  return readAuditExports(
    ['graph-page-1.json', 'graph-page-2.json'].map(auditFile).map((f) => ({
      name: f.name,
      text: f.text.replaceAll('TASK_PROD_SHADOW_ADMIN', json(GROUP)).replaceAll('mallory@contoso.example', json(ACTOR)),
    })),
  );
}

const PERIOD = { from: at('2026-03-02T00:00:00Z'), to: at('2026-03-16T00:00:00Z') };

describe('driftMarkdown', () => {
  const report = analyzeDrift(model, hostileExport(), PERIOD);
  const md = driftMarkdown(report);

  test('a hostile group name and activator from the export are text in their row', () => {
    const row = md.split('\n').find((l) => l.startsWith('| TASK\\_PROD\\_X') || l.startsWith('| TASK_PROD_X'));
    expect(row).toBe(
      `| TASK_PROD_X \\| &lt;script>alert(1)&lt;/script> ## Forged | \\=cmd\\|' /C calc'!A0\\\\u202E@contoso.example | 1 | 2026-03-14 11:00 | TASK_PROD_X \\| &lt;script>alert(1)&lt;/script> ## Forged is not a group of the definition: someone made it eligible outside the model; bring it into the definition as a task, or remove the eligibility |`,
    );
    expect(md).not.toContain('\n## Forged');
  });

  /** Keys of a drift report whose strings are discriminators or dates the writer parses. */
  const KEEP: ReadonlySet<string> = new Set(['kind', 'usageKnown', 'source', 'from', 'to']);

  test('property: arbitrary text in every field leaves the report the same shape, with no element of its own', () => {
    expectMarkdownShapeKept((suffix) => driftMarkdown(withSuffix<DriftReport>(report, suffix, KEEP)));
  });
});

describe('reviewMarkdown', () => {
  const author = 'Mallory <m@evil.example>\n# Approved by security';
  const checklist = buildReview(model, {
    lastChange: { date: '2026-03-02', commit: '0123456789abcdef', author, source: 'git' },
  });

  test('a commit author with a tag and a forged heading is text in its line', () => {
    const md = reviewMarkdown(checklist);
    expect(md).toContain(
      'Definition last changed: 2026-03-02 (commit 0123456789ab, Mallory &lt;m@evil.example> # Approved by security).',
    );
    expect(md).not.toContain('\n# Approved');
  });

  test('an owner and a member with pipes stay in their cells', () => {
    const c: ReviewChecklist = {
      ...checklist,
      roles: [
        { role: 'ROLE_X', owner: 'a | b', members: ['m | n', '[ ] done'], standing: [], eligible: [], inherits: [] },
      ],
    };
    expect(reviewMarkdown(c).split('\n')).toContain('| [ ] | ROLE_X | a \\| b | m \\| n, \\[ ] done | - | - | - |');
  });

  /** Keys of a checklist whose strings are discriminators. */
  const KEEP: ReadonlySet<string> = new Set(['kind', 'source']);

  test('property: arbitrary text in every field leaves the checklist the same shape, with no element of its own', () => {
    expectMarkdownShapeKept((suffix) => reviewMarkdown(withSuffix<ReviewChecklist>(checklist, suffix, KEEP)));
  });
});
