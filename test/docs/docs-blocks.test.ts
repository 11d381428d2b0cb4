/**
 * Every code block of docs/*.md and of the README's "Adopting an existing tenant" section is run, or says why not:
 * - a block right after `<!-- not run: <reason> -->` is skipped (the reason is required: a tenant, a cluster, a
 *   fragment);
 * - a block right after `<!-- file: <name> -->` is written into the working directory (a `json` one must parse);
 * - a `sh` block runs with bash, and must exit 0;
 * - a `text` block starting with `$ <command>` runs the command, and its output is the rest of the block, where a
 *   line `...` stands for any number of lines.
 * Blocks of one page run in order in one scratch directory, in which `test/` and `examples/` are this checkout's,
 * and `npx task-access` is the command of this checkout. Any other block fails the test: each is run or marked.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

/** A fenced block with the HTML comment right before it, if any. */
interface Block {
  readonly lang: string;
  readonly body: string;
  readonly marker?: string;
  readonly line: number;
}

/** The fenced blocks of a Markdown text. */
export function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') j++;
    let k = i - 1;
    while (k >= 0 && (lines[k] as string).trim() === '') k--;
    const comment = k >= 0 ? /^<!-- (.*) -->$/.exec(lines[k] as string)?.[1] : undefined;
    blocks.push({ lang: open[1] as string, body: lines.slice(i + 1, j).join('\n'), line: i + 1, ...(comment ? { marker: comment } : {}) });
    i = j;
  }
  return blocks;
}

/** Whether `actual` matches `expected`, where an expected line `...` matches any number of lines. */
export function matchesWithElision(expected: readonly string[], actual: readonly string[]): boolean {
  const go = (e: number, a: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e] === '...') {
      for (let x = a; x <= actual.length; x++) if (go(e + 1, x)) return true;
      return false;
    }
    return a < actual.length && expected[e] === actual[a] && go(e + 1, a + 1);
  };
  return go(0, 0);
}

function scratch(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-docs-'));
  for (const shared of ['test', 'examples']) symlinkSync(join(ROOT, shared), join(dir, shared));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'npx'),
    `#!/usr/bin/env bash\nif [ "$1" = task-access ]; then shift; exec "${process.execPath}" --require "${require.resolve('tsx/cjs')}" "${join(ROOT, 'lib/cli/main.ts')}" "$@"; fi\necho "npx $1 is not available in the docs test" >&2; exit 127\n`,
    { mode: 0o755 },
  );
  return { dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NODE_PATH: join(ROOT, 'node_modules') } };
}

const pages: [string, string][] = [
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f): [string, string] => [`docs/${f}`, readFileSync(join(ROOT, 'docs', f), 'utf8')]),
  [
    'README.md (Adopting an existing tenant)',
    /<!-- section:adopt -->([\s\S]*?)<!-- \/section:adopt -->/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '',
  ],
];

test('the README has the section', () => {
  expect(pages[pages.length - 1]?.[1]).toMatch(/## Adopting an existing tenant/);
});

describe.each(pages)('%s', (page, markdown) => {
  test('every block runs as shown, or is marked with the reason it does not', () => {
    const { dir, env } = scratch();
    const results: string[] = [];
    for (const b of blocksOf(markdown)) {
      const where = `${page}:${b.line}`;
      if (b.marker?.startsWith('not run:')) {
        expect({ where, reason: b.marker.slice('not run:'.length).trim().length > 0 }).toEqual({ where, reason: true });
        continue;
      }
      if (b.marker?.startsWith('file:')) {
        if (b.lang === 'json') JSON.parse(b.body);
        writeFileSync(join(dir, b.marker.slice('file:'.length).trim()), `${b.body}\n`);
        continue;
      }
      if (b.lang === 'sh') {
        const r = spawnSync('bash', ['-e', '-c', b.body], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
        results.push(`${where} exit ${r.status}${r.status === 0 ? '' : `: ${r.stderr}`}`);
        expect({ where, status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ where, status: 0, stderr: '' });
        continue;
      }
      if (b.lang === 'text' && b.body.startsWith('$ ')) {
        const lines = b.body.split('\n');
        let command = (lines.shift() as string).slice(2);
        while (command.endsWith('\\')) command = `${command.slice(0, -1)} ${(lines.shift() as string).trim()}`;
        const r = spawnSync('bash', ['-c', command], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
        const actual = r.stdout.replace(/\n$/, '').split('\n');
        expect({ where, command, matches: matchesWithElision(lines, actual), output: actual.slice(0, 40) }).toEqual({
          where,
          command,
          matches: true,
          output: actual.slice(0, 40),
        });
        results.push(`${where} ok`);
        continue;
      }
      throw new Error(`${where}: a ${b.lang || 'plain'} block that neither runs nor says why (<!-- not run: reason -->)`);
    }
    expect(results.length).toBeGreaterThan(0);
  }, 300_000);
});

test('elision: "..." matches any number of lines, and nothing else is loose', () => {
  expect(matchesWithElision(['a', '...', 'd'], ['a', 'b', 'c', 'd'])).toBe(true);
  expect(matchesWithElision(['a', '...'], ['a'])).toBe(true);
  expect(matchesWithElision(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
  expect(matchesWithElision(['a'], ['a', 'b'])).toBe(false);
});
