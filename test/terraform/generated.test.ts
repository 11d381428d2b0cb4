/**
 * Terraform accepts what generated definitions synthesize: 23 definitions from the property tests' arbitrary
 * and the benchmark generator (time-bound access, directory roles, authentication contexts, monitoring, custom
 * roles, members by UPN, Kubernetes bindings, split stacks) pass `terraform init`, `terraform validate` and a
 * mocked plan and apply with the real providers.
 */
import { synthStacks } from '../constructs/synth-helper';
import { GENERATED_RULES, generatedCases } from './generated-definitions';
import type { TerraformJson } from './stack-copy';
import { checkStacks, type CheckReport, type StackInput } from './terraform-check';
import { describeWithTerraform } from './terraform-suite';

const cases = generatedCases();
const stacks: StackInput[] = cases.flatMap((c) =>
  [...synthStacks({ definition: c.definition, rules: GENERATED_RULES, ...c.split }, c.name)].map(([stack, s]) => ({
    name: stack === c.name ? c.name : `${c.name}/${stack}`,
    app: c.name,
    json: s.json as TerraformJson,
  })),
);

const resources = (json: TerraformJson, type: string) => Object.entries(json.resource?.[type] ?? {});

describe('the generated batch', () => {
  test('has at least 20 definitions, and stacks of both split kinds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(stacks.filter((s) => s.app === 'org-50-split-environment').length).toBe(3);
    expect(stacks.filter((s) => s.app === 'org-60-split-size').length).toBeGreaterThan(1);
  });

  // What the Terraform check covers, asserted on the synthesized JSON so the claim can't silently rot.
  test.each<[string, (json: TerraformJson) => boolean]>([
    [
      'time-bound eligibility (expiration_date)',
      (j) =>
        resources(j, 'azuread_privileged_access_group_eligibility_schedule').some(([, r]) => 'expiration_date' in r),
    ],
    ['time-bound assignments', (j) => resources(j, 'azuread_privileged_access_group_assignment_schedule').length > 0],
    [
      'directory roles of baselines',
      (j) => resources(j, 'azuread_directory_role_assignment').some(([n]) => !n.startsWith('BREAK_GLASS__')),
    ],
    [
      'authentication contexts on activation',
      (j) =>
        resources(j, 'azuread_group_role_management_policy').some(
          ([, r]) =>
            (r.activation_rules as Record<string, unknown>)?.required_conditional_access_authentication_context ===
            'c1',
        ),
    ],
    ['monitoring alerts', (j) => resources(j, 'azurerm_monitor_scheduled_query_rules_alert_v2').length > 0],
    ['monitoring action groups', (j) => resources(j, 'azurerm_monitor_action_group').length > 0],
    ['monitoring saved searches', (j) => resources(j, 'azurerm_log_analytics_saved_search').length > 0],
    ['the Entra diagnostic setting', (j) => resources(j, 'azurerm_monitor_aad_diagnostic_setting').length > 0],
    ['custom roles', (j) => resources(j, 'azurerm_role_definition').length > 0],
    ['members by UPN', (j) => Object.keys(j.data?.azuread_user ?? {}).length > 0],
    ['Kubernetes bindings', (j) => resources(j, 'kubernetes_role_binding_v1').length > 0],
    ['cross-stack references', (j) => Object.keys(j.data?.terraform_remote_state ?? {}).length > 0],
  ])('covers %s', (_, occurs) => {
    expect(stacks.filter((s) => occurs(s.json)).map((s) => s.name)).not.toEqual([]);
  });
});

describeWithTerraform('Terraform check: generated definitions', (toolchain) => {
  let report: CheckReport;

  beforeAll(async () => {
    report = await checkStacks(stacks, toolchain(), { label: 'generated definitions' });
  }, 420_000);

  test('every stack passes init, validate and the mocked plan and apply', () => {
    expect(report.failures).toEqual([]);
    expect(report.results.map((r) => r.stack)).toEqual(stacks.map((s) => s.name));
    for (const r of report.results)
      expect({ stack: r.stack, passed: r.passed }).toEqual({
        stack: r.stack,
        passed: ['init', 'validate', 'plan', 'apply'],
      });
  });
});
