#!/usr/bin/env node
/** Entry point of the `task-access` bin. Command modules are imported for their registration. */
import { terminalText } from '../report/escape/terminal-text';
import { buildProgram, EXIT } from './program';
import { unknownCommand } from './usage';
// Command modules (one per file) register themselves when imported:
// import './commands/explain';
import './commands/explain';
import './commands/who-can';
import './commands/report';
import './commands/schema';
import './commands/expiring';
import './commands/lint';
import './commands/drift';
import './commands/review';
import './commands/diff';
import './commands/import';

async function main(): Promise<void> {
  const program = buildProgram();
  const unknown = unknownCommand(program, process.argv.slice(2));
  if (unknown) {
    process.stderr.write(terminalText(`${unknown}\n`));
    process.exit(EXIT.USAGE);
  }
  program.exitOverride();
  // Subcommands copy the parent's settings when they are added, so they don't inherit this exitOverride: without
  // it, their usage errors (bad option value, missing argument) would exit 1 instead of 2.
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      process.exit(EXIT.OK);
    if (err.code?.startsWith('commander.')) process.exit(EXIT.USAGE);
    process.stderr.write(terminalText(`task-access: ${err.message ?? String(e)}\n`));
    process.exit(EXIT.USAGE);
  }
}

void main();
