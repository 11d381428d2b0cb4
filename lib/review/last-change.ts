/**
 * When the definition file last changed, from `git log` (one command, no shell), or nothing when the file is not
 * in a git repository or git is missing. Injected into the review command, so tests never run git.
 */
import { execFileSync } from 'child_process';
import { dirname, resolve } from 'path';
import type { LastChange } from './review';

/** Reads the last change of a file; undefined when unknown. */
export type LastChangeReader = (file: string) => LastChange | undefined;

/** Parses `git log -1 --format=%H%x09%cI%x09%an` output. */
export function parseGitLogLine(text: string): LastChange | undefined {
  const [commit, date, author] = text.trim().split('\t');
  if (!commit || !date || !/^[0-9a-f]{7,64}$/.test(commit)) return undefined;
  return { date, commit, ...(author ? { author } : {}), source: 'git' };
}

/** The last commit that changed `file`, by `git log -1` in the file's directory. */
export const gitLastChange: LastChangeReader = (file) => {
  const path = resolve(file);
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%H%x09%cI%x09%an', '--', path], {
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    return parseGitLogLine(out);
  } catch {
    return undefined;
  }
};
