/**
 * Loads a definition for the command line: a `.json` file, a JavaScript module, or a TypeScript module
 * (through tsx's loader). The module's export is `definition`, the default export, the one named with
 * `exportName`, or the only export that looks like a definition.
 */
import { existsSync } from 'fs';
import { extname, resolve } from 'path';
import type { AccessModelDefinition } from '../model/definition';

/** A load failure with a message for people (no stack trace). */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

const looksLikeDefinition = (v: unknown): v is AccessModelDefinition =>
  typeof v === 'object' && v !== null && 'environments' in v && 'baselines' in v && 'tasks' in v && 'roles' in v;

/** Loads the definition exported by `file`. Throws {@link LoadError} when there is none. */
export function loadDefinition(file: string, exportName?: string): AccessModelDefinition {
  const path = resolve(file);
  if (!existsSync(path)) throw new LoadError(`definition file not found: ${file}`);
  const ext = extname(path);
  let mod: Record<string, unknown>;
  try {
    if (ext === '.json') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return require(path) as AccessModelDefinition;
    }
    if (ext === '.ts' || ext === '.mts' || ext === '.cts') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { register } = require('tsx/cjs/api') as { register: () => void };
      register();
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(path) as Record<string, unknown>;
  } catch (e) {
    throw new LoadError(`could not load ${file}: ${(e as Error).message.split('\n')[0]}`);
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
