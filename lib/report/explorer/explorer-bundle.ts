/**
 * The access explorer's browser script and style sheet: lib/explorer/main.ts bundled by esbuild (with cytoscape and
 * the very lib/report code the command line runs) into `dist/explorer/explorer.js` and `explorer.css`.
 *
 * The package ships the bundle (`npm run build` writes it, `prepack` runs the build), so an installed package only
 * reads it. In a checkout (lib/explorer/ is there), the bundle is built when it is missing or stale: its manifest
 * lists every input esbuild read with its SHA-256, and any change (a source file, cytoscape, the catalog, the
 * esbuild version) rebuilds it, once per process, in about a second. So `npm run synth` works on a fresh clone
 * and never inlines an outdated script. The bundle is minified and names no path of the machine: the same inputs
 * give the same bytes everywhere.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { AccessUsageError } from '../../model/errors';

/** The browser script and style sheet the page inlines. */
export interface ExplorerAssets {
  /** The bundled script (an IIFE). */
  readonly script: string;
  /** The bundled style sheet. */
  readonly style: string;
}

/** The browser entry point, relative to the package root. */
export const EXPLORER_ENTRY = 'lib/explorer/main.ts';
/** Where the bundle is written, relative to the package root. */
export const EXPLORER_OUT_DIR = 'dist/explorer';
const SCRIPT = 'explorer.js';
const STYLE = 'explorer.css';
const MANIFEST = 'explorer-inputs.json';

/**
 * esbuild's output charset: ASCII, every other character written as its escape (`\u200B` in a string of the
 * bundled graph library, say), so the page holds no raw invisible or control character and prints through the
 * command line's terminal seam (lib/report/escape/terminal-text.ts) byte for byte; its CSP hash stays the script's.
 */
const CHARSET = 'ascii';

interface Manifest {
  readonly esbuild: string;
  /** The {@link CHARSET} the bundle was built with (a bundle built with another is stale). */
  readonly charset?: string;
  /** Input path (relative to the package root, `/`-separated) -> SHA-256 of its bytes. */
  readonly inputs: Readonly<Record<string, string>>;
}

/** The directory of this package: the nearest one above this module with cdktf-task-access's package.json. */
export function packageRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'cdktf-task-access')
      return dir;
    if (dirname(dir) === dir) throw new Error(`cdktf-task-access: no package.json of the package above ${from}`);
  }
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** The installed esbuild's version, read without loading esbuild. */
function esbuildVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')) as { version: string }).version;
}

/** esbuild, loaded only when a bundle is built (a report that reads the bundle never loads it). */
function loadEsbuild(): typeof import('esbuild') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: most processes never build
  return require('esbuild') as typeof import('esbuild');
}

/** Whether the bundle in `root` is missing or was built from other inputs than those on disk now. */
export function explorerBundleStale(root: string): boolean {
  const dir = join(root, EXPLORER_OUT_DIR);
  if (![SCRIPT, STYLE, MANIFEST].every((f) => existsSync(join(dir, f)))) return true;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return true;
  }
  if (manifest.esbuild !== esbuildVersion() || manifest.charset !== CHARSET) return true;
  return Object.entries(manifest.inputs).some(([file, hash]) => {
    const path = join(root, file);
    return !existsSync(path) || sha256(readFileSync(path)) !== hash;
  });
}

/** What would end the inline script early or change how the HTML parser reads it. */
const UNSAFE_IN_SCRIPT = /<\/script|<!--|<script/i;

/**
 * Bundles the browser script with esbuild into `root/dist/explorer` (each file written to a temporary name, then
 * renamed, so a concurrent reader never sees half a file). Throws when the output holds a sequence that would end
 * the inline script.
 */
export function buildExplorerBundle(root: string): ExplorerAssets {
  const esbuild = loadEsbuild();
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [EXPLORER_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox120'],
    charset: CHARSET,
    legalComments: 'eof',
    outdir: EXPLORER_OUT_DIR,
    entryNames: 'explorer',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const text = (ext: string): string => {
    const file = result.outputFiles.find((f) => f.path.endsWith(ext));
    if (!file) throw new Error(`esbuild wrote no ${ext} file for ${EXPLORER_ENTRY}`);
    return file.text;
  };
  const assets: ExplorerAssets = { script: text('.js'), style: text('.css') };
  const bad = UNSAFE_IN_SCRIPT.exec(assets.script) ?? /<\/style/i.exec(assets.style);
  if (bad)
    throw new Error(
      `the explorer bundle contains "${bad[0]}", which would end its inline element; escape it in the source`,
    );
  const inputs: Record<string, string> = {};
  for (const file of Object.keys(result.metafile.inputs).sort()) inputs[file] = sha256(readFileSync(join(root, file)));
  const manifest: Manifest = { esbuild: esbuild.version, charset: CHARSET, inputs };
  const dir = join(root, EXPLORER_OUT_DIR);
  mkdirSync(dir, { recursive: true });
  const put = (name: string, content: string): void => {
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, name));
  };
  put(SCRIPT, assets.script);
  put(STYLE, assets.style);
  put(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return assets;
}

/** Builds the bundle in a checkout when it is missing or stale; returns whether it built. */
export function ensureExplorerBundle(root: string = packageRoot()): boolean {
  if (!existsSync(join(root, EXPLORER_ENTRY)) || !explorerBundleStale(root)) return false;
  buildExplorerBundle(root);
  return true;
}

let loaded: ExplorerAssets | undefined;

/**
 * The assets, read once per process: built first in a checkout when missing or stale; in an installed package,
 * the shipped ones (an AccessUsageError with the fix when they are missing).
 */
export function explorerAssets(): ExplorerAssets {
  if (loaded) return loaded;
  const root = packageRoot();
  ensureExplorerBundle(root);
  const dir = join(root, EXPLORER_OUT_DIR);
  const script = join(dir, SCRIPT);
  if (!existsSync(script)) {
    throw new AccessUsageError(
      `The access explorer's script ${script} is missing, so access-explorer.html can't be written; reinstall cdktf-task-access, or set report: false.`,
    );
  }
  loaded = { script: readFileSync(script, 'utf8'), style: readFileSync(join(dir, STYLE), 'utf8') };
  return loaded;
}
