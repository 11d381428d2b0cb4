/**
 * `task-access import <export-dir> [--out definition.ts]`: reads an export of the tenant (the JSON of the Graph,
 * ARM and Kubernetes list calls docs/import.md gives), writes the definition as TypeScript with `existing` (so the
 * first apply imports what is there) and prints every finding. Exit 0 when the definition was written and is valid,
 * 1 when it has validation problems (printed; the file is still written, without `existing.resources`), 2 for an
 * unreadable export.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { TenantExportError } from '../../adopt/export-error';
import type { AdoptionFinding } from '../../adopt/finding';
import { definitionSource } from '../../adopt/typescript-source';
import { formatProblems } from '../../model/problem';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { importTenant } from '../import-tenant';
import { EXIT, registerCommand } from '../program';

/** Options of `import`. */
export interface ImportOptions {
  /** Where to write the definition; without it, the definition goes to standard output and the findings to standard error. */
  readonly out?: string;
  /** Print the findings and what is imported as JSON. */
  readonly json?: boolean;
  /** The time schedules are compared with, ISO 8601. @default now */
  readonly now?: string;
}

/** The findings as text, one block per finding. */
export function formatFindings(findings: readonly AdoptionFinding[]): string {
  if (findings.length === 0) return 'No findings: everything in the export is in the definition.\n';
  const lines = [`${findings.length} finding${findings.length === 1 ? '' : 's'} (not imported as they are):`];
  for (const f of findings) {
    lines.push(`  [${f.kind}] ${f.object.what} ${f.object.name} (${f.object.id})`);
    lines.push(`    ${f.message}`);
    lines.push(`    suggestion: ${f.suggestion}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `import` and returns the exit code. */
export function runImport(dir: string, options: ImportOptions, io: CommandIo): number {
  return runCommand(io, () => {
    const now = options.now === undefined ? undefined : new Date(options.now);
    if (now !== undefined && Number.isNaN(now.getTime())) {
      io.stderr(
        `task-access: --now ${JSON.stringify(options.now)} is not an ISO 8601 date-time, e.g. 2026-12-03T00:00:00Z\n`,
      );
      return EXIT.USAGE;
    }
    let result;
    try {
      result = importTenant(resolve(io.cwd, dir), now ? { now } : {});
    } catch (e) {
      if (!TenantExportError.isTenantExportError(e)) throw e;
      io.stderr(`task-access: ${e.message}\n`);
      return EXIT.USAGE;
    }
    const source = definitionSource(result.definition);
    if (options.out) writeFileSync(resolve(io.cwd, options.out), source);
    else (options.json ? io.stderr : io.stdout)(source);
    const say = options.out ? io.stdout : io.stderr;
    if (options.json)
      printJson(io, {
        ok: result.problems.length === 0,
        imported: result.imported.map((o) => ({ address: o.address, id: o.importId, object: o.source })),
        groups: result.definition.existing?.groups ?? {},
        findings: result.findings,
        problems: result.problems,
      });
    else {
      const groups = Object.keys(result.definition.existing?.groups ?? {}).length;
      say(
        `${options.out ? `Wrote ${options.out}: ` : ''}${groups} groups and ${result.imported.length} other objects are imported by the first apply.\n`,
      );
      say(formatFindings(result.findings));
    }
    if (result.problems.length > 0) {
      io.stderr(
        `${formatProblems(result.problems, 'The imported definition')}\nFix them in the definition, then run task-access import again for the import blocks.\n`,
      );
      return EXIT.FAILED;
    }
    return EXIT.OK;
  });
}

registerCommand((program) => {
  program
    .command('import')
    .summary('an export of the tenant to a definition with import blocks')
    .description(
      'Reads the JSON an export of the tenant holds (Graph groups with members, PIM schedules and policies, directory ' +
        'role assignments, Azure role assignments and custom roles, Kubernetes bindings; docs/import.md gives each ' +
        'command) and writes a typed definition of the groups that follow the BASE_/TASK_/ROLE_ convention, with ' +
        '`existing` so the first apply imports every object that is already there. Everything else is a finding.',
    )
    .argument('<export-dir>', 'the directory the export commands wrote into')
    .option('--out <file>', 'write the definition here (default: standard output, findings to standard error)')
    .option('--json', 'print what is imported and the findings as JSON')
    .option('--now <date-time>', 'compare schedules with this time instead of now (ISO 8601)')
    .addHelpText(
      'after',
      '\nExamples:\n  task-access import ./export --out definition.ts\n  task-access import ./export --out definition.ts --json > findings.json\n' +
        `\nExit codes: ${EXIT.OK} written, ${EXIT.FAILED} written but invalid (problems printed), ${EXIT.USAGE} bad usage or unreadable export.`,
    )
    .action((dir: string, options: ImportOptions) => {
      process.exitCode = runImport(dir, options, processIo());
    });
});
