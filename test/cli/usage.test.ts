/**
 * How the command line talks about itself: `--version`, an unknown command refused (exit 2, with a suggestion) even
 * before `--help`, a usage mistake answered in a few lines, help text wrapped by the terminal rather than the source,
 * and help examples that work in an installed package.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import type { Command } from 'commander';
import '../../lib/cli/commands/explain';
import '../../lib/cli/commands/who-can';
import '../../lib/cli/commands/report';
import '../../lib/cli/commands/schema';
import '../../lib/cli/commands/expiring';
import '../../lib/cli/commands/lint';
import '../../lib/cli/commands/drift';
import '../../lib/cli/commands/review';
import '../../lib/cli/commands/diff';
import { buildProgram } from '../../lib/cli/program';
import { packageVersion, unknownCommand, unwrap } from '../../lib/cli/usage';

const ROOT = resolve(__dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--require', 'tsx/cjs', 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const VERSION = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The whole help of a command, as `--help` prints it (with the text added after the options). */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

describe('the real bin', () => {
  test('--version prints the package version and exits 0', () => {
    const r = run('--version');
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${VERSION}\n`, '']);
  });

  test('an unknown command is exit 2 with the nearest name, also when --help follows it', () => {
    for (const args of [['explian'], ['explian', '--help'], ['help', 'explian']]) {
      const r = run(...args);
      expect([args, r.status, r.stdout]).toEqual([args, 2, '']);
      expect(r.stderr).toBe(
        `error: unknown command 'explian'. Did you mean "explain"?\n` +
          "Usage: task-access [options] [command]\nRun 'task-access --help' for the commands.\n",
      );
    }
  });

  test('an unknown flag is exit 2: the error, the suggestion and one usage line, not the whole help', () => {
    const r = run('lint', '--definition', 'definition.ts', '--strcit');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "error: unknown option '--strcit'\n(Did you mean --strict?)\n" +
        "Usage: task-access lint [options]\nRun 'task-access lint --help' for every option.\n",
    );
  });

  test('a known command with --help still prints its help and exits 0', () => {
    const r = run('lint', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: task-access lint [options]');
  });
});

describe('help text', () => {
  const program = buildProgram();
  const commands = [program, ...program.commands];

  test('descriptions have no line break of the source inside a paragraph: the terminal wraps them', () => {
    for (const c of commands) expect([c.name(), /[^\n]\n[^\n]/.test(c.description())]).toEqual([c.name(), false]);
  });

  test('examples name no file of this repository (they must work in an installed package)', () => {
    for (const c of commands) expect([c.name(), helpOf(c).match(/examples\/|test\/|lib\//g)]).toEqual([c.name(), null]);
  });

  test('unwrap joins lines of a paragraph and keeps blank lines between paragraphs', () => {
    expect(unwrap('Runs the rule\npack over a\n  definition.\n\nRule options\ncome from --rules.')).toBe(
      'Runs the rule pack over a definition.\n\nRule options come from --rules.',
    );
  });

  test('unknownCommand leaves options, known commands and `help <command>` alone', () => {
    expect(unknownCommand(program, [])).toBeUndefined();
    expect(unknownCommand(program, ['--version'])).toBeUndefined();
    expect(unknownCommand(program, ['lint', '--help'])).toBeUndefined();
    expect(unknownCommand(program, ['help', 'lint'])).toBeUndefined();
    expect(unknownCommand(program, ['help'])).toBeUndefined();
    expect(unknownCommand(program, ['lnt'])).toContain(`unknown command 'lnt'. Did you mean "lint"?`);
  });

  test('packageVersion finds the package above a nested directory, and says unknown outside it', () => {
    expect(packageVersion(resolve(ROOT, 'lib', 'cli'))).toBe(VERSION);
    expect(packageVersion('/')).toBe('unknown');
  });
});
