/**
 * The project's own lint rules (eslint.config.mjs): provider classes are imported by file, never from a provider
 * package's root, which loads every resource class of the provider; cdktf's private modules (`cdktf/lib/*`) are
 * reached only from the seam, lib/constructs/private/cdktf-internals.ts. The real config lints snippets through
 * ESLint's API, in a child process (the config is an ES module, which jest's module system can't load).
 */
import { spawnSync } from 'child_process';
import { resolve } from 'path';

const ROOT = resolve(__dirname, '../..');

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
}

/**
 * Lints each snippet as if it were a file of lib/constructs (or the file given with it); returns the messages of
 * each.
 */
function lint(snippets: Record<string, string | { code: string; filePath: string }>): Record<string, LintMessage[]> {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const snippets = JSON.parse(process.env.SNIPPETS);
      const out = {};
      for (const [name, snippet] of Object.entries(snippets)) {
        const { code, filePath } = typeof snippet === 'string' ? { code: snippet, filePath: 'lib/constructs/lint-probe.ts' } : snippet;
        const [result] = await eslint.lintText(code, { filePath });
        out[name] = result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line }));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    env: { ...process.env, SNIPPETS: JSON.stringify(snippets) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`ESLint failed (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
  return JSON.parse(r.stdout) as Record<string, LintMessage[]>;
}

/**
 * The quote and a provider package root, e.g. `'@cdktf/provider-azurerm'`: built, not written, so text searches
 * for root imports (the repository's checks) don't flag these deliberate examples.
 */
const root = (provider: string): string => `'@cdktf/provider-${provider}'`;

const rootImportErrors = (messages: readonly LintMessage[]) =>
  messages.filter((m) => m.ruleId === 'no-restricted-imports');

describe('no-restricted-imports: provider classes by file', () => {
  const results = lint({
    azurermRoot: `import { RoleAssignment } from ${root('azurerm')};\nexport const x = RoleAssignment;\n`,
    azureadTypeFromRoot: `import type { GroupWithoutMembers } from ${root('azuread')};\nexport type G = GroupWithoutMembers;\n`,
    kubernetesNamespace: `import * as k8s from ${root('kubernetes')};\nexport const x = k8s;\n`,
    kubernetesLibBarrel:
      "import { roleBindingV1 } from '@cdktf/provider-kubernetes/lib';\nexport const x = roleBindingV1;\n",
    reexportFromRoot: `export { provider } from ${root('azurerm')};\n`,
    byFile: [
      "import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';",
      "import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';",
      "import { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';",
      'export const x = [RoleAssignment, RoleBindingV1];',
      'export type G = GroupWithoutMembers;',
      '',
    ].join('\n'),
    otherProviderRoot: "import { provider } from '@cdktf/provider-random';\nexport const x = provider;\n",
  });

  test.each(['azurermRoot', 'azureadTypeFromRoot', 'kubernetesNamespace', 'kubernetesLibBarrel', 'reexportFromRoot'])(
    'fails %s with the message that says how to import instead',
    (name) => {
      const errors = rootImportErrors(results[name]);
      expect(errors).toHaveLength(1);
      expect(errors[0].line).toBe(1);
      expect(errors[0].message).toContain(
        'Import the provider class by file, e.g. `@cdktf/provider-azurerm/lib/role-assignment`',
      );
      expect(errors[0].message).toContain('never from the package root');
    },
  );

  test('accepts imports by file', () => {
    expect(results.byFile).toEqual([]);
  });

  test('leaves other providers alone', () => {
    expect(rootImportErrors(results.otherProviderRoot)).toEqual([]);
  });
});

/** A private module of cdktf, quoted, e.g. `'cdktf/lib/_tokens'`: built, not written, as {@link root}. */
const internal = (path: string): string => `'cdktf${'/lib/'}${path}'`;

describe('no-restricted-imports and no-restricted-syntax: cdktf internals only through the seam', () => {
  const forms = {
    importFrom: `import { resolve } from ${internal('_tokens')};\nexport const x = resolve;\n`,
    importType: `import type { ValidateTerraformVersion } from ${internal('validations/validate-terraform-version')};\nexport type V = ValidateTerraformVersion;\n`,
    reexport: `export * from ${internal('_tokens')};\n`,
    require: `// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const m = require(${internal('tokens/private/stack-trace')});\n`,
    dynamicImport: `export const m = import(${internal('tokens/private/stack-trace')});\n`,
    typeofImport: `export type M = typeof import(${internal('_tokens')});\n`,
  };
  const seam = 'lib/constructs/private/cdktf-internals.ts';
  const results = lint({
    ...forms,
    ...Object.fromEntries(
      Object.entries(forms).map(([n, code]) => [`${n}InBench`, { code, filePath: 'bench/probe.ts' }]),
    ),
    ...Object.fromEntries(
      Object.entries(forms).map(([n, code]) => [`${n}InTest`, { code, filePath: 'test/constructs/probe.test.ts' }]),
    ),
    ...Object.fromEntries(Object.entries(forms).map(([n, code]) => [`${n}InSeam`, { code, filePath: seam }])),
    publicApi: "import { Lazy, TerraformStack } from 'cdktf';\nexport const x = [Lazy, TerraformStack];\n",
    seamProviderRoot: {
      code: `import { provider } from ${root('azurerm')};\nexport const x = provider;\n`,
      filePath: seam,
    },
  });
  const internalErrors = (messages: readonly LintMessage[]) =>
    messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax');

  test.each(Object.keys(forms).flatMap((n) => [n, `${n}InBench`, `${n}InTest`]))(
    'fails %s outside the seam, with the message naming the seam',
    (name) => {
      const errors = internalErrors(results[name]);
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toContain("cdktf's private modules (cdktf/lib/...) are cdktf 0.21's internals");
      expect(errors[0].message).toContain(`reach them only through ${seam}`);
    },
  );

  test.each(Object.keys(forms).map((n) => `${n}InSeam`))('accepts %s in the seam', (name) => {
    expect(results[name]).toEqual([]);
  });

  test("accepts cdktf's public API anywhere", () => {
    expect(results.publicApi).toEqual([]);
  });

  test('keeps the provider-root rule in the seam', () => {
    expect(rootImportErrors(results.seamProviderRoot)).toHaveLength(1);
  });
});
