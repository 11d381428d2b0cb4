/** The access diff as a pull-request comment: exact Markdown. */
import { diffDefinitions, diffSummaryLine, renderDiffMarkdown } from '../../../lib/report/diff';
import { PEOPLE, REF, withPolicy, withRole } from './reference-changes';

test('no access change', () => {
  expect(renderDiffMarkdown(diffDefinitions(REF, REF))).toBe('No access change.\n');
});

test('the summary line counts every risk', () => {
  expect(diffSummaryLine({ total: 1, high: 1, medium: 0, low: 0 })).toBe('1 access change: 1 high, 0 medium, 0 low');
  expect(diffSummaryLine({ total: 3, high: 1, medium: 1, low: 1 })).toBe('3 access changes: 1 high, 1 medium, 1 low');
});

test('a summary line, a table highest risk first, then one line per principal', () => {
  const after = withRole(
    withPolicy(REF, 'PROD', 'KEYVAULT_ADMIN', ({ approvers: _approvers, ...p }) => p),
    'DEVELOPER',
    (r) => ({
      ...r,
      members: [
        r.members?.[1] as NonNullable<typeof r.members>[number],
        { kind: 'user', userPrincipalName: 'dave@contoso.example' },
      ],
    }),
  );
  expect(renderDiffMarkdown(diffDefinitions(REF, after)).split('\n')).toEqual([
    '**3 access changes: 1 high, 1 medium, 1 low**',
    '',
    '| risk | change | subject | before | after | why |',
    '| --- | --- | --- | --- | --- | --- |',
    '| **high** | approval removed | `TASK_PROD_KEYVAULT_ADMIN` | group engineering managers (PLACEHOLDER) or ROLE_SNR_DEVELOPER | none | activation in protected environment PROD no longer needs approval |',
    '| medium | member added | `ROLE_DEVELOPER` | — | dave@contoso.example (user) | new access to the 4 tasks of ROLE_DEVELOPER |',
    `| low | member removed | \`ROLE_DEVELOPER\` | alice@contoso.example (PLACEHOLDER) (user ${PEOPLE.alice}) | — | access removed |`,
    '',
    'Per principal:',
    '',
    `- **high** carol@contoso.example (PLACEHOLDER) (user ${PEOPLE.carol}): TASK_PROD_KEYVAULT_ADMIN: approval removed`,
    '- medium dave@contoso.example (user): joins ROLE_DEVELOPER; gains TASK_DEV_DEPLOYMENT, TASK_DEV_KEYVAULT_ADMIN, TASK_PROD_VIEWER just-in-time; gains TASK_DEV_VIEWER standing',
    `- low alice@contoso.example (PLACEHOLDER) (user ${PEOPLE.alice}): leaves ROLE_DEVELOPER; loses TASK_DEV_DEPLOYMENT, TASK_DEV_KEYVAULT_ADMIN, TASK_PROD_VIEWER (was just-in-time); loses TASK_DEV_VIEWER (was standing)`,
    '',
  ]);
});

test('a role and its task in one cell; pipes in values are escaped', () => {
  const after = withRole(REF, 'SNR_DEVELOPER', (r) => ({
    ...r,
    standing: ['TASK_PROD_DEPLOYMENT'],
    eligible: ['TASK_PROD_KEYVAULT_ADMIN'],
    members: [{ kind: 'user', objectId: PEOPLE.carol, displayName: 'carol | ops' }],
  }));
  const md = renderDiffMarkdown(diffDefinitions(REF, after));
  expect(md).toContain('| **high** | just-in-time → standing | `ROLE_SNR_DEVELOPER` › `TASK_PROD_DEPLOYMENT` |');
  expect(md).toContain(
    `- **high** carol \\| ops (user ${PEOPLE.carol}): TASK_PROD_DEPLOYMENT just-in-time → standing\n`,
  );
});
