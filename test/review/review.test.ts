/**
 * The review checklist: high-risk items first (break-glass with the 90-day validation, exception tasks,
 * write/admin tasks and standing access in protected environments), then every role and task with owner and
 * members; the last change is given (never read from the clock or, here, from git).
 */
import { resolveDefinition } from '../../lib/model';
import { BREAK_GLASS_VALIDATION_STEPS, buildReview, parseGitLogLine, reviewMarkdown } from '../../lib/review';
import { securityDefinition } from '../fixtures/security';

const definition = securityDefinition();
const model = resolveDefinition(definition);

describe('buildReview', () => {
  test('high-risk items in order: break-glass, exception tasks, protected write/admin, protected standing', () => {
    const c = buildReview(model);
    expect(c.highRisk.map((i) => [i.kind, i.name, i.owner])).toEqual([
      ['break-glass', 'break-glass', undefined],
      ['exception-task', 'TASK_PROD_KEYVAULT_ADMIN', 'platform-lead@contoso.example'],
    ]);
    expect(c.highRisk[0].details).toEqual([
      'accounts: bg1@contoso.onmicrosoft.com, bg2@contoso.onmicrosoft.com (active permanent Global Administrator, outside PIM)',
      'sign-in alert: severity 0, any sign-in (monitoring is configured)',
      "excluded from the library's Conditional Access policies: CA_EXCEPTION_ACTIVATION_C1",
    ]);
    expect(c.highRisk[0].checks.slice(2)).toEqual(BREAK_GLASS_VALIDATION_STEPS.map((s) => `  ${s}`));
    expect(c.highRisk[1].details).toEqual([
      'access: PIM, PT2H, approval by ROLE_SECURITY_LEAD, ticket, authentication context c1, notifies oncall@contoso.example, security@contoso.example',
      'eligible in: ROLE_SNR_DEVELOPER',
      'can activate: carol',
    ]);
  });

  test('a protected task that writes, and standing access in a protected environment, are high-risk', () => {
    const d = securityDefinition();
    const withWrite = resolveDefinition({
      ...d,
      tasks: d.tasks.map((t) => (t.name === 'KEYVAULT_ADMIN' ? { ...t, highPrivilege: false } : t)),
      roles: [
        ...d.roles,
        {
          name: 'AUDITOR',
          standing: ['TASK_PROD_VIEWER'],
          members: [{ kind: 'user', userPrincipalName: 'erin@contoso.example' }],
        },
      ],
      exceptions: undefined,
    });
    const c = buildReview(withWrite);
    expect(c.highRisk.map((i) => [i.kind, i.name])).toEqual([
      ['break-glass', 'break-glass'],
      ['protected-write', 'TASK_PROD_KEYVAULT_ADMIN'],
      ['protected-standing', 'ROLE_AUDITOR -> TASK_PROD_VIEWER'],
    ]);
    expect(c.highRisk[1].details[0]).toMatch(/^writes: BASE_PROD_KV_SECRETS_ADMIN: action part ADMIN$/);
    expect(c.highRisk[2].details).toEqual(['members: erin@contoso.example']);
    // A declared writes: false (carried by the resolved task) overrides what the baselines say.
    const declared = buildReview({
      ...withWrite,
      tasks: withWrite.tasks.map((t) => (t.name === 'TASK_PROD_KEYVAULT_ADMIN' ? { ...t, writes: false } : t)),
    });
    expect(declared.highRisk.map((i) => i.kind)).not.toContain('protected-write');
  });

  test('every role and task with owner and members', () => {
    const c = buildReview(model);
    expect(c.roles).toEqual([
      {
        role: 'ROLE_DEVELOPER',
        owner: 'head-of-engineering@contoso.example',
        members: ['alice'],
        standing: ['TASK_DEV_VIEWER'],
        eligible: ['TASK_PROD_VIEWER'],
        inherits: [],
      },
      {
        role: 'ROLE_SECURITY_LEAD',
        owner: 'ciso@contoso.example',
        members: ['dave'],
        standing: [],
        eligible: [],
        inherits: [],
      },
      {
        role: 'ROLE_SNR_DEVELOPER',
        members: ['carol'],
        standing: ['TASK_DEV_VIEWER'],
        eligible: ['TASK_PROD_KEYVAULT_ADMIN', 'TASK_PROD_VIEWER'],
        inherits: ['ROLE_DEVELOPER'],
      },
    ]);
    expect(c.tasks.find((t) => t.task === 'TASK_PROD_VIEWER')).toEqual({
      task: 'TASK_PROD_VIEWER',
      owner: 'platform@contoso.example',
      environment: 'PROD',
      baselines: ['BASE_PROD_KV_SECRETS_GET'],
      standingIn: [],
      eligibleIn: ['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER'],
      access: 'PIM, PT4H, no approval, MFA',
      members: ['alice', 'carol'],
    });
  });
});

describe('reviewMarkdown', () => {
  test('header with the last change, monthly high-risk checklist, quarterly tables', () => {
    const md = reviewMarkdown(
      buildReview(model, {
        lastChange: { date: '2026-03-02T10:00:00+01:00', commit: '0123456789abcdef', author: 'Jane', source: 'git' },
      }),
    );
    const lines = md.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '# Access review checklist',
      '',
      'Reviewer: ____________  Date: ____________',
      '',
      'Definition last changed: 2026-03-02T10:00:00+01:00 (commit 0123456789ab, Jane).',
      '',
      'Monthly: the high-risk items below and every PIM activation (`task-access drift <audit export>`). Quarterly: all of it, every role and task.',
      '',
      '## Monthly: high-risk items',
      '',
    ]);
    expect(md).toContain('### Break-glass accounts\n\n- **break-glass** (owner: none declared)\n');
    expect(md).toContain(
      '  - [ ] the last validation is less than 90 days old; if not, run it now:\n    - [ ] tell security monitoring that the account check is under way\n',
    );
    expect(md).toContain(
      '### Exception (high-privilege) tasks\n\n- **TASK_PROD_KEYVAULT_ADMIN** (owner: platform-lead@contoso.example)\n',
    );
    expect(md).toContain(
      '| [ ] | ROLE_SNR_DEVELOPER | none declared | carol | TASK_DEV_VIEWER | TASK_PROD_KEYVAULT_ADMIN, TASK_PROD_VIEWER | ROLE_DEVELOPER |',
    );
    expect(md).toContain(
      '| [ ] | TASK_DEV_VIEWER | none declared | BASE_DEV_KV_SECRETS_GET | ROLE_DEVELOPER, ROLE_SNR_DEVELOPER | - | standing only | alice, carol |',
    );
    expect(md.endsWith('\n')).toBe(true);
  });

  test('an unknown last change, and one given as text', () => {
    expect(reviewMarkdown(buildReview(model))).toContain(
      'Definition last changed: unknown (no git history; pass --last-change).',
    );
    expect(
      reviewMarkdown(buildReview(model, { lastChange: { date: '2026-03-02 (PR #41)', source: 'given' } })),
    ).toContain('Definition last changed: 2026-03-02 (PR #41) (as given).');
  });
});

test('parses the git log line, and rejects anything else', () => {
  expect(parseGitLogLine('0123456789abcdef0123456789abcdef01234567\t2026-03-02T10:00:00+01:00\tJane Doe\n')).toEqual({
    date: '2026-03-02T10:00:00+01:00',
    commit: '0123456789abcdef0123456789abcdef01234567',
    author: 'Jane Doe',
    source: 'git',
  });
  expect(parseGitLogLine('')).toBeUndefined();
  expect(parseGitLogLine('fatal: not a git repository')).toBeUndefined();
});
