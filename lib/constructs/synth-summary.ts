/**
 * What a synthesis wrote, in a few lines, for `runApp` to print: each stack with its resource and data source
 * counts, and the report files. Read back from the output directory (cdktf's `manifest.json` and each stack's
 * `cdk.tf.json`), so it says what is on disk, not what was meant.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join, relative } from 'path';

interface Manifest {
  readonly stacks: Record<string, { readonly synthesizedStackPath: string }>;
}

const count = (blocks: unknown): number =>
  blocks !== null && typeof blocks === 'object'
    ? Object.values(blocks as Record<string, Record<string, unknown>>).reduce(
        (n, byName) => n + Object.keys(byName).length,
        0,
      )
    : 0;

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The report files the library writes beside the stacks (access-report.synthesis.ts). */
const REPORT_FILE = /^access-(model\.json|report\.md|report\.csv|diagram\.svg|explorer\.html)$/;

/**
 * The summary of the synthesis in `outdir`: `Synthesized 1 stack into cdktf.out/`, one line per stack, one for the
 * report. `cwd` makes the paths relative. Empty when `outdir` holds no manifest.
 */
export function synthesisSummary(outdir: string, cwd: string = process.cwd()): string {
  const manifestFile = join(outdir, 'manifest.json');
  if (!existsSync(manifestFile)) return '';
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const shown = (p: string): string => relative(cwd, p) || '.';
  const stacks = Object.entries(manifest.stacks).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const lines = [`Synthesized ${plural(stacks.length, 'stack')} into ${shown(outdir)}/:`];
  for (const [name, s] of stacks) {
    const json = JSON.parse(readFileSync(join(outdir, s.synthesizedStackPath), 'utf8')) as {
      resource?: unknown;
      data?: unknown;
    };
    const data = count(json.data);
    lines.push(
      `  ${name}: ${plural(count(json.resource), 'resource')}${data > 0 ? `, ${plural(data, 'data source')}` : ''} (${s.synthesizedStackPath})`,
    );
  }
  const reports = readdirSync(outdir)
    .filter((f) => REPORT_FILE.test(f))
    .sort();
  if (reports.length > 0) lines.push(`  access report: ${reports.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
