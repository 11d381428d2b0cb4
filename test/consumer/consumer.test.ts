/**
 * The package as a user gets it. A copy of the package sources is built and packed (`npm pack`, which builds
 * through `prepack`); a scratch cdktf TypeScript app with its own package.json depends on the tarball, installs
 * it OFFLINE from the npm cache, type checks, and runs the real `cdktf synth`. This proves that the packaging is
 * complete (files, `exports`, type declarations, catalog data, bin) and that the public API alone is enough.
 *
 * Nothing here touches the network: npm runs with `offline=true` and a proxy on a closed loopback port, so a
 * package missing from the npm cache fails with ENOTCACHED instead of being downloaded. The versions the app
 * asks for are the ones this repository installs, which is why they are in the cache.
 *
 * Slow (about a minute): the other tests import lib/ directly and stay fast. `KEEP_CONSUMER_TEMP=1` keeps the
 * scratch directory (its path is printed) to look at the app, its node_modules and cdktf.out after a failure.
 */
import { spawnSync } from 'child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';

const ROOT = resolve(__dirname, '../..');
const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const KEEP_TEMP = process.env.KEEP_CONSUMER_TEMP === '1';

/** Exactly the version this repository installs (so the npm cache has it). */
function pinned(name: string): string {
  const v = rootPkg.devDependencies[name] ?? rootPkg.dependencies[name];
  if (!v) throw new Error(`${name} is not a dependency of ${rootPkg.name}; the consumer app needs it pinned`);
  return v;
}

/**
 * The environment of a user's shell: none of the `npm test` process's npm_* variables (they would point npm at
 * this repository), except where the npm cache and config files are; npm offline; no telemetry; no network.
 */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_globalconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !keep.has(k.toLowerCase())) continue;
    if (/^(no_proxy|https?_proxy)$/i.test(k)) continue;
    env[k] = v;
  }
  const deadProxy = 'http://127.0.0.1:9';
  return {
    ...env,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'warn',
    HTTP_PROXY: deadProxy,
    HTTPS_PROXY: deadProxy,
    http_proxy: deadProxy,
    https_proxy: deadProxy,
    CHECKPOINT_DISABLE: '1',
    CI: 'true',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...extra,
  };
}

interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/** Runs a command; unless `allowFailure`, throws with the command, the directory and the end of its output. */
function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; allowFailure?: boolean } = {},
): RunResult {
  const r = spawnSync(cmd, args, {
    cwd,
    env: options.env ?? userEnv(),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status };
  if (!options.allowFailure && (r.error || r.status !== 0)) {
    const tail = (s: string) => (s.length > 6000 ? `...${s.slice(-6000)}` : s);
    throw new Error(
      [
        `\`${cmd} ${args.join(' ')}\` failed in ${cwd}`,
        r.error ? `error: ${r.error.message}` : `exit code: ${r.status}${r.signal ? ` (signal ${r.signal})` : ''}`,
        `--- stderr ---\n${tail(result.stderr)}`,
        `--- stdout ---\n${tail(result.stdout)}`,
        r.stderr?.includes('ENOTCACHED')
          ? 'hint: a package is not in the npm cache; run `npm install` in the repository once (online) to cache it'
          : '',
      ].join('\n'),
    );
  }
  return result;
}

/** `npm pack --json` output: the last JSON array printed (lifecycle script output may come before it). */
function packJson(stdout: string): { filename: string; integrity: string; files: { path: string }[] } {
  const start = stdout.lastIndexOf('\n[') >= 0 ? stdout.lastIndexOf('\n[') + 1 : stdout.indexOf('[');
  const parsed = JSON.parse(stdout.slice(start)) as {
    filename: string;
    integrity: string;
    files: { path: string }[];
  }[];
  return parsed[0];
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

let stage: string;
let packageDir: string;
let tarball: string;
let tarballIntegrity: string;
let packedFiles: string[];

/** npm could not find something in its cache (offline), as opposed to any other failure. */
const CACHE_MISS = /ENOTCACHED|only-if-cached|Found: [^\s]+@undefined/;

/**
 * Installs the app offline as a user would: `npm install` without a lockfile, resolving every version from
 * the npm cache. That needs the registry metadata of each package in the cache, which a machine that only ran
 * `npm ci` does not have (it fetches tarballs, not metadata). Then the app gets a lockfile seeded from this
 * repository's (the same versions, whose tarballs `npm ci` cached) and installs offline from it.
 * `TASK_ACCESS_CONSUMER_LOCKFILE=1` takes the second way directly.
 */
function installOffline(app: string): void {
  const install = () =>
    run('npm', ['install', '--offline', '--no-audit', '--no-fund'], app, { timeoutMs: 300_000, allowFailure: true });
  if (process.env.TASK_ACCESS_CONSUMER_LOCKFILE !== '1') {
    const first = install();
    if (first.status === 0) return;
    if (!CACHE_MISS.test(first.stderr + first.stdout)) {
      throw new Error(
        `npm install --offline failed in ${app} (exit code ${first.status})\n--- stderr ---\n${first.stderr}\n--- stdout ---\n${first.stdout}`,
      );
    }
    process.stderr.write(
      'consumer test: the npm cache has no registry metadata for a dependency (a machine that only ran `npm ci`); ' +
        "installing from a lockfile seeded from the repository's instead\n",
    );
    rmSync(join(app, 'node_modules'), { recursive: true, force: true });
  }
  writeSeededLockfile(app);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund'], app, { timeoutMs: 300_000 });
}

/** A package-lock.json for the app: this repository's tree (npm prunes what the app doesn't need) plus the tarball. */
function writeSeededLockfile(app: string): void {
  const repoLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const appPkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as Record<string, unknown>;
  const libPkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const packages: Record<string, unknown> = {
    '': {
      name: appPkg.name,
      version: appPkg.version,
      dependencies: appPkg.dependencies,
      devDependencies: appPkg.devDependencies,
    },
  };
  for (const [key, entry] of Object.entries(repoLock.packages)) if (key !== '') packages[key] = entry;
  packages['node_modules/cdktf-task-access'] = {
    version: libPkg.version,
    resolved: `file:${tarball}`,
    integrity: tarballIntegrity,
    license: libPkg.license,
    dependencies: libPkg.dependencies,
    peerDependencies: libPkg.peerDependencies,
    bin: libPkg.bin,
    engines: libPkg.engines,
  };
  const lock = { name: appPkg.name, version: appPkg.version, lockfileVersion: 3, requires: true, packages };
  writeFileSync(join(app, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
}

beforeAll(() => {
  // GIVEN a copy of what the package is built from (the working tree is shared, so it is never built in place)
  stage = mkdtempSync(join(tmpdir(), 'task-access-consumer-'));
  packageDir = join(stage, 'package-src');
  mkdirSync(packageDir);
  const packaged = rootPkg.files
    .filter((f) => !f.startsWith('!') && !f.startsWith('dist'))
    .map((f) => f.replace(/\/$/, ''));
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'lib', 'scripts', ...packaged]) {
    cpSync(join(ROOT, f), join(packageDir, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(packageDir, 'node_modules'), 'dir');
  // ... with a stale file from an earlier build, which `npm run build` must remove
  write(join(packageDir, 'dist/lib/stale-from-an-old-build.js'), 'module.exports = {};\n');

  // WHEN it is packed: `prepack` builds it
  const packed = packJson(run('npm', ['pack', '--json', '--pack-destination', stage], packageDir).stdout);
  tarball = join(stage, packed.filename);
  tarballIntegrity = packed.integrity;
  packedFiles = packed.files.map((f) => f.path).sort();
}, 180_000);

afterAll(() => {
  if (stage && !KEEP_TEMP) rmSync(stage, { recursive: true, force: true });
  else if (stage) process.stdout.write(`consumer test files kept in ${stage}\n`);
});

describe('the tarball', () => {
  test('holds the build with its type declarations and catalog data, the JSON Schema, README, LICENSE and CHANGELOG', () => {
    // THEN
    expect(existsSync(tarball)).toBe(true);
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'dist/lib/index.js',
        'dist/lib/index.d.ts',
        'dist/lib/cli/main.js',
        'dist/lib/constructs/task-access-stacks.js',
        'dist/lib/constructs/task-access-stacks.d.ts',
        'dist/lib/catalog/data/azure-built-in-roles.json',
        'dist/lib/catalog/data/entra-directory-roles.json',
        'dist/lib/catalog/data/k8s-aggregated-cluster-roles.json',
        'dist/explorer/explorer.js',
        'dist/explorer/explorer.css',
        'schema/access-model.schema.json',
        'schema/definition.schema.json',
      ]),
    );
  });

  test('holds nothing else: no sources, tests, examples, synth output, maps or stale build output', () => {
    const unexpected = packedFiles.filter(
      (f) =>
        !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/lib\/.+\.(js|d\.ts|json)|dist\/explorer\/explorer\.(js|css)|schema\/[\w.-]+\.schema\.json)$/.test(
          f,
        ),
    );
    expect(unexpected).toEqual([]);
    expect(packedFiles).not.toContain('dist/lib/stale-from-an-old-build.js');
  });

  test('every entry point of package.json is in it, and the bin keeps its shebang', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      main: string;
      types: string;
      exports: Record<string, unknown>;
      bin?: Record<string, string>;
    };
    expect(Object.keys(pkg.exports).sort()).toEqual([
      '.',
      './package.json',
      './schema/access-model.schema.json',
      './schema/definition.schema.json',
    ]);
    const targets = [
      pkg.main,
      pkg.types,
      ...JSON.stringify(pkg.exports).match(/\.\/[^"]+/g)!,
      ...Object.values(pkg.bin ?? {}),
    ];
    for (const t of targets) expect(packedFiles).toContain(t.replace(/^\.\//, ''));
    expect(pkg.bin).toEqual({ 'task-access': 'dist/lib/cli/main.js' });
    expect(readFileSync(join(packageDir, 'dist/lib/cli/main.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('a dry run (npm pack --dry-run) leaves out tests, examples, cdktf.out, benchmarks, maps and other builds', () => {
    // GIVEN everything a working tree accumulates next to the package
    const decoys = [
      'test/model/decoy.test.ts',
      'test/fixtures/decoy.ts',
      'examples/decoy/main.ts',
      'examples/decoy/cdktf.out/stacks/decoy/cdk.tf.json',
      'cdktf.out/stacks/decoy/cdk.tf.json',
      'bench/decoy.bench.ts',
      'bench/results/decoy.json',
      'dist/test/model/decoy.test.js',
      'dist/test/model/decoy.test.js.map',
      'dist/examples/decoy/main.js',
      'dist/lib/index.js.map',
      'dist/tsconfig.build.tsbuildinfo',
      'coverage/lcov.info',
      'docs/api/index.html',
      'cdktf-task-access-0.0.1.tgz',
      'node_modules_decoy/x.js',
    ];
    for (const d of decoys) write(join(packageDir, d), '{}\n');

    // WHEN
    const dry = packJson(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], packageDir).stdout);
    const files = dry.files.map((f) => f.path).sort();

    // THEN the same files as the real tarball, none of the decoys
    expect(files).toEqual(packedFiles);
    for (const d of decoys) expect(files).not.toContain(d);
    expect(files.filter((f) => /(^|\/)(test|examples|cdktf\.out|bench|node_modules|coverage|docs)\//.test(f))).toEqual(
      [],
    );
  });
});

describe('a cdktf app of a user, installed offline from the tarball', () => {
  let app: string;
  let synthOutput: RunResult;
  let tfJson: {
    resource: Record<string, Record<string, Record<string, unknown>>>;
    data?: Record<string, Record<string, Record<string, unknown>>>;
  };

  beforeAll(() => {
    if (!tarball) throw new Error('the package was not packed: see the failure of the tarball tests above');
    // GIVEN a new cdktf TypeScript project, as `cdktf init` would make it, depending on the packed library
    app = join(stage, 'my-access');
    mkdirSync(app);
    write(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'my-access',
          version: '1.0.0',
          private: true,
          scripts: { synth: 'cdktf synth' },
          dependencies: {
            cdktf: pinned('cdktf'),
            constructs: pinned('constructs'),
            'cdktf-task-access': `file:${tarball}`,
          },
          devDependencies: {
            '@types/node': pinned('@types/node'),
            'cdktf-cli': pinned('cdktf-cli'),
            tsx: pinned('tsx'),
            typescript: pinned('typescript'),
          },
        },
        null,
        2,
      ),
    );
    write(
      join(app, 'cdktf.json'),
      JSON.stringify(
        {
          language: 'typescript',
          app: 'npx tsx main.ts',
          projectId: 'consumer-test',
          sendCrashReports: 'false',
          terraformProviders: [],
          terraformModules: [],
          context: {},
        },
        null,
        2,
      ),
    );
    // the tsconfig of `cdktf init --template=typescript` (node10 resolution: `main`/`types`)
    write(
      join(app, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2020',
            module: 'CommonJS',
            lib: ['es2020'],
            strict: true,
            noEmit: true,
            noUnusedLocals: true,
            noImplicitReturns: true,
            types: ['node'],
            skipLibCheck: true,
          },
          include: ['main.ts'],
        },
        null,
        2,
      ),
    );
    // and with node16 resolution, which reads `exports`, checking every declaration file the app reaches
    write(
      join(app, 'tsconfig.node16.json'),
      JSON.stringify(
        {
          extends: './tsconfig.json',
          compilerOptions: { module: 'Node16', moduleResolution: 'Node16', skipLibCheck: false },
        },
        null,
        2,
      ),
    );
    write(join(app, 'main.ts'), CONSUMER_MAIN_TS);

    // WHEN it is installed offline and synthesized
    installOffline(app);
    synthOutput = run(join(app, 'node_modules/.bin/cdktf'), ['synth'], app, { timeoutMs: 300_000 });
    tfJson = JSON.parse(readFileSync(join(app, 'cdktf.out/stacks/access/cdk.tf.json'), 'utf8'));
  }, 600_000);

  test('installs only from the npm cache, with the library as one package under node_modules', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/cdktf-task-access/package.json'), 'utf8'));
    expect(installed.version).toBe(rootPkg.version);
    // one copy of cdktf and constructs: the library's peer dependencies are the app's own
    expect(existsSync(join(app, 'node_modules/cdktf-task-access/node_modules/cdktf'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/cdktf-task-access/node_modules/constructs'))).toBe(false);
  });

  test('type checks against the published declarations (node10 resolution; node16 with every .d.ts checked)', () => {
    run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);
    run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.node16.json'], app);
  });

  test('cdktf synth writes the stack', () => {
    expect(`${synthOutput.stdout}${synthOutput.stderr}`).toContain('Generated Terraform code for the stacks: access');
  });

  test('cdktf synth writes the access explorer with the shipped bundle inlined (nothing is bundled in the app)', () => {
    const page = readFileSync(join(app, 'cdktf.out/access-explorer.html'), 'utf8');
    const shipped = readFileSync(join(app, 'node_modules/cdktf-task-access/dist/explorer/explorer.js'), 'utf8');
    expect(page).toContain(`<script>${shipped}</script>`);
    expect(existsSync(join(app, 'node_modules/cdktf-task-access/dist/explorer/explorer-inputs.json'))).toBe(false);
  });

  test('the groups are security groups named after the layers', () => {
    const groups = tfJson.resource.azuread_group_without_members;
    expect(Object.keys(groups).sort()).toEqual([
      'BASE_PROD_K8S_NS_A_VIEWER',
      'BASE_PROD_KV_SECRETS_ADMIN',
      'ROLE_DEVELOPER',
      'ROLE_LEAD',
      'TASK_PROD_KEYVAULT_ADMIN',
      'TASK_PROD_VIEWER',
    ]);
    expect(groups.TASK_PROD_KEYVAULT_ADMIN).toMatchObject({
      display_name: 'TASK_PROD_KEYVAULT_ADMIN',
      security_enabled: true,
      mail_enabled: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  test('the role is eligible for the just-in-time task: the schedule references both groups', () => {
    const schedule =
      tfJson.resource.azuread_privileged_access_group_eligibility_schedule
        .ROLE_DEVELOPER__eligible__TASK_PROD_KEYVAULT_ADMIN;
    expect(schedule).toMatchObject({
      group_id: '${azuread_group_without_members.TASK_PROD_KEYVAULT_ADMIN.object_id}',
      principal_id: '${azuread_group_without_members.ROLE_DEVELOPER.object_id}',
      assignment_type: 'member',
      permanent_assignment: true,
    });
    expect(schedule.depends_on).toContain('azuread_group_role_management_policy.TASK_PROD_KEYVAULT_ADMIN');
    expect(Object.keys(tfJson.resource.azuread_group_role_management_policy)).toEqual(['TASK_PROD_KEYVAULT_ADMIN']);
  });

  test('the standing task is an active membership, the user by UPN is looked up', () => {
    expect(tfJson.resource.azuread_group_member.ROLE_DEVELOPER__in__TASK_PROD_VIEWER).toMatchObject({
      group_object_id: '${azuread_group_without_members.TASK_PROD_VIEWER.object_id}',
      member_object_id: '${azuread_group_without_members.ROLE_DEVELOPER.object_id}',
    });
    expect(tfJson.data?.azuread_user.ROLE_LEAD__lead_contoso_com_34522aad).toMatchObject({
      user_principal_name: 'lead@contoso.com',
    });
  });

  test('the Kubernetes grant is a RoleBinding in the namespace with the baseline group as subject', () => {
    const binding = tfJson.resource.kubernetes_role_binding_v1['BASE_PROD_K8S_NS_A_VIEWER__aks-prod__a__view'];
    expect(binding).toMatchObject({
      provider: 'kubernetes.aks-prod',
      metadata: { namespace: 'a' },
      role_ref: { api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
      subject: [
        {
          api_group: 'rbac.authorization.k8s.io',
          kind: 'Group',
          name: '${azuread_group_without_members.BASE_PROD_K8S_NS_A_VIEWER.object_id}',
          namespace: '',
        },
      ],
    });
    expect(tfJson.resource.kubernetes_cluster_role_binding_v1).toBeUndefined();
  });

  test('the Azure role comes from the shipped catalog', () => {
    const assignments = Object.values(tfJson.resource.azurerm_role_assignment);
    expect(assignments).toContainEqual(
      expect.objectContaining({
        principal_type: 'Group',
        principal_id: '${azuread_group_without_members.BASE_PROD_KV_SECRETS_ADMIN.object_id}',
        scope: KEY_VAULT,
        role_definition_id: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/b86a8fe4-44ce-4948-aee5-eccb2c155cd7`,
      }),
    );
  });

  test('the public entry point is the only one: deep imports are refused', () => {
    const probe = run(
      process.execPath,
      [
        '-e',
        [
          "require('cdktf-task-access/package.json');",
          "require.resolve('cdktf-task-access/schema/access-model.schema.json');",
          "try { require('cdktf-task-access/dist/lib/model'); console.log('deep import allowed'); }",
          'catch (e) { console.log(e.code); }',
        ].join(' '),
      ],
      app,
    );
    expect(probe.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  test('the task-access command runs from the installed package', () => {
    const help = run(join(app, 'node_modules/.bin/task-access'), ['--help'], app);
    expect(help.stdout).toContain('Usage: task-access');
  });
});

const SUBSCRIPTION = '00000001-0000-4000-8000-000000000001';
const KEY_VAULT = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-app-prod/providers/Microsoft.KeyVault/vaults/kv-app-prod`;

/** A user's main.ts: imports only from 'cdktf-task-access' and 'cdktf'. */
const CONSUMER_MAIN_TS = `import { App } from 'cdktf';
import { Grants, TaskAccessStacks, type AccessModelDefinition } from 'cdktf-task-access';

const subscription = '/subscriptions/${SUBSCRIPTION}';
const keyVault = '${KEY_VAULT}';
const aks = \`\${subscription}/resourceGroups/rg-app-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod\`;

export const definition: AccessModelDefinition = {
  environments: [{ name: 'PROD', protected: true }],
  clusters: [{ name: 'aks-prod', environment: 'PROD' }],
  baselines: [
    {
      environment: 'PROD',
      service: 'KV',
      scope: 'SECRETS',
      action: 'ADMIN',
      grants: [Grants.azureRole('Key Vault Secrets Officer', keyVault)],
    },
    {
      environment: 'PROD',
      service: 'K8S',
      scope: 'NS_A',
      action: 'VIEWER',
      grants: [
        Grants.azureRole('Azure Kubernetes Service Cluster User Role', aks),
        Grants.clusterRoleInNamespace('aks-prod', 'a', 'view'),
      ],
    },
  ],
  tasks: [
    { environment: 'PROD', name: 'VIEWER', baselines: ['BASE_PROD_K8S_NS_A_VIEWER'] },
    {
      environment: 'PROD',
      name: 'KEYVAULT_ADMIN',
      baselines: ['BASE_PROD_KV_SECRETS_ADMIN'],
      jit: { maximumActivation: 'PT2H', requireTicket: true, approvers: [{ kind: 'role', role: 'ROLE_LEAD' }] },
    },
  ],
  roles: [
    {
      name: 'DEVELOPER',
      standing: ['TASK_PROD_VIEWER'],
      eligible: ['TASK_PROD_KEYVAULT_ADMIN'],
      members: [{ kind: 'user', objectId: '0000a11c-0000-4000-8000-000000000001' }],
    },
    { name: 'LEAD', members: [{ kind: 'user', userPrincipalName: 'lead@contoso.com' }] },
  ],
};

const app = new App();
new TaskAccessStacks(app, 'access', { definition });
app.synth();
`;
