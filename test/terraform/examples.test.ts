/**
 * Terraform accepts every example as synthesized: the reference organisation in one stack and split by
 * environment, security-operations, vendor-and-agent, examples/ci and the README Quickstart pass
 * `terraform init`, `terraform validate` and a mocked plan and apply with the real azuread and azurerm providers.
 */
import { EXAMPLE_APPS, synthesizeExample, synthesizeQuickstart } from './example-stacks';
import { checkStacks, type CheckReport } from './terraform-check';
import { describeWithTerraform } from './terraform-suite';

describeWithTerraform('Terraform check: examples', (toolchain) => {
  let report: CheckReport;

  beforeAll(async () => {
    const apps = await Promise.all([...EXAMPLE_APPS.map(synthesizeExample), synthesizeQuickstart()]);
    report = await checkStacks(apps.flat(), toolchain(), { label: 'examples' });
  }, 300_000);

  test('every stack of every example passes init, validate and the mocked plan and apply', () => {
    expect(report.failures).toEqual([]);
    for (const r of report.results)
      expect({ stack: r.stack, passed: r.passed }).toEqual({
        stack: r.stack,
        passed: ['init', 'validate', 'plan', 'apply'],
      });
  });

  test('every example is there: the reference organisation split into directory, prod and dev, the ci stacks, the Quickstart', () => {
    expect(report.results.map((r) => r.stack).sort()).toEqual([
      'ci/access-dev',
      'ci/access-directory',
      'ci/access-prod',
      'quickstart/access',
      'reference-org-split/reference-org-dev',
      'reference-org-split/reference-org-directory',
      'reference-org-split/reference-org-prod',
      'reference-org/reference-org',
      'security-operations/security-operations',
      'vendor-and-agent/vendor-and-agent',
    ]);
  });
});
