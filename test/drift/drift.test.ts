/**
 * The drift analysis on the synthetic exports (JSON pages and the portal CSV) against the security fixture: how
 * often each task was activated and by whom, the recommendations (standing above the threshold, the exception to
 * review, eligibility never used, standing never used where usage is known) and access outside the model.
 * The period is given or taken from the export, never from the clock.
 */
import { resolveDefinition, type AccessModelDefinition } from '../../lib/model';
import { readAuditExports, type AuditExport } from '../../lib/audit-log';
import { analyzeDrift, driftMarkdown } from '../../lib/drift';
import { securityDefinition } from '../fixtures/security';
import { at, auditFile } from '../fixtures/audit-files';

/** The security fixture plus TASK_PROD_RESTART: eligible for ROLE_DEVELOPER, never activated in the exports. */
function definition(): AccessModelDefinition {
  const d = securityDefinition();
  return {
    ...d,
    tasks: [...d.tasks, { environment: 'PROD', name: 'RESTART', baselines: ['BASE_PROD_KV_SECRETS_GET'], jit: {} }],
    roles: d.roles.map((r) =>
      r.name === 'DEVELOPER' ? { ...r, eligible: [...(r.eligible ?? []), 'TASK_PROD_RESTART' as const] } : r,
    ),
  };
}

const model = resolveDefinition(definition());
const PERIOD = { from: at('2026-03-02T00:00:00Z'), to: at('2026-03-16T00:00:00Z') };
let json: AuditExport;
let csv: AuditExport;
beforeAll(() => {
  json = readAuditExports([auditFile('graph-page-1.json'), auditFile('graph-page-2.json')]);
  csv = readAuditExports([auditFile('portal-export.csv')]);
});

describe('on the Graph JSON pages (two weeks)', () => {
  test('per task: activations, rate per week, who activated, how usage is known', () => {
    const r = analyzeDrift(model, json, { ...PERIOD, usage: { TASK_DEV_VIEWER: 0 } });
    expect(r.period).toEqual({
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-03-16T00:00:00.000Z',
      days: 14,
      weeks: 2,
      source: 'options',
    });
    expect(r.records).toEqual({ read: 22, activations: 13, outsidePeriod: 0, withoutGroup: 0 });
    expect(
      r.tasks.map((t) => [
        t.task,
        t.activations,
        t.perWeek,
        t.usageKnown,
        t.activators.map((a) => `${a.label}:${a.activations}`),
      ]),
    ).toEqual([
      ['TASK_DEV_VIEWER', 0, 0, 'declared', []],
      ['TASK_PROD_KEYVAULT_ADMIN', 5, 2.5, 'activations', ['carol@contoso.example:5']],
      ['TASK_PROD_RESTART', 0, 0, 'activations', []],
      ['TASK_PROD_VIEWER', 7, 3.5, 'activations', ['alice@contoso.example:6', 'eve@contoso.example:1']],
    ]);
    expect(r.tasks.find((t) => t.task === 'TASK_PROD_VIEWER')?.activators[0]).toEqual({
      label: 'alice@contoso.example',
      id: '0000a11c-0000-4000-8000-000000000001',
      activations: 6,
      last: '2026-03-13T09:00:00.000Z',
    });
  });

  test('recommendations: standing above twice a week (in the activating role), review the exception, remove an unused eligibility, make unused standing eligible', () => {
    const r = analyzeDrift(model, json, { ...PERIOD, usage: { TASK_DEV_VIEWER: 0 } });
    expect(r.recommendations.map((x) => [x.task, x.kind, x.roles])).toEqual([
      ['TASK_DEV_VIEWER', 'make-eligible-or-remove', ['ROLE_DEVELOPER']],
      ['TASK_PROD_KEYVAULT_ADMIN', 'review-exception', ['ROLE_SNR_DEVELOPER']],
      ['TASK_PROD_RESTART', 'remove-eligibility', ['ROLE_DEVELOPER']],
      ['TASK_PROD_VIEWER', 'make-standing', ['ROLE_DEVELOPER']],
    ]);
    expect(r.recommendations.find((x) => x.kind === 'make-standing')?.message).toBe(
      'activated 3.5 times a week (more than 2): routine work, hold it standing in ROLE_DEVELOPER (a protected environment: check a narrower standing task would not do)',
    );
    expect(r.recommendations.find((x) => x.kind === 'remove-eligibility')?.message).toBe(
      'never activated in 14 days: remove the eligibility from ROLE_DEVELOPER (the roles inheriting it follow), unless it is kept on purpose (e.g. incidents)',
    );
  });

  test('access outside the model: an unknown group, and an activator who is no declared member of an eligible role', () => {
    const r = analyzeDrift(model, json, PERIOD);
    expect(r.outside).toEqual([
      {
        kind: 'unknown-group',
        group: 'TASK_PROD_SHADOW_ADMIN',
        activator: 'mallory@contoso.example',
        activations: 1,
        last: '2026-03-14T11:00:00.000Z',
        message:
          'TASK_PROD_SHADOW_ADMIN is not a group of the definition: someone made it eligible outside the model; bring it into the definition as a task, or remove the eligibility',
      },
      {
        kind: 'undeclared-activator',
        group: 'TASK_PROD_VIEWER',
        activator: 'eve@contoso.example',
        activations: 1,
        last: '2026-03-14T10:00:00.000Z',
        message:
          'eve@contoso.example activated TASK_PROD_VIEWER but is no declared member of ROLE_DEVELOPER, ROLE_SNR_DEVELOPER: eligibility granted outside the model, or a definition behind the directory',
      },
    ]);
  });

  test('the threshold is configurable: at 4 a week nothing is routine', () => {
    const r = analyzeDrift(model, json, { ...PERIOD, standingThreshold: 4 });
    expect(r.recommendations.map((x) => x.kind)).toEqual(['remove-eligibility']);
    expect(r.standingThreshold).toBe(4);
  });

  test('standing usage unknown gives no recommendation for standing tasks; a workload role is told to remove, not to activate', () => {
    expect(analyzeDrift(model, json, PERIOD).recommendations.map((x) => x.task)).not.toContain('TASK_DEV_VIEWER');
    const withPipeline = resolveDefinition({
      ...definition(),
      roles: [
        ...definition().roles,
        {
          name: 'CI_DEV',
          standing: ['TASK_DEV_VIEWER'],
          members: [{ kind: 'servicePrincipal', objectId: '000000c1-0000-4000-8000-0000000000d1' }],
        },
      ],
    });
    const rec = analyzeDrift(withPipeline, json, { ...PERIOD, usage: { TASK_DEV_VIEWER: 0 } }).recommendations.find(
      (x) => x.task === 'TASK_DEV_VIEWER',
    );
    expect(rec?.message).toBe(
      "standing but not used in 14 days: make it eligible only (just in time) in ROLE_DEVELOPER (the roles inheriting it follow), or remove it; remove it from ROLE_CI_DEV (workload identities can't activate)",
    );
  });

  test('without a period, the span of the export counts, at least one week; activations outside a given period are left out', () => {
    const span = analyzeDrift(model, json);
    expect(span.period).toEqual({
      from: '2026-03-02T08:59:30.000Z',
      to: '2026-03-15T13:00:00.001Z',
      days: 13.17,
      weeks: 1.88,
      source: 'export',
    });
    const firstWeek = analyzeDrift(model, json, { from: at('2026-03-02T00:00:00Z'), to: at('2026-03-05T00:00:00Z') });
    expect(firstWeek.period.weeks).toBe(1);
    expect(firstWeek.records).toMatchObject({ activations: 4, outsidePeriod: 9 });
  });

  test('activations that carry only the group ID are matched with groupIds', () => {
    const idOnly: AuditExport = { ...json, activations: json.activations.map(({ group: _g, ...a }) => a) };
    const r = analyzeDrift(model, idOnly, {
      ...PERIOD,
      groupIds: { TASK_PROD_VIEWER: '9000A000-0000-4000-8000-000000000001' },
    });
    expect(r.tasks.find((t) => t.task === 'TASK_PROD_VIEWER')?.activations).toBe(7);
    expect(r.outside.map((o) => [o.kind, o.group])).toEqual([
      ['unknown-group', '9000a000-0000-4000-8000-000000000002'],
      ['unknown-group', '9000a000-0000-4000-8000-000000000009'],
      ['undeclared-activator', 'TASK_PROD_VIEWER'],
    ]);
  });

  test('an activation of a task no role holds eligible, and of a role group, is outside the model', () => {
    const d = definition();
    const noEligible = resolveDefinition({
      ...d,
      roles: d.roles.map((r) => ({
        ...r,
        eligible: (r.eligible ?? []).filter((e) => e !== 'TASK_PROD_KEYVAULT_ADMIN'),
      })),
      exceptions: undefined,
    });
    const r = analyzeDrift(noEligible, json, PERIOD);
    expect(r.outside.filter((o) => o.kind === 'not-eligible')).toEqual([
      expect.objectContaining({
        group: 'TASK_PROD_KEYVAULT_ADMIN',
        activator: 'carol@contoso.example',
        activations: 5,
        message: expect.stringContaining('no role of the definition holds it eligible'),
      }),
    ]);
    const roleActivation: AuditExport = { ...json, activations: [{ ...json.activations[0], group: 'ROLE_DEVELOPER' }] };
    expect(analyzeDrift(model, roleActivation, PERIOD).outside[0].message).toContain(
      'ROLE_DEVELOPER is a role group, which the definition never makes eligible',
    );
  });
});

describe('on the portal CSV', () => {
  test('the same recommendations, and the activation without its group reported apart', () => {
    const r = analyzeDrift(model, csv, PERIOD);
    expect(r.records).toEqual({ read: 14, activations: 12, outsidePeriod: 0, withoutGroup: 1 });
    expect(r.recommendations.map((x) => [x.task, x.kind])).toEqual([
      ['TASK_PROD_KEYVAULT_ADMIN', 'review-exception'],
      ['TASK_PROD_RESTART', 'remove-eligibility'],
      ['TASK_PROD_VIEWER', 'make-standing'],
    ]);
    expect(r.withoutGroup).toEqual([
      { source: 'portal-export.csv line 14', activator: 'alice@contoso.example', time: '2026-03-15T09:00:00.000Z' },
    ]);
    expect(r.outside.map((o) => [o.kind, o.group])).toEqual([['unknown-group', 'TASK_PROD_SHADOW_ADMIN']]);
  });
});

describe('Markdown', () => {
  test('recommendations, access outside the model, then every task; deterministic', () => {
    const r = analyzeDrift(model, json, { ...PERIOD, usage: { TASK_DEV_VIEWER: 0 } });
    const md = driftMarkdown(r);
    expect(md).toBe(driftMarkdown(analyzeDrift(model, json, { ...PERIOD, usage: { TASK_DEV_VIEWER: 0 } })));
    expect(md.split('\n').slice(0, 12)).toEqual([
      '# PIM usage and drift',
      '',
      'Period: 2026-03-02 to 2026-03-15 (14 days; rates per week over 2 weeks). Routine threshold: more than 2 activations a week.',
      'Records read: 22; completed PIM for Groups activations: 13.',
      '',
      '## Recommendations',
      '',
      '- **TASK_DEV_VIEWER** (make eligible only, or remove): standing but not used in 14 days: make it eligible only (just in time) in ROLE_DEVELOPER (the roles inheriting it follow), or remove it.',
      '- **TASK_PROD_KEYVAULT_ADMIN** (review the exception): exception task activated 2.5 times a week (more than 2): the work is routine, so review whether a narrower task should be created for it; keep the exception just in time.',
      '- **TASK_PROD_RESTART** (remove the eligibility): never activated in 14 days: remove the eligibility from ROLE_DEVELOPER (the roles inheriting it follow), unless it is kept on purpose (e.g. incidents).',
      '- **TASK_PROD_VIEWER** (make standing): activated 3.5 times a week (more than 2): routine work, hold it standing in ROLE_DEVELOPER (a protected environment: check a narrower standing task would not do).',
      '',
    ]);
    expect(md).toContain(
      '| TASK_PROD_VIEWER (protected) | ROLE_DEVELOPER (eligible), ROLE_SNR_DEVELOPER (eligible) | 7 (3.5/week) | alice@contoso.example (6), eve@contoso.example (1) | make standing |',
    );
    expect(md).toContain('| TASK_PROD_SHADOW_ADMIN | mallory@contoso.example | 1 | 2026-03-14 11:00 |');
  });

  test('an empty export says so', () => {
    const md = driftMarkdown(analyzeDrift(model, { events: [], activations: [], withoutGroup: [] }));
    expect(md.split('\n')[2]).toBe('The export holds no record.');
  });
});
