/**
 * `task-access schema`: prints the JSON Schema of access-model.json (the file shipped as
 * schema/access-model.schema.json is this output), or with `--definition` the JSON Schema of a definition
 * (schema/definition.schema.json).
 */
import { definitionJsonSchema } from '../../model/definition-json-schema';
import { accessModelJsonSchema } from '../../report/access-model-schema';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { EXIT, registerCommand } from '../program';

/** Options of `schema`. */
export interface SchemaOptions {
  /** Print the schema of a definition instead of access-model.json's. */
  readonly definition?: boolean;
}

/** Runs `schema` and returns the exit code. */
export function runSchema(io: CommandIo, options: SchemaOptions = {}): number {
  return runCommand(io, (io) => {
    printJson(io, options.definition ? definitionJsonSchema() : accessModelJsonSchema());
    return EXIT.OK;
  });
}

registerCommand((program) => {
  program
    .command('schema')
    .summary('the JSON Schema of access-model.json, or of a definition')
    .description(
      'Prints the JSON Schema (draft 2020-12) of access-model.json, the resolved access model written at synthesis; ' +
        'with --definition, the JSON Schema of a definition in JSON (shapes only: lint checks the rest), for editors ' +
        '("$schema" in a definition.json is accepted and ignored).',
    )
    .option('--definition', 'the schema of a definition instead of access-model.json')
    .addHelpText(
      'after',
      '\nExamples:\n  task-access schema > access-model.schema.json\n  task-access schema --definition > definition.schema.json\n' +
        `\nExit codes: ${EXIT.OK} ok.`,
    )
    .action((options: SchemaOptions) => {
      process.exitCode = runSchema(processIo(), options);
    });
});
