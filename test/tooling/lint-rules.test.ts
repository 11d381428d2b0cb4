/**
 * The project's own lint rule (eslint.config.mjs): provider classes are imported by file, never from a provider
 * package's root, which loads every resource class of the provider. The real config lints snippets through
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

/** Lints each snippet as if it were a file of lib/constructs; returns the messages of each. */
function lint(snippets: Record<string, string>): Record<string, LintMessage[]> {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const snippets = JSON.parse(process.env.SNIPPETS);
      const out = {};
      for (const [name, code] of Object.entries(snippets)) {
        const [result] = await eslint.lintText(code, { filePath: 'lib/constructs/lint-probe.ts' });
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
