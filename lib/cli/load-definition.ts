/**
 * Loads a definition for the command line: a `.json` file, a JavaScript module, or a TypeScript module
 * (through tsx's loader). The module's export is `definition`, the default export, the one named with
 * `exportName`, or the only export that looks like a definition. What is returned is the definition's frozen
 * plain-data snapshot (`snapshotDefinition`), so every command reads the same data validation checked; a JSON file
 * with a key given twice in one object is rejected (`duplicate-key`, with line and column) before it is used.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, extname, resolve } from 'path';
import type { AccessModelDefinition } from '../model/definition';
import { duplicateJsonKeyProblems } from '../model/json-duplicate-keys';
import { AccessModelError } from '../model/problem';
import { snapshotDefinition } from '../model/snapshot';
import { whileLoadingDefinition } from '../constructs/run-app';
import { describeJsonError, describeModuleError } from './source-location';

/** A load failure with a message for people (no stack trace). */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Whether an export looks like a definition; one whose Proxy throws counts, so its snapshot reports the throw. */
function looksLikeDefinition(v: unknown): v is AccessModelDefinition {
  try {
    return (
      typeof v === 'object' && v !== null && 'environments' in v && 'baselines' in v && 'tasks' in v && 'roles' in v
    );
  } catch {
    return true;
  }
}

/**
 * Reads a JSON definition file. Throws {@link LoadError} when it is not JSON, and {@link AccessModelError} with a
 * `duplicate-key` problem per key given twice in one object (JSON would keep only the last).
 */
function readJsonDefinition(path: string, file: string): unknown {
  let text: string;
  let value: unknown;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new LoadError(`could not load ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new LoadError(`the definition is not JSON:\n${describeJsonError(file, path, text, e as Error)}`);
  }
  const duplicates = duplicateJsonKeyProblems(text);
  if (duplicates.length > 0) throw new AccessModelError(duplicates);
  // `$schema` points an editor at schema/definition.schema.json; it is not part of the definition.
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && '$schema' in value) {
    const { $schema: _schema, ...definition } = value as Record<string, unknown>;
    return definition;
  }
  return value;
}

/** Thrown by `App.synth()` while a definition module loads. */
class SynthesisRefused extends Error {}

/**
 * Runs `load` with `App.prototype.synth` of every cdktf the module could use (its own, resolved from its directory,
 * and this library's) refusing to run, so a module that synthesizes when loaded writes nothing. Only a module whose
 * source calls `.synth(` is guarded: loading cdktf costs about 100 ms, which a plain definition module shouldn't pay
 * (one that synthesizes through runApp is covered by runApp itself).
 */
function withoutAppSynthesis<T>(path: string, load: () => T): T {
  if (!/\.synth\s*\(/.test(readFileSync(path, 'utf8'))) return load();
  const patched: { proto: { synth: unknown }; synth: unknown }[] = [];
  const files = new Set<string>();
  for (const from of [dirname(path), __dirname]) {
    try {
      files.add(require.resolve('cdktf', { paths: [from] }));
    } catch {
      // no cdktf there: nothing to guard
    }
  }
  for (const f of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const proto = (require(f) as { App?: { prototype: { synth: unknown } } }).App?.prototype;
    if (!proto || patched.some((p) => p.proto === proto)) continue;
    patched.push({ proto, synth: proto.synth });
    proto.synth = () => {
      throw new SynthesisRefused();
    };
  }
  try {
    return load();
  } finally {
    for (const p of patched) p.proto.synth = p.synth;
  }
}

/**
 * Loads the definition exported by `file`, as its frozen plain-data snapshot. Throws {@link LoadError} when there
 * is none, and AccessModelError when a JSON file repeats a key or the definition can't be read as plain data.
 */
export function loadDefinition(file: string, exportName?: string): AccessModelDefinition {
  return snapshotDefinition(loadExport(file, exportName));
}

function loadExport(file: string, exportName?: string): AccessModelDefinition {
  const path = resolve(file);
  if (!existsSync(path)) throw new LoadError(`definition file not found: ${file}`);
  const ext = extname(path);
  if (ext === '.json') return readJsonDefinition(path, file) as AccessModelDefinition;
  let mod: Record<string, unknown>;
  try {
    if (ext === '.ts' || ext === '.mts' || ext === '.cts') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { register } = require('tsx/cjs/api') as { register: () => void };
      register();
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = whileLoadingDefinition(() => withoutAppSynthesis(path, () => require(path) as Record<string, unknown>));
  } catch (e) {
    if (e instanceof SynthesisRefused)
      throw new LoadError(
        `${file} synthesizes a cdktf app when it is loaded (app.synth()); commands only read the definition and never synthesize. ` +
          'Put the definition in a module of its own (e.g. definition.ts exporting `definition`), import it in your app, ' +
          'and give that module to --definition (or wrap the synthesis in runApp, which does nothing while a command loads the module).',
      );
    throw new LoadError(describeModuleError(file, path, e));
  }
  if (exportName !== undefined) {
    if (!looksLikeDefinition(mod[exportName])) {
      throw new LoadError(
        `${file} has no export "${exportName}" holding a definition (exports: ${Object.keys(mod).join(', ') || 'none'})`,
      );
    }
    return mod[exportName] as AccessModelDefinition;
  }
  for (const key of ['definition', 'default'])
    if (looksLikeDefinition(mod[key])) return mod[key] as AccessModelDefinition;
  const candidates = Object.keys(mod).filter((k) => looksLikeDefinition(mod[k]));
  if (candidates.length === 1) return mod[candidates[0]] as AccessModelDefinition;
  throw new LoadError(
    candidates.length === 0
      ? `${file} exports no definition (an object with environments, baselines, tasks and roles)`
      : `${file} exports several definitions (${candidates.join(', ')}); choose one with --export <name>`,
  );
}
