#!/usr/bin/env node
/** Entry point of the `task-access` bin. Command modules are imported for their registration. */
import { buildProgram, EXIT } from './program';
// Command modules (one per file) register themselves when imported:
// import './commands/explain';

async function main(): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') process.exit(EXIT.OK);
    if (err.code?.startsWith('commander.')) process.exit(EXIT.USAGE);
    process.stderr.write(`task-access: ${err.message ?? String(e)}\n`);
    process.exit(EXIT.USAGE);
  }
}

void main();
