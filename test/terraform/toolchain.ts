/**
 * Where the Terraform check gets Terraform and the providers: `terraform` on PATH, a provider mirror (the
 * `TASK_ACCESS_TF_MIRROR` environment variable, else `../shared/terraform/mirror` beside the checkout) or the
 * registry, a CLI configuration file of our own, and one plugin cache shared by every stack of the run.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

/** The repository root (this file is `test/terraform/toolchain.ts`). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** A provider the library pins: its name under `hashicorp/` and the version its prebuilt cdktf package was generated for. */
export interface PinnedProvider {
  readonly name: string;
  readonly version: string;
  /** Whether the check can leave it out of a copy when it can't be installed (kubernetes, offline). */
  readonly optional: boolean;
}

/** The providers the library pins, read from the prebuilt provider packages (`cdktf.provider.version`). */
export const PINNED_PROVIDERS: readonly PinnedProvider[] = (['azuread', 'azurerm', 'kubernetes'] as const).map(
  (name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require(`@cdktf/provider-${name}/package.json`) as { cdktf: { provider: { version: string } } };
    return { name, version: pkg.cdktf.provider.version, optional: name === 'kubernetes' };
  },
);

/** Where the providers come from. */
export type ProviderSource =
  | { readonly kind: 'mirror'; readonly path: string; readonly from: 'TASK_ACCESS_TF_MIRROR' | 'shared folder' }
  | { readonly kind: 'registry' };

/** What the check runs with. */
export interface Toolchain {
  /** The `terraform` executable (found on PATH). */
  readonly terraform: string;
  /** Its version, e.g. `1.11.4`. */
  readonly version: string;
  readonly providers: ProviderSource;
  /** The CLI configuration file written for this run (`TF_CLI_CONFIG_FILE`). */
  readonly cliConfigFile: string;
  /** The plugin cache shared by every stack (`TF_PLUGIN_CACHE_DIR`). */
  readonly pluginCacheDir: string;
  /** The environment every Terraform command runs with: no inherited `TF_*` variable, ours set. */
  readonly env: NodeJS.ProcessEnv;
  /**
   * Whether the provider `hashicorp/<name>` at `version` can be installed: always from the registry, from a
   * mirror only when it holds that version.
   */
  hasProvider(name: string, version: string): boolean;
}

/** The toolchain, or why there is none (no terraform, a mirror without the pinned providers, an unreachable registry). */
export type ToolchainStatus =
  { readonly ok: true; readonly toolchain: Toolchain } | { readonly ok: false; readonly reason: string };

/** Options of {@link findToolchain}; the defaults are this process's environment and checkout. */
export interface FindToolchainOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly repoRoot?: string;
  /** Where the CLI configuration file goes. @default the temporary directory */
  readonly workDir?: string;
}

/** The provider source: the mirror given by `TASK_ACCESS_TF_MIRROR`, else the shared folder when it exists, else the registry. */
export function providerSource(env: NodeJS.ProcessEnv = process.env, repoRoot = REPO_ROOT): ProviderSource | string {
  const given = env.TASK_ACCESS_TF_MIRROR;
  if (given) {
    const path = resolve(given);
    return isDirectory(path)
      ? { kind: 'mirror', path, from: 'TASK_ACCESS_TF_MIRROR' }
      : `TASK_ACCESS_TF_MIRROR=${given} is not a directory`;
  }
  const shared = resolve(repoRoot, '..', 'shared', 'terraform', 'mirror');
  return isDirectory(shared) ? { kind: 'mirror', path: shared, from: 'shared folder' } : { kind: 'registry' };
}

/**
 * Finds `terraform` and the providers and writes the CLI configuration: a `filesystem_mirror` for
 * `registry.terraform.io/hashicorp/*` when there is a mirror (nothing else is installed from the network), and
 * the plugin cache. Every inherited `TF_*` variable is dropped (these machines set `TF_CLI_CONFIG_FILE` to a file
 * that does not exist; `TF_CLI_ARGS` or `TF_DATA_DIR` would change what runs).
 */
export function findToolchain(options: FindToolchainOptions = {}): ToolchainStatus {
  const env = options.env ?? process.env;
  const version = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: withoutTf(env) });
  if (version.error || version.status !== 0) {
    const why = version.error ? version.error.message : version.stderr.trim();
    return { ok: false, reason: `terraform is not on PATH (${why}); install Terraform >= 1.7 to run this check` };
  }
  const providers = providerSource(env, options.repoRoot ?? REPO_ROOT);
  if (typeof providers === 'string') return { ok: false, reason: providers };

  if (providers.kind === 'mirror') {
    const missing = PINNED_PROVIDERS.filter((p) => !p.optional && !mirrorHas(providers.path, p.name, p.version));
    if (missing.length > 0) {
      const list = missing.map((p) => `hashicorp/${p.name} ${p.version}`).join(', ');
      return { ok: false, reason: `the provider mirror ${providers.path} (${providers.from}) has no ${list}` };
    }
  }

  const pluginCacheDir = join(tmpdir(), 'cdktf-task-access-terraform-plugins');
  mkdirSync(pluginCacheDir, { recursive: true });
  // One file per configuration, shared by every process of the run: written to a temporary name, then renamed,
  // so a process reading it never sees it half written.
  const config = cliConfig(providers, pluginCacheDir);
  const workDir = options.workDir ?? tmpdir();
  const cliConfigFile = join(
    workDir,
    `cdktf-task-access-${createHash('sha256').update(config).digest('hex').slice(0, 16)}.tfrc`,
  );
  const partial = `${cliConfigFile}.${process.pid}`;
  writeFileSync(partial, config);
  renameSync(partial, cliConfigFile);
  const toolchain: Toolchain = {
    terraform: 'terraform',
    version: (JSON.parse(version.stdout) as { terraform_version: string }).terraform_version,
    providers,
    cliConfigFile,
    pluginCacheDir,
    env: {
      ...withoutTf(env),
      TF_CLI_CONFIG_FILE: cliConfigFile,
      TF_PLUGIN_CACHE_DIR: pluginCacheDir,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
    },
    hasProvider: (name, v) => providers.kind === 'registry' || mirrorHas(providers.path, name, v),
  };
  if (providers.kind === 'registry') {
    const reason = registryUnreachable(toolchain);
    if (reason) return { ok: false, reason };
  }
  return { ok: true, toolchain };
}

/**
 * Without a mirror: installs the pinned providers from the registry once (filling the plugin cache); why that
 * failed (offline, say), or undefined when it worked.
 */
function registryUnreachable(toolchain: Toolchain): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-tf-registry-'));
  const requiredProviders = Object.fromEntries(
    PINNED_PROVIDERS.map((p) => [p.name, { source: `hashicorp/${p.name}`, version: p.version }]),
  );
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ terraform: { required_providers: requiredProviders } }));
  const r = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
    cwd: dir,
    encoding: 'utf8',
    env: toolchain.env,
  });
  rmSync(dir, { recursive: true, force: true });
  if (r.status === 0) return undefined;
  const output = r.stderr || r.stdout;
  const at = output.indexOf('Error:');
  const error = (at >= 0 ? output.slice(at) : output).replace(/\s+/g, ' ').trim().slice(0, 400);
  return `no provider mirror (TASK_ACCESS_TF_MIRROR unset, no ../shared/terraform/mirror) and the providers can't be installed from the registry: ${error}`;
}

/** The CLI configuration: the plugin cache and, with a mirror, installation from it only for hashicorp providers. */
export function cliConfig(providers: ProviderSource, pluginCacheDir: string): string {
  const lines = [`plugin_cache_dir = ${JSON.stringify(pluginCacheDir)}`];
  if (providers.kind === 'mirror') {
    lines.push(
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(providers.path)}`,
      '    include = ["registry.terraform.io/hashicorp/*"]',
      '  }',
      '  direct {',
      '    exclude = ["registry.terraform.io/hashicorp/*"]',
      '  }',
      '}',
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * Whether a filesystem mirror holds `hashicorp/<name>` at `version`, in the unpacked layout
 * (`<host>/<ns>/<name>/<version>/<os_arch>/`) or the packed one (`<host>/<ns>/<name>/terraform-provider-<name>_<version>_<os_arch>.zip`).
 */
export function mirrorHas(mirror: string, name: string, version: string): boolean {
  const dir = join(mirror, 'registry.terraform.io', 'hashicorp', name);
  if (!isDirectory(dir)) return false;
  if (isDirectory(join(dir, version))) return readdirSync(join(dir, version)).length > 0;
  return readdirSync(dir).some((f) => f.startsWith(`terraform-provider-${name}_${version}_`) && f.endsWith('.zip'));
}

function withoutTf(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('TF_')));
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
