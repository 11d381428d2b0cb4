/**
 * `task-access explain <ROLE_x | principal>`: what a role or a person/pipeline can do and why: standing and
 * just-in-time tasks with their policy, the baselines reached, every concrete grant with its path.
 */
import { explain } from '../../report/explain';
import { formatExplanation } from '../../report/text';
import { addInputOptions, loadAccessModel, type AccessInputOptions } from '../access-input';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { EXIT, registerCommand } from '../program';

/** Options of `explain`. */
export interface ExplainOptions extends AccessInputOptions {
  /** Print JSON instead of text. */
  readonly json?: boolean;
  /** List the rules of built-in ClusterRoles too. */
  readonly rules?: boolean;
}

/** Runs `explain` and returns the exit code. */
export function runExplain(name: string, options: ExplainOptions, io: CommandIo): number {
  return runCommand(io, (io) => {
    const answer = explain(loadAccessModel(options, io.cwd), name);
    if (options.json) printJson(io, answer);
    else io.stdout(formatExplanation(answer, { rules: options.rules === true }));
    return EXIT.OK;
  });
}

registerCommand((program) => {
  addInputOptions(
    program
      .command('explain')
      .summary('what a role or principal can do, and why')
      .description(
        'Explains the effective access of a role (ROLE_...) or a principal (object ID, user principal name or display ' +
          'name): standing and just-in-time tasks with their PIM policy (for a task that reaches role-assignable ' +
          'baselines, each PIM activation it takes, in order), the baselines they reach, and every concrete ' +
          'grant (Azure role and ID at scope, Kubernetes rules in a namespace or cluster-wide, VPN pool) with the path ' +
          "that gives it. A principal in several roles gets the union of its roles' access.",
      )
      .argument('<name>', 'ROLE_ name, or a member: object ID, user principal name or display name'),
  )
    .option('--rules', 'list every rule of the built-in Kubernetes ClusterRoles bound (custom rules are always listed)')
    .option('--json', 'print the answer as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access explain ROLE_SNR_DEVELOPER --definition definition.ts\n' +
        '  task-access explain carol@contoso.example --model cdktf.out/access-model.json --json\n' +
        `\nExit codes: ${EXIT.OK} ok, ${EXIT.FAILED} invalid definition, ${EXIT.USAGE} unknown name or bad input.`,
    )
    .action((name: string, options: ExplainOptions) => {
      process.exitCode = runExplain(name, options, processIo());
    });
});
