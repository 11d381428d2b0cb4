/**
 * `task-access schema`: prints the JSON Schema of access-model.json (the file shipped as
 * schema/access-model.schema.json is this output).
 */
import { accessModelJsonSchema } from '../../report/access-model-schema';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { EXIT, registerCommand } from '../program';

/** Runs `schema` and returns the exit code. */
export function runSchema(io: CommandIo): number {
  return runCommand(io, () => {
    printJson(io, accessModelJsonSchema());
    return EXIT.OK;
  });
}

registerCommand((program) => {
  program
    .command('schema')
    .summary('the JSON Schema of access-model.json')
    .description(
      'Prints the JSON Schema (draft 2020-12) of access-model.json, the resolved access model written at synthesis.',
    )
    .addHelpText('after', `\nExample:\n  task-access schema > access-model.schema.json\n\nExit codes: ${EXIT.OK} ok.`)
    .action(() => {
      process.exitCode = runSchema(processIo());
    });
});
