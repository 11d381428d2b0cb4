/**
 * The shell blocks of docs/*.md run as written: every ```sh block, from the repository root, exits 0 with nothing
 * on stderr, unless the line before it is `<!-- not run: <reason> -->` (a command that opens a browser, needs a
 * tenant, or the network). Their outputs go under cdktf.out/ (ignored by git).
 */
import { spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs');

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly skipped?: string;
}

/** The ```sh blocks of a Markdown text, with the reason given when one is not run. */
export function shellBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```sh') continue;
    const end = lines.indexOf('```', i + 1);
    const skipped = /^<!-- not run: (.+) -->$/.exec(lines[i - 1] ?? '')?.[1];
    blocks.push({ file, line: i + 1, code: lines.slice(i + 1, end).join('\n'), ...(skipped ? { skipped } : {}) });
    i = end;
  }
  return blocks;
}

const files = readdirSync(DOCS).filter((f) => f.endsWith('.md'));
const blocks = files.flatMap((f) => shellBlocks(`docs/${f}`, readFileSync(join(DOCS, f), 'utf8')));

test('docs/ has shell blocks, and every one not run says why', () => {
  expect(blocks.filter((b) => !b.skipped).length).toBeGreaterThan(0);
  for (const b of blocks) expect(b.skipped === undefined || b.skipped.trim().length > 0).toBe(true);
});

test.each(blocks.filter((b) => !b.skipped).map((b) => [`${b.file}:${b.line}`, b] as const))(
  '%s runs',
  (_where, block) => {
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', block.code], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    expect([r.status, r.stderr.replace(/npm warn.*\n/g, '')]).toEqual([0, '']);
  },
);
