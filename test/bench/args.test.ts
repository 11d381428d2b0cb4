/**
 * The benchmark scripts' command lines (bench/args.ts): `--help` prints the usage and exits 0, a misspelled option
 * or a bad value is refused with what is wrong and the usage (exit 2), before anything is measured.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const run = (script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'bench', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const USAGE = 'usage: npm run bench -- [--sizes 500,2000,10000] [--reps 3] [--seed 1] [--split-max 10000]';

test('npm run bench -- --help prints the usage and measures nothing', () => {
  const r = run('run.ts', '--help');
  expect([r.status, r.stdout.split('\n')[0], r.stderr]).toEqual([0, USAGE, '']);
  expect(r.stdout).not.toContain('compiling');
});

test.each([
  [['--sise', '3'], "Unknown option '--sise'"],
  [['--sizes', '10'], '--sizes 10: whole numbers of at least 30'],
  [
    ['--sizes', '40,a', '--reps', 'x'],
    '--sizes 40,a: whole numbers of at least 30\n--reps x: a whole number of at least 1',
  ],
  [['--split-max=-1'], '--split-max -1: a whole number, 0 or more'],
  [['--reps'], "Option '--reps <value>' argument missing"],
])('npm run bench -- %j is refused: %s', (args, message) => {
  const r = run('run.ts', ...args);
  expect([r.status, r.stdout]).toEqual([2, '']);
  expect(r.stderr.startsWith(`${message}\n${USAGE}\n`)).toBe(true);
});

test('npm run bench:explorer refuses a bad value before launching a browser', () => {
  const r = run('explorer.ts', '--reps', '0', '--engines', 'lynx');
  expect([r.status, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', '--reps 0: a whole number of at least 1']);
});
