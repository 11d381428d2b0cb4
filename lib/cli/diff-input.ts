/**
 * One side of `task-access diff`: a synthesized output (a cdktf.out directory holding access-model.json, or an
 * access-model.json file) or a definition (a .ts/.js module, or a .json definition), read into a resolved model.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { extname, join, resolve } from 'path';
import type { AccessModelDefinition } from '../model/definition';
import { AccessModelError } from '../model/problem';
import { resolveDefinition } from '../model/resolve';
import type { ResolvedModel } from '../model/resolved';
import { readAccessModelDocument } from '../report/model-json';
import { AccessQueryError } from '../report/query-error';
import { loadDefinition } from './load-definition';

/** A side of the diff: the resolved model (everything the diff reads is in it, whichever the input was). */
export interface DiffInput {
  /** The resolved model. */
  readonly model: ResolvedModel;
}

/** The file a synthesized output keeps the resolved model in. */
export const ACCESS_MODEL_FILE = 'access-model.json';

const MODULE_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

const looksLikeDefinition = (v: unknown): v is AccessModelDefinition =>
  typeof v === 'object' && v !== null && 'environments' in v && 'baselines' in v && 'tasks' in v && 'roles' in v;

/** Resolves a definition, naming the side when it is invalid (the problems themselves follow). */
function resolveSide(definition: AccessModelDefinition, side: string, arg: string): DiffInput {
  try {
    return { model: resolveDefinition(definition) };
  } catch (e) {
    if (AccessModelError.isAccessModelError(e)) {
      const err = new AccessModelError(e.problems);
      err.message = `${side} (${arg}): ${e.message}`;
      throw err;
    }
    throw e;
  }
}

function readJson(path: string, arg: string, side: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AccessQueryError(`${side} ${arg} is not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Reads one side. `side` (`before` or `after`) names it in messages. Throws {@link AccessQueryError} or LoadError
 * for missing or unreadable input (exit 2), AccessModelError for an invalid definition (exit 1).
 */
export function readDiffInput(arg: string, cwd: string, side: string, exportName?: string): DiffInput {
  const path = resolve(cwd, arg);
  if (!existsSync(path)) {
    throw new AccessQueryError(
      `${side} ${arg}: not found; give a cdktf.out directory, an ${ACCESS_MODEL_FILE}, or a definition (.ts, .js or .json)`,
    );
  }
  if (statSync(path).isDirectory()) {
    const file = join(path, ACCESS_MODEL_FILE);
    if (!existsSync(file)) {
      throw new AccessQueryError(
        `${side} ${arg} has no ${ACCESS_MODEL_FILE}: synthesize with the access report on (the default; not report: false), or pass the definition instead`,
      );
    }
    return {
      model: readAccessModelDocument(readJson(file, join(arg, ACCESS_MODEL_FILE), side), join(arg, ACCESS_MODEL_FILE)),
    };
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    const json = readJson(path, arg, side);
    if (typeof json === 'object' && json !== null && ('schemaVersion' in json || 'generator' in json))
      return { model: readAccessModelDocument(json, arg) };
    if (looksLikeDefinition(json)) return resolveSide(json, side, arg);
    throw new AccessQueryError(
      `${side} ${arg} is neither an ${ACCESS_MODEL_FILE} (no schemaVersion) nor a definition (no environments, baselines, tasks and roles)`,
    );
  }
  if (MODULE_EXTENSIONS.includes(ext)) return resolveSide(loadDefinition(path, exportName), side, arg);
  throw new AccessQueryError(
    `${side} ${arg}: not a cdktf.out directory, an ${ACCESS_MODEL_FILE} or a definition module (.ts, .js or .json)`,
  );
}
