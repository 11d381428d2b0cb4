/**
 * `task-access review [--definition <file> | --model <file>] [--last-change <text>] [--no-git] [--json]`: the
 * access review checklist in Markdown (the task-based access model's audit, docs/security.md "The review routine"):
 * monthly the high-risk items, quarterly every role and task with owner and members. The definition's last change
 * comes from `git log` of the definition file, or `--last-change`. Exit 0, 1 for an invalid definition, 2 for
 * unreadable input.
 */
import { resolve } from 'path';
import { gitLastChange, type LastChangeReader } from '../../review/last-change';
import { buildReview, type LastChange } from '../../review/review';
import { reviewMarkdown } from '../../review/review-markdown';
import { resolveDefinition } from '../../model/resolve';
import { addInputOptions, loadAccessModel, type AccessInputOptions } from '../access-input';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { loadDefinition } from '../load-definition';
import { EXIT, registerCommand } from '../program';

/** Options of `review`. */
export interface ReviewCommandOptions extends AccessInputOptions {
  /** Print the checklist as JSON. */
  readonly json?: boolean;
  /** The definition's last change as text (e.g. `2026-03-02, PR #41`); overrides git. */
  readonly lastChange?: string;
  /** `false` (`--no-git`): don't ask git for the last change. @default true */
  readonly git?: boolean;
}

/** Runs `review`; `readLastChange` reads the definition file's last change (git by default; injected in tests). */
export function runReview(
  options: ReviewCommandOptions,
  io: CommandIo,
  readLastChange: LastChangeReader = gitLastChange,
): number {
  return runCommand(io, (io) => {
    let model;
    let lastChange: LastChange | undefined;
    if (options.definition !== undefined && options.model === undefined) {
      const path = resolve(io.cwd, options.definition);
      const definition = loadDefinition(path, options.export);
      model = resolveDefinition(definition);
      if (options.lastChange === undefined && options.git !== false) lastChange = readLastChange(path);
    } else {
      model = loadAccessModel(options, io.cwd);
    }
    if (options.lastChange !== undefined) lastChange = { date: options.lastChange, source: 'given' };
    const checklist = buildReview(model, { ...(lastChange ? { lastChange } : {}) });
    if (options.json) printJson(io, checklist);
    else io.stdout(reviewMarkdown(checklist));
    return EXIT.OK;
  });
}

registerCommand((program) => {
  addInputOptions(
    program
      .command('review')
      .summary('the access review checklist: monthly high-risk items, quarterly every role and task')
      .description(
        'Writes the review checklist in Markdown: first the high-risk items for the monthly review (break-glass\n' +
          'accounts and their 90-day validation, exception tasks, write/admin tasks and standing access in protected\n' +
          'environments), then every role and task with owner and members for the quarterly review.',
      ),
  )
    .option('--json', 'print the checklist as JSON')
    .option(
      '--last-change <text>',
      'the definition\'s last change, e.g. "2026-03-02 (PR #41)" (default: git log of the definition file)',
    )
    .option('--no-git', "don't read the definition's last change from git")
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access review --definition definition.ts > review-2026-q1.md\n' +
        '  task-access review --model cdktf.out/access-model.json --last-change "2026-03-02 (PR #41)"\n' +
        `\nExit codes: ${EXIT.OK} checklist written, ${EXIT.FAILED} invalid definition, ${EXIT.USAGE} unreadable input.`,
    )
    .action((options: ReviewCommandOptions) => {
      process.exitCode = runReview(options, processIo());
    });
});
