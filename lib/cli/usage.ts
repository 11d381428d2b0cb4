/**
 * How the command line talks about itself: its version, help text that the terminal wraps (never the source), a
 * short answer to a usage mistake (the error, commander's suggestion, one usage line), and an unknown command
 * refused with a suggestion even when `--help` follows it.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import type { Command } from 'commander';
import { didYouMean } from '../model/suggest';
import { visibleText } from '../model/value-preview';

/**
 * The package's version, from the nearest `package.json` named `cdktf-task-access` above this file (the repository
 * when run from source, the installed package from `dist/`), or `unknown`.
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'cdktf-task-access' && typeof pkg.version === 'string') return pkg.version;
      } catch {
        // not a readable package.json: keep looking upwards
      }
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

/**
 * Text written with line breaks in the source, rejoined into paragraphs: single line breaks become spaces, blank
 * lines stay, so commander wraps to the terminal's width instead of breaking mid-sentence at the source's.
 */
export function unwrap(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '))
    .join('\n\n');
}

/** `Usage: task-access lint [options]`, and where the full help is. */
function usageHint(command: Command, parents: string): string {
  const name = `${parents}${command.name()}`;
  return `Usage: ${name} ${command.usage()}\nRun '${name} --help' for every option.`;
}

/**
 * Applies the conventions to the program and every command: descriptions unwrapped, and a usage mistake answered
 * by the error, commander's "Did you mean" and one usage line instead of the whole help.
 */
export function applyUsageConventions(program: Command): void {
  const visit = (c: Command, parents: string): void => {
    const description = c.description();
    if (description) c.description(unwrap(description));
    c.showHelpAfterError(usageHint(c, parents));
    for (const sub of c.commands) visit(sub, `${parents}${c.name()} `);
  };
  visit(program, '');
}

/**
 * The first argument when it names no command (and isn't an option): the message refusing it, with the nearest
 * command name. `task-access bogus --help` would otherwise print the top help and exit 0, so a script checking for a
 * command couldn't tell.
 */
export function unknownCommand(program: Command, argv: readonly string[]): string | undefined {
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) return undefined;
  const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  if (first === 'help') {
    const target = argv[1];
    if (target === undefined || target.startsWith('-') || names.includes(target)) return undefined;
    return unknownCommandMessage(program, target, names);
  }
  return names.includes(first) ? undefined : unknownCommandMessage(program, first, names);
}

function unknownCommandMessage(program: Command, name: string, names: readonly string[]): string {
  return (
    `error: unknown command '${visibleText(name)}'.${didYouMean(name, names)}\n` +
    `Usage: ${program.name()} ${program.usage()}\nRun '${program.name()} --help' for the commands.`
  );
}
