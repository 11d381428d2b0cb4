/**
 * The access diff as a pull-request comment when the definition's text is hostile: a member's display name with a
 * tag and a forged table row, and (property) arbitrary text in every text field of the diff. The comment keeps
 * one table row per change and one line per principal, and no value adds an element.
 */
import type { AccessDiff } from '../../../lib/report/diff';
import { diffDefinitions, renderDiffMarkdown } from '../../../lib/report/diff';
import { REF, withRole } from '../diff/reference-changes';
import { withSuffix, expectMarkdownShapeKept } from './hostile';

const MALLORY = '0000ba0d-0000-4000-8000-000000000066';
const NAME = '<img src=x onerror=alert(1)>\r\n| **high** | forged | `ROLE_X` |';
const diff = diffDefinitions(
  REF,
  withRole(REF, 'DEVELOPER', (r) => ({
    ...r,
    members: [...(r.members ?? []), { kind: 'user', objectId: MALLORY, displayName: NAME }],
  })),
);

test('a display name with a tag and a forged row is text in its cell and in the principal line', () => {
  const lines = renderDiffMarkdown(diff).split('\n');
  expect(lines).toContain(
    `| medium | member added | \`ROLE_DEVELOPER\` | — | &lt;img src=x onerror=alert(1)> \\| \\*\\*high\\*\\* \\| forged \\| \\\`ROLE_X\\\` \\| (user ${MALLORY}) | new access to the 4 tasks of ROLE_DEVELOPER |`,
  );
  expect(lines.filter((l) => l.startsWith('- medium &lt;img src=x onerror=alert(1)> \\| '))).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith('|'))).toHaveLength(diff.changes.length + 2);
});

/** Keys of a diff whose strings are discriminators. */
const DIFF_KEEP: ReadonlySet<string> = new Set(['kind', 'risk', 'subjectType']);

test('property: arbitrary text in every field leaves the comment the same shape, with no element of its own', () => {
  expectMarkdownShapeKept((suffix) => renderDiffMarkdown(withSuffix<AccessDiff>(diff, suffix, DIFF_KEEP)));
});
