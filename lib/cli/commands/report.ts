/**
 * `task-access report`: the whole access matrix as Markdown, CSV, JSON (access-model.json) or the SVG diagram,
 * printed or written into a directory.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, relative, resolve } from 'path';
import { visibleText } from '../../model/value-preview';
import { AccessQueryError } from '../../report/query-error';
import { REPORT_FILE_NAMES, REPORT_FORMATS, renderReport, type ReportFormat } from '../../report/report-files';
import { addInputOptions, loadAccessModel, type AccessInputOptions } from '../access-input';
import { processIo, runCommand, type CommandIo } from '../command-io';
import { EXIT, registerCommand } from '../program';

/** Options of `report`. */
export interface ReportOptions extends AccessInputOptions {
  /** Comma-separated formats: md, csv, json, svg, html. */
  readonly format?: string;
  /** Directory to write the files into. */
  readonly out?: string;
  /** Same as `--format json`. */
  readonly json?: boolean;
}

/** The formats asked for: `--format` (comma-separated), `--json`, else md to print or every format to write. */
export function reportFormats(options: ReportOptions): ReportFormat[] {
  const asked = [...(options.format ?? '').split(','), ...(options.json ? ['json'] : [])]
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
  for (const f of asked) {
    if (!(REPORT_FORMATS as readonly string[]).includes(f)) {
      throw new AccessQueryError(
        `report: --format "${f}" is not a format; use ${REPORT_FORMATS.join(', ')} (comma-separated for several with --out)`,
      );
    }
  }
  const formats = [...new Set(asked)] as ReportFormat[];
  if (formats.length === 0) return options.out !== undefined ? [...REPORT_FORMATS] : ['md'];
  if (formats.length > 1 && options.out === undefined) {
    throw new AccessQueryError(
      `report: several formats (${formats.join(', ')}) need --out <dir>; or print one format at a time`,
    );
  }
  return REPORT_FORMATS.filter((f) => formats.includes(f));
}

/** Runs `report` and returns the exit code. */
export function runReport(options: ReportOptions, io: CommandIo): number {
  return runCommand(io, (io) => {
    const formats = reportFormats(options);
    const model = loadAccessModel(options, io.cwd);
    if (options.out === undefined) {
      io.stdout(renderReport(model, formats[0]));
      return EXIT.OK;
    }
    const dir = resolve(io.cwd, options.out);
    mkdirSync(dir, { recursive: true });
    for (const f of formats) {
      const file = join(dir, REPORT_FILE_NAMES[f]);
      writeFileSync(file, renderReport(model, f));
      io.stdout(`wrote ${visibleText(relative(io.cwd, file) || file)}\n`);
    }
    return EXIT.OK;
  });
}

registerCommand((program) => {
  addInputOptions(
    program
      .command('report')
      .summary('the whole access matrix as Markdown, CSV, JSON, SVG or the HTML access explorer')
      .description(
        'Renders the access report: per role and per principal the standing and just-in-time tasks with their policy, ' +
          'the baselines reached and every concrete grant with its path; task policies; baselines; break-glass accounts. ' +
          'md: access-report.md (with a Mermaid diagram), csv: access-report.csv (one row per subject, path and grant), ' +
          'json: access-model.json (schema/access-model.schema.json), svg: access-diagram.svg (the layer diagram), ' +
          'html: access-explorer.html (one self-contained page: search, who-can, filters, the layer graph; offline). ' +
          'The same files are written beside the Terraform at synthesis.',
      ),
  )
    .option(
      '-f, --format <formats>',
      `${REPORT_FORMATS.join(', ')}; comma-separated with --out (default: md, or all with --out)`,
    )
    .option('-o, --out <dir>', 'write the files into this directory instead of printing')
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access report --definition definition.ts > access-report.md\n' +
        '  task-access report --format csv --model cdktf.out/access-model.json > access.csv\n' +
        '  task-access report --out review/ --definition definition.ts\n' +
        '  task-access report --format html > access-explorer.html\n' +
        `\nExit codes: ${EXIT.OK} ok, ${EXIT.FAILED} invalid definition, ${EXIT.USAGE} bad option or unreadable input.`,
    )
    .action((options: ReportOptions) => {
      process.exitCode = runReport(options, processIo());
    });
});
