/**
 * The README's Quickstart runs as written (importing the library from this checkout): its two files synthesize, and
 * `task-access lint` reads the definition file without synthesizing.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

/** The Quickstart's code blocks, by the file named on their first line (`// definition.ts`). */
function quickstartFiles(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quickstart'), readme.indexOf('<!-- /section:quickstart -->'));
  const files = new Map<string, string>();
  for (const m of section.matchAll(/```ts\n\/\/ ([\w.-]+)\n([\s\S]*?)```/g)) files.set(m[1] as string, m[2] as string);
  return files;
}

const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };

describe('the Quickstart', () => {
  const files = quickstartFiles();
  const dir = mkdtempSync(join(tmpdir(), 'quickstart-'));
  for (const [name, code] of files) {
    expect(code).toContain("from 'cdktf-task-access'");
    writeFileSync(join(dir, name), code.replace("from 'cdktf-task-access'", `from ${JSON.stringify(join(ROOT, 'lib'))}`));
  }

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
