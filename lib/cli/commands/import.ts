/**
 * `task-access import <export-dir> [--out definition.ts]`: reads an export of the tenant (the JSON of the Graph,
 * ARM and Kubernetes list calls docs/import.md gives), writes the definition as TypeScript with `existing` (so the
 * first apply imports what is there) and prints every finding. With `--check --definition <file>`, compares the
 * export with that definition instead (the access diff of lib/report/diff, code before, tenant after, and the
 * groups' object IDs) and exits 1 when anything differs. Exit 0 when the definition was written and is valid,
 * 1 when it has validation problems (printed; the file is still written, without `existing.resources`), 2 for an
 * unreadable export.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { TenantExportError } from '../../adopt/export-error';
import { readMapping } from '../../adopt/mapping';
import type { AdoptionFinding } from '../../adopt/finding';
import { definitionSource } from '../../adopt/typescript-source';
import { formatProblems } from '../../model/problem';
import { visibleText } from '../../model/value-preview';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { importTenant, type ImportedTenant } from '../import-tenant';
import { loadDefinition } from '../load-definition';
import type { AccessModelDefinition } from '../../model/definition';
import { resolveDefinition } from '../../model/resolve';
import { diffAccessModels } from '../../report/diff/access-diff';
import { renderDiffMarkdown } from '../../report/diff/diff-markdown';
import { EXIT, registerCommand } from '../program';

/** Options of `import`. */
export interface ImportOptions {
  /** Where to write the definition; without it, the definition goes to standard output and the findings to standard error. */
  readonly out?: string;
  /** Print the findings and what is imported as JSON. */
  readonly json?: boolean;
  /** The time schedules are compared with, ISO 8601. @default now */
  readonly now?: string;
  /** Compare the export with `definition` instead of writing a definition (unless `out` is given too). */
  readonly check?: boolean;
  /** The definition `check` compares with: a .ts/.js module or a .json file. */
  readonly definition?: string;
  /** The export of the definition module holding the definition. */
  readonly export?: string;
  /** A mapping file: groups outside the naming convention and the layer name each becomes. */
  readonly mapping?: string;
}

/**
 * How the tenant's groups differ from the definition's `existing.groups`, one line each (a name's line break or
 * control character marked with `visibleText`), sorted.
 */
export function groupIdDifferences(code: AccessModelDefinition, tenant: AccessModelDefinition): string[] {
  const mine = code.existing?.groups ?? {};
  const theirs = tenant.existing?.groups ?? {};
  const model = resolveDefinition(code);
  const declared = new Set([...model.baselines, ...model.tasks, ...model.roles].map((x) => x.name));
  const lines: string[] = [];
  for (const name of [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].sort()) {
    const a = mine[name];
    const b = theirs[name];
    if (a === b) continue;
    if (b === undefined) lines.push(`${name}: existing.groups names ${a}, but the export has no group ${name}`);
    else if (a === undefined && declared.has(name))
      lines.push(
        `${name}: the tenant has it (${b}) but existing.groups doesn't: the first apply would try to create it again`,
      );
    else if (a === undefined) lines.push(`${name}: the tenant has it (${b}); the definition doesn't declare it`);
    else lines.push(`${name}: existing.groups names ${a}, the tenant's group is ${b}`);
  }
  return lines.map(visibleText);
}

/**
 * The findings as text, one block per finding; each line shown with `visibleText`, so a name or display name from
 * the export can't start a line of its own (a line break is a `\u000A` marker).
 */
export function formatFindings(findings: readonly AdoptionFinding[]): string {
  if (findings.length === 0) return 'No findings: everything in the export is in the definition.\n';
  const lines = [`${findings.length} finding${findings.length === 1 ? '' : 's'} (not imported as they are):`];
  for (const f of findings) {
    lines.push(`  [${f.kind}] ${f.object.what} ${f.object.name} (${f.object.id})`);
    lines.push(`    ${f.message}`);
    lines.push(`    suggestion: ${f.suggestion}`);
  }
  return `${lines.map(visibleText).join('\n')}\n`;
}

/** Runs `import` and returns the exit code. */
export function runImport(dir: string, options: ImportOptions, io: CommandIo): number {
  return runCommand(io, (io) => {
    const now = options.now === undefined ? undefined : new Date(options.now);
    if (now !== undefined && Number.isNaN(now.getTime())) {
      io.stderr(
        `task-access: --now ${JSON.stringify(options.now)} is not an ISO 8601 date-time, e.g. 2026-12-03T00:00:00Z\n`,
      );
      return EXIT.USAGE;
    }
    if (options.check && options.definition === undefined) {
      io.stderr('task-access: import --check compares the export with a definition: give --definition <file>\n');
      return EXIT.USAGE;
    }
    let result;
    try {
      const mapping = options.mapping ? readMapping(resolve(io.cwd, options.mapping)) : undefined;
      result = importTenant(resolve(io.cwd, dir), { ...(now ? { now } : {}), ...(mapping ? { mapping } : {}) });
    } catch (e) {
      if (!TenantExportError.isTenantExportError(e)) throw e;
      io.stderr(`task-access: ${visibleText(e.message)}\n`);
      return EXIT.USAGE;
    }
    if (options.check) return check(dir, result, options, io);
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
        `${options.out ? `Wrote ${visibleText(options.out)}: ` : ''}${groups} groups and ${result.imported.length} other objects are imported by the first apply.\n`,
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

/** `--check`: what differs between the definition (the code) and the export (the tenant), as the access diff shows it. */
function check(dir: string, result: ImportedTenant, options: ImportOptions, io: CommandIo): number {
  if (options.out) writeFileSync(resolve(io.cwd, options.out), definitionSource(result.definition));
  if (result.problems.length > 0) {
    io.stderr(
      `${formatProblems(result.problems, 'The definition imported from the export')}\nSo the export can't be compared with the definition.\n`,
    );
    return EXIT.FAILED;
  }
  const code = loadDefinition(resolve(io.cwd, options.definition as string), options.export);
  // The code is "before", the tenant "after": the diff reads as what the tenant changed relative to the code.
  const diff = diffAccessModels(resolveDefinition(code), resolveDefinition(result.definition));
  const groups = groupIdDifferences(code, result.definition);
  const differs = diff.changes.length > 0 || groups.length > 0;
  if (options.json) printJson(io, { differs, diff, groups, findings: result.findings });
  else {
    io.stdout(`${visibleText(`Access: ${options.definition} (before) -> the tenant exported in ${dir} (after)`)}\n\n`);
    io.stdout(renderDiffMarkdown(diff));
    io.stdout(
      groups.length
        ? `\nGroups:\n${groups.map((l) => `  ${l}\n`).join('')}`
        : '\nGroups: every group of the tenant is in existing.groups with its object ID.\n',
    );
    io.stdout(`\n${formatFindings(result.findings)}`);
  }
  return differs ? EXIT.FAILED : EXIT.OK;
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
    .option('--mapping <file>', 'a JSON file naming the layer of groups outside the convention (docs/import.md)')
    .option('--check', 'compare the export with --definition and list what differs (exit 1 when anything does)')
    .option('--definition <file>', 'the definition --check compares with (.ts/.js module or .json)')
    .option('--export <name>', 'the export of the definition module holding the definition')
    .addHelpText(
      'after',
      '\nExamples:\n  task-access import ./export --out definition.ts\n  task-access import ./export --out definition.ts --json > findings.json\n' +
        '  task-access import ./export --check --definition definition.ts\n' +
        `\nExit codes: ${EXIT.OK} written (--check: nothing differs), ${EXIT.FAILED} written but invalid, or --check found differences, ${EXIT.USAGE} bad usage or unreadable export.`,
    )
    .action((dir: string, options: ImportOptions) => {
      process.exitCode = runImport(dir, options, processIo());
    });
});
