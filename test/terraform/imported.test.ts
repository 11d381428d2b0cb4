/**
 * Terraform accepts what an imported tenant synthesizes, import blocks included: the definitions `task-access
 * import` writes for the reference and the messy tenant (test/fixtures/tenant-export) pass `terraform init`,
 * `terraform validate` and the mocked plan and apply (mocked providers can't import, so the check overrides each
 * import target: what this proves is that every block is well-formed and targets a resource of the stack).
 */
import { importTenant } from '../../lib/cli/import-tenant';
import { synthStacks } from '../constructs/synth-helper';
import { FIXTURE_DIR } from '../fixtures/tenant-export/generate';
import type { TerraformJson } from './stack-copy';
import { checkStacks, type CheckReport, type StackInput } from './terraform-check';
import { describeWithTerraform } from './terraform-suite';

const NOW = new Date('2026-12-03T00:00:00Z');
/**
 * The messy tenant's hostile description (a line separator among quotes, backticks and comment markers) is imported
 * as written, so `hidden-character` reports it: suppressed here, where what is checked is that Terraform takes it.
 */
const RULES = {
  reference: {},
  messy: {
    suppressions: [
      {
        rule: 'hidden-character',
        path: 'baselines.BASE_DEV_ACR_IMAGE_LIST.description',
        reason: 'the fixture holds a U+2028 to prove the Terraform JSON keeps it literal',
      },
    ],
  },
} as const;
const stacks: StackInput[] = (['reference', 'messy'] as const).flatMap((name) =>
  [
    ...synthStacks(
      { definition: importTenant(FIXTURE_DIR[name], { now: NOW }).definition, report: false, rules: RULES[name] },
      name,
    ),
  ].map(([, s]) => ({ name: `imported-${name}`, json: s.json as TerraformJson })),
);

test('both stacks carry import blocks, for groups and for every other kind the importer adopts', () => {
  for (const s of stacks) {
    const types = new Set(((s.json as { import?: { to: string }[] }).import ?? []).map((i) => i.to.split('.')[0]));
    expect([...types].sort()).toEqual([
      'azuread_directory_role_assignment',
      'azuread_group_member',
      'azuread_group_role_management_policy',
      'azuread_group_without_members',
      'azuread_privileged_access_group_eligibility_schedule',
      'azurerm_role_assignment',
      'kubernetes_cluster_role_binding_v1',
      'kubernetes_role_binding_v1',
    ]);
  }
});

describeWithTerraform('Terraform check: imported tenants', (toolchain) => {
  let report: CheckReport;

  beforeAll(async () => {
    report = await checkStacks(stacks, toolchain(), { label: 'imported' });
  }, 300_000);

  test('the imported definitions pass init, validate and the mocked plan and apply with their import blocks', () => {
    expect(report.failures).toEqual([]);
    for (const r of report.results)
      expect({ stack: r.stack, passed: r.passed }).toEqual({
        stack: r.stack,
        passed: ['init', 'validate', 'plan', 'apply'],
      });
    expect(report.results.map((r) => r.stack).sort()).toEqual(['imported-messy', 'imported-reference']);
  });
});
