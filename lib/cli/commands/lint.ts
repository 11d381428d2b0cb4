/**
 * `task-access lint --definition <file>`: runs the rule pack (the same rules as synthesis) without synthesizing,
 * prints every finding, the suppressions with their reasons and the rules that did not apply. Exit 1 on errors
 * (or warnings with `--strict`), 0 otherwise.
 */
import { resolve } from 'path';
import { AccessModelError } from '../../model/problem';
import { resolveDefinition } from '../../model/resolve';
import { formatRulePackResult } from '../../rules/format';
import { runRulePack } from '../../rules/pack';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { loadDefinition } from '../load-definition';
import { loadRuleOptions } from '../load-rule-options';
import { EXIT, registerCommand } from '../program';

/** Options of `lint`. */
export interface LintOptions {
  /** The definition: a .ts/.js module or a .json file. */
  readonly definition: string;
  /** The export of the definition module holding the definition. */
  readonly export?: string;
  /** A rule options file (.json, or a module exporting `rules` or a default). */
  readonly rules?: string;
  /** The export holding the rule options (in `--rules`, or in the definition module). */
  readonly rulesExport?: string;
  /** Print the result as JSON. */
  readonly json?: boolean;
  /** Fail on warnings too. */
  readonly strict?: boolean;
}

/** Runs `lint` and returns the exit code. */
export function runLint(options: LintOptions, io: CommandIo): number {
  return runCommand(io, (io) => {
    const definition = loadDefinition(resolve(io.cwd, options.definition), options.export);
    const ruleOptions = loadRuleOptions(io.cwd, options.definition, options.rules, options.rulesExport);
    let model;
    try {
      model = resolveDefinition(definition);
    } catch (e) {
      // With --json, an invalid definition is still an answer a pipeline can parse: the problems, exit 1.
      if (!options.json || !AccessModelError.isAccessModelError(e)) throw e;
      printJson(io, { ok: false, problems: e.problems });
      return EXIT.FAILED;
    }
    const result = runRulePack(model, ruleOptions);
    const failed = result.errors.length > 0 || (options.strict === true && result.warnings.length > 0);
    if (options.json) {
      const { findings, suppressed, suppressions, rules } = result;
      const counts = { errors: result.errors.length, warnings: result.warnings.length, suppressed: suppressed.length };
      printJson(io, { ok: !failed, counts, findings, suppressed, suppressions, rules });
    } else {
      io.stdout(`${formatRulePackResult(result)}\n`);
    }
    return failed ? EXIT.FAILED : EXIT.OK;
  });
}

registerCommand((program) => {
  program
    .command('lint')
    .summary('check the definition against the rule pack, without synthesizing')
    .description(
      "Runs the rule pack (the task-based access model's PIM rules, break-glass, workload identities, platform limits, Kubernetes and\n" +
        'Azure rules, separation of duties) over a definition, the same checks synthesis runs, and prints every\n' +
        'finding with its path, rule, value and fix, the suppressions with their reasons, and the rules that did not apply.\n' +
        'Rule options (limits, senior approvers, security addresses, suppressions) come from --rules, or from a\n' +
        '`rules` export of the definition module.',
    )
    .requiredOption('-d, --definition <file>', 'the definition: a .ts/.js module exporting it, or a .json file')
    .option(
      '--export <name>',
      'the export of the definition module holding the definition (default: definition, default, or the only one)',
    )
    .option(
      '--rules <file>',
      "rule pack options: a .json file, or a module exporting `rules` (default: the definition module's `rules` export, if any)",
    )
    .option('--rules-export <name>', 'the export holding the rule options')
    .option('--json', 'print the result as JSON')
    .option('--strict', 'exit 1 on warnings too')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access lint --definition definition.ts\n' +
        '  task-access lint --definition definition.json --rules rules.json --strict --json\n' +
        `\nExit codes: ${EXIT.OK} no error (no warning with --strict), ${EXIT.FAILED} errors (or warnings with --strict) or an invalid definition, ${EXIT.USAGE} bad usage or unreadable input.`,
    )
    .action((options: LintOptions) => {
      process.exitCode = runLint(options, processIo());
    });
});
