/**
 * Where the inspector commands read the access model from: `--definition <file>` (a TypeScript, JavaScript or
 * JSON definition, validated and resolved), `--model <access-model.json>` (written at synthesis), or by default
 * `./cdktf.out/access-model.json` when it exists.
 */
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import type { Command } from 'commander';
import { resolveDefinition } from '../model/resolve';
import type { ResolvedModel } from '../model/resolved';
import { readAccessModelDocument } from '../report/model-json';
import { AccessQueryError } from '../report/query-error';
import { loadDefinition } from './load-definition';

/** The input options of an inspector command. */
export interface AccessInputOptions {
  /** A definition module or JSON file. */
  readonly definition?: string;
  /** The export holding the definition. */
  readonly export?: string;
  /** An access-model.json file. */
  readonly model?: string;
}

/** Where the model is read from by default, relative to the working directory. */
export const DEFAULT_MODEL_FILE = 'cdktf.out/access-model.json';

/** Adds `--definition`, `--export` and `--model` to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .option('-d, --definition <file>', 'the definition: a .ts/.js module exporting it, or a .json file')
    .option(
      '--export <name>',
      'the export of the definition module holding the definition (default: definition, default, or the only one)',
    )
    .option(
      '-m, --model <file>',
      `an access-model.json written at synthesis (default: ./${DEFAULT_MODEL_FILE} when it exists)`,
    );
}

/**
 * Loads the resolved model. Throws AccessModelError for an invalid definition (exit 1), and
 * {@link AccessQueryError} or LoadError for missing or unreadable input (exit 2).
 */
export function loadAccessModel(options: AccessInputOptions, cwd: string): ResolvedModel {
  if (options.definition !== undefined && options.model !== undefined) {
    throw new AccessQueryError('give either --definition or --model, not both');
  }
  if (options.definition !== undefined)
    return resolveDefinition(loadDefinition(resolve(cwd, options.definition), options.export));
  const file = options.model ?? DEFAULT_MODEL_FILE;
  const path = resolve(cwd, file);
  if (!existsSync(path)) {
    throw new AccessQueryError(
      options.model !== undefined
        ? `--model ${options.model}: file not found`
        : `no input: ./${DEFAULT_MODEL_FILE} does not exist. Synthesize first (cdktf synth), or pass --definition <file> (your definition module or JSON) or --model <access-model.json>`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AccessQueryError(`${file} is not valid JSON (${(e as Error).message}); synthesize again to rewrite it`);
  }
  return readAccessModelDocument(json, file);
}
