/**
 * The `task-access` command line: argument parsing (commander) and printing only; every answer comes
 * from lib/model and lib/report. Each command lives in its own file under ./commands and registers itself here.
 */
import { Command } from 'commander';
import { terminalText } from '../report/escape/terminal-text';
import { applyUsageConventions, packageVersion } from './usage';

/** A command's registration: adds itself to the program. */
export type CommandRegistration = (program: Command) => void;

/** Exit codes of every command. */
export const EXIT = {
  /** Success; for checks: nothing found at the failing level. */
  OK: 0,
  /** The check failed (findings, high-risk changes) or the definition is invalid. */
  FAILED: 1,
  /** Bad usage: unknown option, unknown name, unreadable input. */
  USAGE: 2,
} as const;

/** Command registrations, in help order. Add a line per command. */
const COMMANDS: CommandRegistration[] = [];

/** Registers a command (used by the command modules listed in ./main.ts). */
export function registerCommand(r: CommandRegistration): void {
  COMMANDS.push(r);
}

/**
 * The program with every registered command. Commander's own output (help, usage errors quoting what was typed)
 * is written through `terminalText`, as the commands' is (lib/cli/command-io.ts).
 */
export function buildProgram(): Command {
  const program = new Command('task-access')
    .description('Inspect, check and compare a task-based access model (cdktf-task-access) offline.')
    .version(packageVersion(), '-V, --version', 'print the version of cdktf-task-access')
    .configureOutput({
      writeOut: (s) => process.stdout.write(terminalText(s)),
      writeErr: (s) => process.stderr.write(terminalText(s)),
      outputError: (s, write) => write(s),
    });
  program.addHelpText(
    'after',
    `\nExit codes: ${EXIT.OK} success, ${EXIT.FAILED} check failed or invalid definition, ${EXIT.USAGE} bad usage or unknown name.`,
  );
  for (const c of COMMANDS) c(program);
  applyUsageConventions(program);
  return program;
}
