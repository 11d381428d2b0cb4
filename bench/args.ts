/**
 * The benchmark scripts' command lines, parsed by Node's `util.parseArgs` (strict: an unknown or misspelled option
 * is refused, not ignored). `--help` prints the usage and exits 0; a bad command line prints what is wrong and the
 * usage, and exits 2, without a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'util';

/** Parses `process.argv` for string options `names`, with `--help`; exits on `--help` or a bad command line. */
export function benchArgs<N extends string>(
  usage: string,
  names: readonly N[],
  argv: readonly string[] = process.argv.slice(2),
): Partial<Record<N, string>> {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const n of names) options[n] = { type: 'string' };
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    return fail(usage, e instanceof Error ? e.message : String(e));
  }
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values as Partial<Record<N, string>>;
}

/** Prints `message` and the usage to standard error and exits 2. */
export function fail(usage: string, message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}
