/**
 * The Terraform check itself: the copy (kubernetes left out, prevent_destroy off), the mocks, the toolchain
 * lookup, and, with Terraform, that a broken stack fails naming the stack, the address, the attribute and
 * Terraform's message (reverting the replace_triggered_by fix makes the check fail).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { synthOne } from '../constructs/synth-helper';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { IDS, minimal } from '../fixtures/minimal';
import { formatProblem, toProblem } from './diagnostics';
import { jsonText } from './json-text';
import { mockTestFile } from './mock-test-file';
import { copyStack, type TerraformJson } from './stack-copy';
import { checkStack, type StackResult } from './terraform-check';
import { describeWithTerraform, suitePlan } from './terraform-suite';
import { cliConfig, findToolchain, mirrorHas, PINNED_PROVIDERS, providerSource } from './toolchain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The minimal definition (and break-glass accounts) synthesized: PROD protected, an eligibility schedule with replace_triggered_by. */
const synthesized = (): TerraformJson =>
  structuredClone(
    synthOne({
      definition: {
        ...minimal(),
        breakGlass: [{ objectId: IDS.breakGlass }, { objectId: IDS.breakGlass.replace(/1$/, '2') }],
      },
    }).json,
  ) as TerraformJson;
/** The reference organisation synthesized: Kubernetes bindings on two cluster aliases. */
const referenceOrg = (): TerraformJson =>
  structuredClone(synthOne({ definition: referenceOrganisation }).json) as TerraformJson;

/** A small stack by hand: a kubernetes binding, a resource depending on it and an output reading it. */
const withKubernetes = (): TerraformJson => ({
  terraform: {
    required_providers: {
      azuread: { source: 'hashicorp/azuread', version: '3.7.0' },
      kubernetes: { source: 'kubernetes', version: '2.38.0' },
    },
  },
  provider: { azuread: [{}], kubernetes: [{ alias: 'aks-prod', config_context: 'aks-prod' }] },
  resource: {
    azuread_group_without_members: {
      G: { display_name: 'G', security_enabled: true, lifecycle: { prevent_destroy: true } },
      H: {
        display_name: 'H',
        security_enabled: true,
        depends_on: ['kubernetes_role_binding_v1.B', 'azuread_group_without_members.G'],
      },
      I: { display_name: '${kubernetes_role_binding_v1.B.metadata[0].name}', security_enabled: true },
    },
    kubernetes_role_binding_v1: {
      B: { provider: 'kubernetes.aks-prod', metadata: { name: 'b', namespace: 'a' } },
    },
  },
  output: {
    binding: { value: '${kubernetes_role_binding_v1.B.id}' },
    group: { value: '${azuread_group_without_members.G.object_id}' },
  },
  import: [
    { to: 'kubernetes_role_binding_v1.B', id: 'a/b' },
    { to: 'azuread_group_without_members.G', id: '/groups/00000000-0000-4000-8000-0000000000aa' },
  ],
});

describe('the copy of a stack', () => {
  test('leaves out the kubernetes provider, its resources and what refers to them, and says so', () => {
    const original = withKubernetes();
    const copy = copyStack(original, ['kubernetes']);
    expect(copy.leftOut).toEqual({
      providers: ['kubernetes.aks-prod'],
      elements: ['kubernetes_role_binding_v1.B'],
      dependents: ['azuread_group_without_members.I', 'import.kubernetes_role_binding_v1.B', 'output.binding'],
      references: 1,
    });
    expect(copy.json.terraform?.required_providers).toEqual({
      azuread: { source: 'hashicorp/azuread', version: '3.7.0' },
    });
    expect(copy.json.provider).toEqual({ azuread: [{}] });
    expect(Object.keys(copy.json.resource ?? {})).toEqual(['azuread_group_without_members']);
    expect(copy.json.resource?.azuread_group_without_members.H.depends_on).toEqual(['azuread_group_without_members.G']);
    expect(Object.keys(copy.json.output ?? {})).toEqual(['group']);
    expect(copy.json.import).toEqual([withKubernetes().import?.[1]]);
    expect(original).toEqual(withKubernetes());
  });

  test('keeps everything when kubernetes is available, and turns prevent_destroy off in the copy only', () => {
    const copy = copyStack(withKubernetes());
    expect(copy.leftOut).toEqual({ providers: [], elements: [], dependents: [], references: 0 });
    expect(copy.json.resource?.kubernetes_role_binding_v1.B).toBeDefined();
    expect(copy.preventDestroyCleared).toEqual(['azuread_group_without_members.G']);
    expect(copy.json.resource?.azuread_group_without_members.G.lifecycle).toEqual({ prevent_destroy: false });
  });

  test('of a synthesized stack: every kubernetes_* resource is left out, the rest stays', () => {
    const stack = referenceOrg();
    const copy = copyStack(stack, ['kubernetes']);
    const types = (j: TerraformJson) => Object.keys(j.resource ?? {});
    expect(types(stack).filter((t) => t.startsWith('kubernetes_')).length).toBeGreaterThan(0);
    expect(types(copy.json)).toEqual(types(stack).filter((t) => !t.startsWith('kubernetes_')));
    expect(copy.leftOut.providers).toEqual(['kubernetes.aks-dev', 'kubernetes.aks-prod']);
    expect(copy.preventDestroyCleared.length).toBeGreaterThan(0);
  });
});

describe('the mocked test file', () => {
  test('mocks every provider and alias, with UUID-shaped defaults for the types present, and runs a plan and an apply', () => {
    const hcl = mockTestFile(copyStack(withKubernetes()).json);
    expect(hcl).toContain('mock_provider "azuread" {\n  mock_resource "azuread_group_without_members" {');
    expect(hcl).toContain('"object_id" = "00000000-0000-4000-8000-000000000001"');
    expect(hcl).toContain('mock_provider "kubernetes" {\n  alias = "aks-prod"\n}');
    expect(hcl).not.toContain('azuread_application');
    // A mocked provider can't import: each import target is overridden instead.
    expect(hcl).toContain('override_resource {\n  target = kubernetes_role_binding_v1.B\n  values = {}\n}');
    expect(hcl).toContain('override_resource {\n  target = azuread_group_without_members.G\n  values = {\n');
    expect(hcl).toMatch(/run "plan" \{\n {2}command = plan\n\}\n\nrun "apply" \{\n {2}command = apply\n\}/);
  });

  test('overrides terraform_remote_state with the outputs the stack reads, shaped like what the other stack outputs', () => {
    const stack: TerraformJson = {
      terraform: { required_providers: { azuread: { source: 'hashicorp/azuread', version: '3.7.0' } } },
      data: { terraform_remote_state: { 'in-dir': { backend: 'local', config: { path: 'x' } } } },
      resource: {
        azuread_group_member: {
          M: {
            group_object_id: '${data.terraform_remote_state.in-dir.outputs.group-oid}',
            member_object_id: '${data.terraform_remote_state.in-dir.outputs.unknown-oid}',
          },
        },
        azuread_application_federated_identity_credential: {
          F: { application_id: '${data.terraform_remote_state.in-dir.outputs.app-id}' },
        },
      },
    };
    const hcl = mockTestFile(
      stack,
      new Map([
        ['group-oid', '${azuread_group_without_members.ROLE_X.object_id}'],
        ['app-id', '${azuread_application.A.id}'],
      ]),
    );
    expect(hcl).toContain('target = data.terraform_remote_state.in-dir');
    expect(hcl).toContain('"group-oid" = "00000000-0000-4000-8000-000000000001"');
    expect(hcl).toContain('"app-id" = "/applications/00000000-0000-4000-8000-000000000002"');
    expect(hcl).toMatch(/"unknown-oid" = "00000000-0000-4000-8000-0000000000fe"/);
    for (const m of hcl.matchAll(/"object_id" = "([^"]+)"/g)) expect(m[1]).toMatch(UUID);
  });
});

describe('diagnostics', () => {
  test('a diagnostic on a line of cdk.tf.json names the address and attribute of that line', () => {
    const json = { resource: { t_a: { N: { lifecycle: { replace_triggered_by: ['${terraform_data.N}'] } } } } };
    const text = jsonText(json);
    expect(text.text).toBe(JSON.stringify(json, null, 2));
    const line = text.text.split('\n').findIndex((l) => l.includes('terraform_data.N')) + 1;
    const problem = toProblem(
      'stack-a',
      'init',
      {
        severity: 'error',
        summary: 'Invalid character',
        detail: 'This character is not used within the language.',
        range: { filename: 'cdk.tf.json', start: { line } },
        snippet: { context: 'resource.t_a.N.lifecycle.replace_triggered_by', code: '   "${terraform_data.N}"' },
      },
      text,
    );
    expect(formatProblem(problem)).toBe(
      `stack-a: init: t_a.N (lifecycle.replace_triggered_by[0]): Invalid character: This character is not used within the language. [cdk.tf.json:${line} "\${terraform_data.N}"]`,
    );
  });

  test('jsonText matches JSON.stringify on a synthesized stack, line for line', () => {
    const stack = synthesized();
    expect(jsonText(stack).text).toBe(JSON.stringify(stack, null, 2));
    expect(jsonText(stack).paths.length).toBe(JSON.stringify(stack, null, 2).split('\n').length);
  });
});

describe('the toolchain', () => {
  const dirs: string[] = [];
  const scratch = () => {
    dirs.push(mkdtempSync(join(tmpdir(), 'task-access-tf-toolchain-')));
    return dirs[dirs.length - 1];
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('providers: TASK_ACCESS_TF_MIRROR, else ../shared/terraform/mirror beside the checkout, else the registry', () => {
    const root = scratch();
    const repo = join(root, 'checkout');
    mkdirSync(repo);
    expect(providerSource({}, repo)).toEqual({ kind: 'registry' });
    mkdirSync(join(root, 'shared', 'terraform', 'mirror'), { recursive: true });
    expect(providerSource({}, repo)).toEqual({
      kind: 'mirror',
      path: join(root, 'shared', 'terraform', 'mirror'),
      from: 'shared folder',
    });
    expect(providerSource({ TASK_ACCESS_TF_MIRROR: root }, repo)).toEqual({
      kind: 'mirror',
      path: root,
      from: 'TASK_ACCESS_TF_MIRROR',
    });
    expect(providerSource({ TASK_ACCESS_TF_MIRROR: join(root, 'nope') }, repo)).toBe(
      `TASK_ACCESS_TF_MIRROR=${join(root, 'nope')} is not a directory`,
    );
  });

  test('a mirror has a provider version in the unpacked or the packed layout', () => {
    const mirror = scratch();
    const dir = join(mirror, 'registry.terraform.io', 'hashicorp');
    mkdirSync(join(dir, 'azuread', '3.7.0', 'linux_amd64'), { recursive: true });
    mkdirSync(join(dir, 'kubernetes'), { recursive: true });
    writeFileSync(join(dir, 'kubernetes', 'terraform-provider-kubernetes_2.38.0_linux_amd64.zip'), '');
    expect(mirrorHas(mirror, 'azuread', '3.7.0')).toBe(true);
    expect(mirrorHas(mirror, 'azuread', '3.6.0')).toBe(false);
    expect(mirrorHas(mirror, 'kubernetes', '2.38.0')).toBe(true);
    expect(mirrorHas(mirror, 'azurerm', '4.55.0')).toBe(false);
  });

  test('the CLI configuration installs hashicorp providers from the mirror only, and sets the plugin cache', () => {
    expect(cliConfig({ kind: 'mirror', path: '/m', from: 'shared folder' }, '/cache')).toBe(
      [
        'plugin_cache_dir = "/cache"',
        'provider_installation {',
        '  filesystem_mirror {',
        '    path    = "/m"',
        '    include = ["registry.terraform.io/hashicorp/*"]',
        '  }',
        '  direct {',
        '    exclude = ["registry.terraform.io/hashicorp/*"]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(cliConfig({ kind: 'registry' }, '/cache')).toBe('plugin_cache_dir = "/cache"\n');
  });

  test('without terraform on PATH the suite is skipped, and fails with CI=true', () => {
    const status = findToolchain({ env: { PATH: scratch() } });
    expect(status.ok).toBe(false);
    expect(status.ok ? '' : status.reason).toMatch(/^terraform is not on PATH/);
    expect(suitePlan(status, {})).toBe('skip');
    expect(suitePlan(status, { CI: 'true' })).toBe('fail');
  });
});

describeWithTerraform('Terraform check of a hand-broken stack', (toolchain) => {
  // A failed stack's scratch directory is kept for debugging; these fail on purpose.
  const failed: StackResult[] = [];
  afterAll(() => failed.forEach((r) => r.dir && rmSync(r.dir, { recursive: true, force: true })));

  test('a mirror without the pinned azuread and azurerm providers is no toolchain (skipped, or failing with CI=true)', () => {
    const mirror = mkdtempSync(join(tmpdir(), 'task-access-tf-empty-mirror-'));
    const status = findToolchain({ env: { ...process.env, TASK_ACCESS_TF_MIRROR: mirror } });
    rmSync(mirror, { recursive: true });
    const required = PINNED_PROVIDERS.filter((p) => !p.optional)
      .map((p) => `hashicorp/${p.name} ${p.version}`)
      .join(', ');
    expect(required).toBe('hashicorp/azuread 3.7.0, hashicorp/azurerm 4.55.0');
    expect(status).toEqual({
      ok: false,
      reason: `the provider mirror ${mirror} (TASK_ACCESS_TF_MIRROR) has no ${required}`,
    });
    expect(suitePlan(status, { CI: 'true' })).toBe('fail');
  });

  test("the synthesized stack passes; with the old ${...} form of replace_triggered_by, init fails naming the address and Terraform's message", async () => {
    const good = await checkStack({ name: 'minimal', json: synthesized() }, toolchain());
    expect(good.errors).toEqual([]);
    expect(good.passed).toEqual(['init', 'validate', 'plan', 'apply']);

    // Revert the fix: every replace_triggered_by entry as cdktf 0.21 renders a resource object, `${terraform_data.X}`.
    const broken = synthesized();
    const schedules = broken.resource?.azuread_privileged_access_group_eligibility_schedule ?? {};
    const [name, schedule] = Object.entries(schedules)[0];
    const lifecycle = schedule.lifecycle as { replace_triggered_by: string[] };
    expect(lifecycle.replace_triggered_by).toEqual([`terraform_data.${name}`]);
    lifecycle.replace_triggered_by = lifecycle.replace_triggered_by.map((r) => `\${${r}}`);

    const result = await checkStack({ name: 'minimal-broken', json: broken }, toolchain());
    failed.push(result);
    expect(result.passed).toEqual([]);
    const lines = result.errors.map(formatProblem);
    const address = `azuread_privileged_access_group_eligibility_schedule.${name}`;
    expect(lines).toEqual([
      expect.stringContaining(
        `minimal-broken: init: ${address} (lifecycle.replace_triggered_by[0]): Invalid character: This character is not used within the language.`,
      ),
      expect.stringContaining(
        `minimal-broken: init: ${address} (lifecycle.replace_triggered_by[0]): Invalid expression: Expected the start of an expression`,
      ),
    ]);
    expect(lines[0]).toContain(`"\${terraform_data.${name}}"`);
  });

  test("a value a provider validator rejects fails validate, naming the address, the attribute and the provider's message", async () => {
    const stack = synthesized();
    const members = stack.resource?.azuread_group_member ?? {};
    const [name, member] = Object.entries(members).find(([n]) => n.includes('__member__')) ?? [];
    expect(member).toBeDefined();
    (member as Record<string, unknown>).member_object_id = 'not-a-uuid';
    const result = await checkStack({ name: 'minimal-bad-id', json: stack }, toolchain());
    failed.push(result);
    expect(result.passed).toEqual(['init']);
    expect(result.errors.map(formatProblem)).toEqual([
      expect.stringContaining(
        `minimal-bad-id: validate: azuread_group_member.${name} (member_object_id): expected "member_object_id" to be a valid UUID, got not-a-uuid`,
      ),
    ]);
  });

  test("the mocked apply runs the providers' validators on computed values: an application ID where a group object ID belongs fails the apply", async () => {
    const stack = synthesized();
    const member = Object.values(stack.resource?.azuread_group_member ?? {})[0];
    // Passes validate and the plan (unknown until apply), fails when the mocked apply gives it a value.
    member.member_object_id = '${azuread_application.APP.id}';
    stack.resource = { ...stack.resource, azuread_application: { APP: { display_name: 'app' } } };
    const result = await checkStack({ name: 'minimal-wrong-reference', json: stack }, toolchain());
    failed.push(result);
    expect(result.passed).toEqual(['init', 'validate', 'plan']);
    expect(result.errors.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^minimal-wrong-reference: apply: azuread_group_member\.\S+ \(member_object_id\): expected "member_object_id" to be a valid UUID, got \/applications\//,
      ),
    ]);
  });

  test('with a kubernetes provider available the whole stack is checked (here init then fails: the mirror has none)', async () => {
    const tc = toolchain();
    const result = await checkStack(
      { name: 'reference-org-k8s', json: referenceOrg() },
      { ...tc, hasProvider: () => true },
    );
    failed.push(result);
    expect(result.leftOut.elements).toEqual([]);
    if (tc.hasProvider('kubernetes', '2.38.0')) {
      expect(result.errors).toEqual([]);
    } else {
      expect(result.passed).toEqual([]);
      expect(result.errors.map(formatProblem).join('\n')).toMatch(/^reference-org-k8s: init: .*hashicorp\/kubernetes/m);
    }
  });
});
