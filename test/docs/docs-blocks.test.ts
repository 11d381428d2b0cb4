/**
 * Every fenced block of README.md and docs/**\/*.md (docs/api excepted) runs, or says why it can't: the comment
 * right before a block, `<!-- doc-test: ... -->`, picks what happens to it.
 *
 * - `skip — <reason>` / `covered — <reason>`: not run here (the reason is mandatory: a tenant, the network, another
 *   test that runs it).
 * - `run repo` / `run quickstart` / `run scratch` on a `sh` block: each line (comments dropped) runs from the
 *   repository, from a directory holding the README's Quickstart files, or from a scratch directory of the page (its
 *   `test/` and `examples/` are this checkout's; what a command writes there stays out of the repository), and must
 *   exit 0 (`exit <n>` after the place for another code).
 * - `file <name>`: the block is written into the page's scratch directory as `<name>` (a `json` one must parse).
 *   `npx task-access`, `npm run [-s] task-access --` and `task-access` are this checkout's CLI, `npx tsx` is tsx.
 * - `output` on a `text` block: equals the standard output of the `run` block before it.
 * - `transcript repo|scratch` on a `text` block: `$ <command>` (continued by `\`), then its standard output; a line that is
 *   only `...` stands for any lines.
 * Without a comment: a `json` block is parsed (and validated when it is a definition), a `ts` block that is a whole
 * file (it starts with `import` or a `// <file>.ts` line) is type checked against the library in one program; any
 * other block fails the test.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative } from 'path';
import ts from 'typescript';
import { validateDefinition } from '../../lib';
import { quickstartFiles } from '../fixtures/quickstart';

/** The part of a markdown-it token read here (markdown-it declares no types). */
interface MdToken {
  readonly type: string;
  readonly map: [number, number] | null;
  readonly info: string;
  readonly content: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: { html: boolean }) => {
  parse(src: string, env: object): MdToken[];
};

const ROOT = join(__dirname, '..', '..');
const CLI = `${JSON.stringify(process.execPath)} --require tsx/cjs ${JSON.stringify(join(ROOT, 'lib/cli/main.ts'))}`;
const TSX = `${JSON.stringify(process.execPath)} ${JSON.stringify(require.resolve('tsx/cli'))}`;

interface Block {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly content: string;
  readonly annotation?: string;
}

function docFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? dir === 'docs' && e.name === 'api'
          ? []
          : walk(join(dir, e.name))
        : e.name.endsWith('.md')
          ? [join(dir, e.name)]
          : [],
    );
  return ['README.md', ...walk('docs').sort()];
}

function blocks(file: string): Block[] {
  const tokens = new MarkdownIt({ html: true }).parse(readFileSync(join(ROOT, file), 'utf8'), {});
  const out: Block[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'fence') return;
    const prev = tokens[i - 1];
    const m =
      prev?.type === 'html_block' && prev.map?.[1] === t.map?.[0]
        ? /<!--\s*doc-test:\s*([\s\S]*?)\s*-->\s*$/.exec(prev.content)
        : null;
    out.push({ file, line: (t.map?.[0] ?? 0) + 1, lang: t.info.trim(), content: t.content, annotation: m?.[1] });
  });
  return out;
}

const where = (b: Block) => `${b.file}:${b.line}`;

/** The shell command with the documented CLI invocations pointed at this checkout. */
function mapCommand(command: string): string {
  return command
    .replace(/^(npx task-access|npm run (-s )?task-access --|task-access)(?= |$)/, CLI)
    .replace(/^npx tsx(?= )/, TSX);
}

function run(command: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', mapCommand(command)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), CHECKPOINT_DISABLE: '1', FORCE_COLOR: '0' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Does `actual` match `expected`, where a line of only `...` matches any lines? */
function matchesElided(expected: string[], actual: string[]): boolean {
  if (expected.length === 0) return actual.length === 0;
  const [head, ...rest] = expected;
  if (head?.trim() === '...') {
    for (let skip = 0; skip <= actual.length; skip++) if (matchesElided(rest, actual.slice(skip))) return true;
    return false;
  }
  return actual.length > 0 && actual[0] === head && matchesElided(rest, actual.slice(1));
}

const all = docFiles().flatMap(blocks);
const quickstart = mkdtempSync(join(tmpdir(), 'docs-quickstart-'));
for (const [name, code] of quickstartFiles()) writeFileSync(join(quickstart, name), code);
const places: Record<string, string> = { repo: ROOT, quickstart };

/** The scratch directory of a page, made on first use: this checkout's `test/` and `examples/`, nothing else. */
const scratches = new Map<string, string>();
function scratchOf(page: string): string {
  let dir = scratches.get(page);
  if (dir === undefined) {
    dir = mkdtempSync(join(tmpdir(), 'docs-scratch-'));
    for (const shared of ['test', 'examples']) symlinkSync(join(ROOT, shared), join(dir, shared));
    scratches.set(page, dir);
  }
  return dir;
}

/** Where a `run`/`transcript` annotation runs its block. */
const placeOf = (b: Block, place: string): string => (place === 'scratch' ? scratchOf(b.file) : (places[place] as string));

test('finds the README and every docs page, and blocks in them', () => {
  expect(docFiles()).toEqual(expect.arrayContaining(['README.md', 'docs/cli.md', 'docs/rules.md']));
  expect(all.length).toBeGreaterThan(30);
});

test('every block has a runner, or an annotation with a reason', () => {
  const unhandled = all.filter((b) => {
    const a = b.annotation;
    if (a === undefined) return !(b.lang === 'json' || (b.lang === 'ts' && /^(import |\/\/ [\w.-]+\.ts\n)/.test(b.content)));
    if (/^(skip|covered)\b/.test(a)) return !/^(skip|covered)\s+[—-]+\s+\S.{9,}/.test(a);
    return !/^(run (repo|quickstart|scratch)( exit \d+)?|output|transcript (repo|scratch)( exit \d+)?|file [\w.-]+)$/.test(a);
  });
  expect(unhandled.map((b) => `${where(b)} (${b.lang || 'no language'}): ${b.annotation ?? 'no doc-test annotation'}`)).toEqual(
    [],
  );
});

test('sh blocks run, output blocks equal what they printed, and transcripts replay', () => {
  const failures: string[] = [];
  let last: { block: Block; stdout: string } | undefined;
  for (const b of all) {
    const a = b.annotation ?? '';
    const code = Number(/exit (\d+)/.exec(a)?.[1] ?? 0);
    if (a.startsWith('file ')) {
      if (b.lang === 'json') JSON.parse(b.content);
      writeFileSync(join(scratchOf(b.file), a.slice('file '.length)), b.content);
    } else if (a.startsWith('run ')) {
      const cwd = placeOf(b, a.split(' ')[1] as string);
      let stdout = '';
      for (const line of b.content.split('\n')) {
        const command = line.replace(/\s+#.*$/, '').trim();
        if (!command || command.startsWith('#')) continue;
        const r = run(command, cwd);
        stdout += r.stdout;
        if (r.status !== code) failures.push(`${where(b)}: ${command}: exit ${r.status}, expected ${code}\n${r.stderr}`);
      }
      last = { block: b, stdout };
    } else if (a === 'output') {
      if (!last) failures.push(`${where(b)}: an output block with no run block before it`);
      else if (last.stdout !== b.content) failures.push(`${where(b)}: differs from the output of ${where(last.block)}:\n${last.stdout}`);
    } else if (a.startsWith('transcript ')) {
      const [first, ...rest] = b.content.replace(/\n$/, '').split('\n');
      let command = (first ?? '').replace(/^\$ /, '');
      while (command.endsWith('\\') && rest.length) command = `${command.slice(0, -1)} ${(rest.shift() ?? '').trim()}`;
      const r = run(command, placeOf(b, a.split(' ')[1] as string));
      if (r.status !== code) failures.push(`${where(b)}: ${command}: exit ${r.status}, expected ${code}\n${r.stderr}`);
      if (!matchesElided(rest, r.stdout.replace(/\n$/, '').split('\n')))
        failures.push(`${where(b)}: ${command} printed something else:\n${r.stdout}`);
    }
  }
  expect(failures).toEqual([]);
});

test('json blocks parse, and a definition among them is valid', () => {
  const failures: string[] = [];
  for (const b of all.filter((x) => x.lang === 'json' && x.annotation === undefined)) {
    try {
      const value = JSON.parse(b.content) as Record<string, unknown>;
      if ('environments' in value) {
        const problems = validateDefinition(value as never);
        if (problems.length) failures.push(`${where(b)}: ${JSON.stringify(problems)}`);
      }
    } catch (e) {
      failures.push(`${where(b)}: ${(e as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
});

test('ts blocks that are whole files type check against the library, in one program', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docs-ts-'));
  const files = all
    .filter((b) => b.lang === 'ts' && b.annotation === undefined)
    .map((b) => {
      const named = /^\/\/ ([\w.-]+\.ts)\n/.exec(b.content)?.[1];
      const file = join(dir, b.file.replace(/[/.]/g, '_'), named ?? `line-${b.line}.ts`);
      mkdirSync(dirname(file), { recursive: true });
      // each block is a module of its own, so names don't clash between blocks
      writeFileSync(file, /^\s*(import|export) /m.test(b.content) ? b.content : `${b.content}\nexport {};\n`);
      return { file, block: b };
    });
  const program = ts.createProgram(
    files.map((f) => f.file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node', 'jest'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
      baseUrl: ROOT,
      paths: { 'cdktf-task-access': ['lib/index.ts'], '*': ['node_modules/*', 'node_modules/@types/*'] },
    },
  );
  const byFile = new Map(files.map((f) => [f.file, f.block]));
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && byFile.has(d.file.fileName))
    .map((d) => {
      const b = byFile.get(d.file?.fileName as string) as Block;
      const { line } = (d.file as ts.SourceFile).getLineAndCharacterOfPosition(d.start ?? 0);
      return `${b.file}:${b.line + 1 + line} (${relative(dir, d.file?.fileName as string)}): ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  expect(files.length).toBeGreaterThanOrEqual(4);
  expect(errors).toEqual([]);
});
