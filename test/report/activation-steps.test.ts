/**
 * A just-in-time task that reaches role-assignable baselines takes one activation per group (the task group, then
 * each such baseline, which the task group can't nest): the access matrix, `explain`, the Markdown report and
 * access-model.json say so, with the policy and window that synthesis gives each eligibility.
 */
import { resolveDefinition } from '../../lib/model/resolve';
import type { ResolvedJitPolicy } from '../../lib/model/resolved';
import { accessMatrix, type ActivationStep } from '../../lib/report/access-matrix';
import { explain } from '../../lib/report/explain';
import { renderMarkdownReport } from '../../lib/report/markdown';
import { readAccessModelDocument, renderModelJson } from '../../lib/report/model-json';
import { formatExplanation } from '../../lib/report/text';
import { synthOne } from '../constructs/synth-helper';
import { SECURITY_LEADS, roleAssignableDefinition } from '../fixtures/role-assignable';

const definition = roleAssignableDefinition();
const model = resolveDefinition(definition);
const matrix = accessMatrix(model);
const developer = matrix.roles.find((r) => r.name === 'ROLE_DEVELOPER');
const bob = matrix.principals[0];
const stepsOf = (tasks: typeof bob.tasks, task: string) => tasks.find((t) => t.task === task)?.activation;

const policy: ResolvedJitPolicy = {
  maximumActivation: 'PT2H',
  requireJustification: true,
  requireTicket: true,
  requireApproval: true,
  approvers: [{ kind: 'group', objectId: SECURITY_LEADS, displayName: 'security leads' }],
  requireMfa: true,
  notifyOnActivation: [],
  eligibilityExpiry: 'never',
};
const APRIL = '2027-04-30T23:59:59Z';
const JANUARY = '2027-01-01T00:00:00Z';

describe('the access matrix', () => {
  test("a role's task: the task group, then each role-assignable baseline by name, each with its eligibility window", () => {
    expect(stepsOf(developer?.tasks ?? [], 'TASK_PROD_ENTRA_READ')).toEqual<ActivationStep[]>([
      {
        group: 'TASK_PROD_ENTRA_READ',
        kind: 'task',
        gives: ['BASE_PROD_KV_SECRETS_GET'],
        policy,
        window: { until: APRIL },
      },
      // one eligibility for the role, spanning TASK_PROD_ENTRA_AUDIT (permanent) too: permanent
      { group: 'BASE_PROD_ENTRA_READER', kind: 'role-assignable-baseline', gives: [], policy },
      {
        group: 'BASE_PROD_KV_SECRETS_LIST',
        kind: 'role-assignable-baseline',
        gives: [],
        policy,
        window: { until: APRIL },
      },
    ]);
    expect(stepsOf(developer?.tasks ?? [], 'TASK_PROD_ENTRA_AUDIT')).toEqual<ActivationStep[]>([
      { group: 'TASK_PROD_ENTRA_AUDIT', kind: 'task', gives: [], policy },
      { group: 'BASE_PROD_ENTRA_READER', kind: 'role-assignable-baseline', gives: [], policy },
    ]);
  });

  test("a principal's windows are within its membership of the role", () => {
    expect(bob.label).toBe('bob');
    expect(stepsOf(bob.tasks, 'TASK_PROD_ENTRA_READ')?.map((s) => [s.group, s.window])).toEqual([
      ['TASK_PROD_ENTRA_READ', { from: JANUARY, until: APRIL }],
      ['BASE_PROD_ENTRA_READER', { from: JANUARY }],
      ['BASE_PROD_KV_SECRETS_LIST', { from: JANUARY, until: APRIL }],
    ]);
  });

  test('a task without role-assignable baselines, or held standing, takes one activation: no steps', () => {
    for (const t of developer?.tasks ?? [])
      if (!t.task.startsWith('TASK_PROD_ENTRA_')) expect(t).not.toHaveProperty('activation');
  });

  test('is what synthesis gives: the baseline eligibilities and the policy of the baseline group', () => {
    const tf = synthOne({ definition, expiryWarning: false, rules: { onFindings: () => undefined } });
    const schedule = (b: string) =>
      tf.resource('azuread_privileged_access_group_eligibility_schedule', `ROLE_DEVELOPER__eligible__${b}`);
    expect(schedule('BASE_PROD_ENTRA_READER')).toMatchObject({ permanent_assignment: true });
    expect(schedule('BASE_PROD_KV_SECRETS_LIST')).toMatchObject({ expiration_date: APRIL });
    expect(schedule('TASK_PROD_ENTRA_READ')).toMatchObject({ expiration_date: APRIL });
    for (const b of ['BASE_PROD_ENTRA_READER', 'BASE_PROD_KV_SECRETS_LIST'])
      expect(tf.resource('azuread_group_role_management_policy', b).activation_rules).toEqual({
        maximum_duration: 'PT2H',
        require_approval: true,
        approval_stage: { primary_approver: [{ object_id: SECURITY_LEADS, type: 'groupMembers' }] },
        require_justification: true,
        require_multifactor_authentication: true,
        require_ticket_info: true,
      });
  });
});

describe('explain and the reports', () => {
  test('explain lists the activations in place of the policy line', () => {
    const text = formatExplanation(explain(model, 'ROLE_DEVELOPER'));
    const indent = ' '.repeat(39);
    const p = 'max PT2H, approval by group security leads, MFA, justification, ticket';
    expect(text.slice(text.indexOf('Tasks'), text.indexOf('\nBaselines')).split('\n')).toEqual([
      'Tasks (1 standing, 3 just-in-time)',
      '  standing      TASK_DEV_VIEWER        via ROLE_DEVELOPER',
      '  just-in-time  TASK_PROD_ENTRA_AUDIT  via ROLE_DEVELOPER',
      `${indent}2 PIM activations, each its own request (a role-assignable baseline is not reached through the task group):`,
      `${indent}  1. TASK_PROD_ENTRA_AUDIT (gives no grant by itself): ${p}`,
      `${indent}  2. BASE_PROD_ENTRA_READER (role-assignable): ${p}`,
      `  just-in-time  TASK_PROD_ENTRA_READ   via ROLE_DEVELOPER [until ${APRIL}]`,
      `${indent}3 PIM activations, each its own request (a role-assignable baseline is not reached through the task group):`,
      `${indent}  1. TASK_PROD_ENTRA_READ (gives BASE_PROD_KV_SECRETS_GET): ${p} [until ${APRIL}]`,
      `${indent}  2. BASE_PROD_ENTRA_READER (role-assignable): ${p}`,
      `${indent}  3. BASE_PROD_KV_SECRETS_LIST (role-assignable): ${p} [until ${APRIL}]`,
      '  just-in-time  TASK_PROD_VIEWER       via ROLE_DEVELOPER',
      `${indent}policy: max PT4H, no approval, MFA, justification`,
      '',
    ]);
  });

  test('the Markdown report: in the policy cell of the role and principal tables, and in Task policies', () => {
    const md = renderMarkdownReport(model);
    const p = 'max PT2H, approval by group security leads, MFA, justification, ticket';
    const head =
      '2 PIM activations, each its own request (a role-assignable baseline is not reached through the task group):';
    expect(md).toContain(
      `| \`TASK_PROD_ENTRA_AUDIT\` | just-in-time | ROLE_DEVELOPER | ${head}<br>1\\. TASK_PROD_ENTRA_AUDIT (gives no grant by itself): ${p}<br>2\\. BASE_PROD_ENTRA_READER (role-assignable): ${p} | \`BASE_PROD_ENTRA_READER\` (eligible member) |`,
    );
    expect(md).toContain(
      `| \`TASK_PROD_ENTRA_AUDIT\` | just-in-time | ROLE_DEVELOPER [from ${JANUARY}] | ${head}<br>1\\. TASK_PROD_ENTRA_AUDIT (gives no grant by itself): ${p} [from ${JANUARY}]<br>2\\. BASE_PROD_ENTRA_READER (role-assignable): ${p} [from ${JANUARY}] |`,
    );
    // Task policies: the policies only (windows depend on who holds the task)
    expect(md).toContain(
      `| \`TASK_PROD_ENTRA_AUDIT\` | PROD |  | \`ROLE_DEVELOPER\` | ${head}<br>1\\. TASK_PROD_ENTRA_AUDIT (gives no grant by itself): ${p}<br>2\\. BASE_PROD_ENTRA_READER (role-assignable): ${p} | no |`,
    );
    expect(md).toContain(
      `| \`TASK_PROD_VIEWER\` | PROD |  | \`ROLE_DEVELOPER\` | max PT4H, no approval, MFA, justification | no |`,
    );
  });

  test('access-model.json carries the steps and reads back against its schema', () => {
    const json = JSON.parse(renderModelJson(model));
    expect(() => readAccessModelDocument(json)).not.toThrow();
    const tasks = json.roles[0].tasks as { task: string; activation?: ActivationStep[] }[];
    expect(tasks.find((t) => t.task === 'TASK_PROD_ENTRA_READ')?.activation).toEqual(
      stepsOf(developer?.tasks ?? [], 'TASK_PROD_ENTRA_READ'),
    );
    expect(tasks.find((t) => t.task === 'TASK_PROD_VIEWER')).not.toHaveProperty('activation');
  });
});
