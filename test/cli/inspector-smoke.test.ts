/**
 * The real `task-access` command line, spawned twice: the done criterion of the inspector on the reference
 * organisation (who can set a secret in the production Key Vault), and an unknown name (exit 2, no stack trace).
 */
import { spawnSync } from 'child_process';
import { resolve } from 'path';

const ROOT = resolve(__dirname, '../..');
const KV =
  '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod/providers/Microsoft.KeyVault/vaults/kv-app-prod';
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--require', 'tsx/cjs', 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

test('who-can set a secret in the production Key Vault: ROLE_SNR_DEVELOPER just in time, via TASK_PROD_KEYVAULT_ADMIN, not ROLE_DEVELOPER', () => {
  const r = run(
    'who-can',
    '--azure-action',
    'Microsoft.KeyVault/vaults/secrets/setSecret/action',
    '--scope',
    KV,
    '--definition',
    'examples/reference-org/definition.ts',
    '--json',
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const answer = JSON.parse(r.stdout) as { roles: { name: string; mode: string; paths: { task: string }[] }[] };
  expect(answer.roles.map((h) => [h.name, h.mode, h.paths.map((p) => p.task)])).toEqual([
    ['ROLE_SNR_DEVELOPER', 'eligible', ['TASK_PROD_KEYVAULT_ADMIN']],
  ]);
});

test('fails an unknown role with exit 2, the nearest name and no stack trace', () => {
  const r = run('explain', 'ROLE_SNR_DEVELOPR', '--definition', 'examples/reference-org/definition.ts');
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(
    'task-access: explain: no role or principal is named "ROLE_SNR_DEVELOPR". Did you mean "ROLE_SNR_DEVELOPER"?',
  );
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
