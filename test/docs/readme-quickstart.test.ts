/**
 * The README's Quickstart runs as written (importing the library from this checkout): its two files synthesize, and
 * `task-access lint` reads the definition file without synthesizing.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { quickstartFiles } from '../fixtures/quickstart';

const ROOT = join(__dirname, '..', '..');


const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };

describe('the Quickstart', () => {
  const files = quickstartFiles();
  const dir = mkdtempSync(join(tmpdir(), 'quickstart-'));
  for (const [name, code] of files) writeFileSync(join(dir, name), code);

  test('is two files, the definition and the app', () => {
    expect([...files.keys()]).toEqual(['definition.ts', 'main.ts']);
  });

  test('lint reads the definition file and synthesizes nothing', () => {
    for (const file of ['definition.ts']) {
      const r = spawnSync(
        process.execPath,
        ['--require', 'tsx/cjs', join(ROOT, 'lib/cli/main.ts'), 'lint', '--definition', file],
        { cwd: dir, encoding: 'utf8', env },
      );
      expect([file, r.status, r.stderr]).toEqual([file, 0, '']);
      expect(r.stdout).toContain('Rule pack: 0 errors');
    }
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  test('main.ts synthesizes the access stack', () => {
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'main.ts'], { cwd: dir, encoding: 'utf8', env });
    expect(r.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(r.status).toBe(0);
    const tf = JSON.parse(readFileSync(join(dir, 'cdktf.out', 'stacks', 'access', 'cdk.tf.json'), 'utf8'));
    expect(tf.resource.azuread_group_without_members.BASE_PROD_KV_SECRETS_ADMIN.display_name).toBe(
      'BASE_PROD_KV_SECRETS_ADMIN',
    );
    expect(Object.keys(tf.resource.azuread_privileged_access_group_eligibility_schedule)).toEqual([
      'ROLE_DEVELOPER__eligible__TASK_PROD_KEYVAULT_ADMIN',
    ]);
  });
});
