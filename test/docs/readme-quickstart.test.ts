/** The README's Quickstart runs as written (importing the library from this checkout) and synthesizes. */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

test('the Quickstart code synthesizes the access stack', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Quickstart');
  const open = readme.indexOf('```ts\n', start) + '```ts\n'.length;
  const code = readme.slice(open, readme.indexOf('```', open));
  expect(code).toContain("from 'cdktf-task-access'");
  const dir = mkdtempSync(join(tmpdir(), 'quickstart-'));
  writeFileSync(join(dir, 'main.ts'), code.replace("from 'cdktf-task-access'", `from ${JSON.stringify(join(ROOT, 'lib'))}`));
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'main.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
  });
  expect(r.stderr.replace(/npm warn.*\n/g, '')).toBe('');
  expect(r.status).toBe(0);
  const tf = JSON.parse(readFileSync(join(dir, 'cdktf.out', 'stacks', 'access', 'cdk.tf.json'), 'utf8'));
  expect(tf.resource.azuread_group_without_members.BASE_PROD_KV_SECRETS_ADMIN.display_name).toBe('BASE_PROD_KV_SECRETS_ADMIN');
  expect(Object.keys(tf.resource.azuread_privileged_access_group_eligibility_schedule)).toEqual(['ROLE_DEVELOPER__eligible__TASK_PROD_KEYVAULT_ADMIN']);
});
