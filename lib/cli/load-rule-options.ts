/**
 * Loads rule pack options for `task-access lint`: from `--rules <file>` (a `.json` file, or a module exporting
 * `rules`, the default export, or the export named with `--rules-export`), else from the definition module's own
 * `rules` export when it has one, else `{}` (every default).
 */
import { existsSync, readFileSync } from 'fs';
import { extname, resolve } from 'path';
import type { RulePackOptions } from '../rules/options';
import { LoadError } from './load-definition';

const isModule = (path: string): boolean => ['.ts', '.mts', '.cts', '.js', '.cjs', '.mjs'].includes(extname(path));
const looksLikeOptions = (v: unknown): v is RulePackOptions =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !('environments' in v);

function requireModule(path: string, file: string): Record<string, unknown> {
  try {
    if (['.ts', '.mts', '.cts'].includes(extname(path))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('tsx/cjs/api') as { register: () => void }).register();
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path) as Record<string, unknown>;
  } catch (e) {
    throw new LoadError(`could not load ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * The rule options for a lint run. `rulesFile` and `definitionFile` are resolved against `cwd`. Throws LoadError
 * when a named file or export is missing or unreadable.
 */
export function loadRuleOptions(
  cwd: string,
  definitionFile: string,
  rulesFile?: string,
  exportName?: string,
): RulePackOptions {
  if (rulesFile === undefined) {
    const path = resolve(cwd, definitionFile);
    if (!isModule(path) || !existsSync(path)) return {};
    const mod = requireModule(path, definitionFile);
    const value = mod[exportName ?? 'rules'];
    if (value === undefined) {
      if (exportName !== undefined)
        throw new LoadError(`${definitionFile} has no export "${exportName}" holding rule options`);
      return {};
    }
    if (!looksLikeOptions(value))
      throw new LoadError(`export "${exportName ?? 'rules'}" of ${definitionFile} is not an object of rule options`);
    return value;
  }
  const path = resolve(cwd, rulesFile);
  if (!existsSync(path)) throw new LoadError(`rule options file not found: ${rulesFile}`);
  if (extname(path) === '.json') {
    try {
      const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (!looksLikeOptions(value)) throw new Error('not an object');
      return value;
    } catch (e) {
      throw new LoadError(`${rulesFile} is not a JSON object of rule options (${(e as Error).message})`);
    }
  }
  const mod = requireModule(path, rulesFile);
  for (const key of exportName !== undefined ? [exportName] : ['rules', 'default']) {
    if (looksLikeOptions(mod[key])) return mod[key] as RulePackOptions;
  }
  const candidates = Object.keys(mod).filter((k) => looksLikeOptions(mod[k]));
  if (exportName === undefined && candidates.length === 1) return mod[candidates[0]] as RulePackOptions;
  throw new LoadError(
    exportName !== undefined
      ? `${rulesFile} has no export "${exportName}" holding rule options`
      : `${rulesFile} exports no single rule options object (exports: ${Object.keys(mod).join(', ') || 'none'}); choose one with --rules-export <name>`,
  );
}
