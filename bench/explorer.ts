/**
 * `npm run bench:explorer`: the access explorer at the reference organisation and at generated organisations
 * (default 2,000 groups): the page's size, the time to render it, and in headless Chromium and Firefox (the
 * system's, see test/explorer/engines.ts) the time until the page is ready, a principal's details are shown, and
 * the graph's first frame is drawn after the Graph tab is opened (measured by the page: from creating the graph to
 * cytoscape's first render). Prints a table; a measurement, not a test.
 *
 *   npm run bench:explorer -- --sizes 500,2000 --reps 3 --engines chromium,firefox
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Page } from 'puppeteer-core';
import { resolveDefinition } from '../lib/model/resolve';
import type { AccessModelDefinition } from '../lib/model/definition';
import { renderReport } from '../lib/report/report-files';
import { referenceOrganisation } from '../examples/reference-org/definition';
import { generateOrganisation, groupCount } from './generate';
import { median } from './measure';
import { benchArgs, fail } from './args';
import { markdownTable, num } from './table';
import {
  engineInstalled,
  engineLabel,
  ENGINES,
  installHint,
  launchBrowser,
  type Engine,
} from '../test/explorer/engines';

const USAGE = [
  'usage: npm run bench:explorer -- [--sizes 2000] [--reps 3] [--engines chromium,firefox]',
  '  --sizes    group counts of the generated organisations (the reference organisation is always measured)',
  '  --reps     page loads per measurement (the median is shown), at least 1',
  `  --engines  the browsers, of ${ENGINES.join(', ')}`,
].join('\n');
const arg = benchArgs(USAGE, ['sizes', 'reps', 'engines']);
const sizes = (arg.sizes ?? '2000').split(',').map(Number);
const reps = Number(arg.reps ?? '3');
const engines = (arg.engines ?? ENGINES.join(',')).split(',') as Engine[];
if (sizes.some((s) => !Number.isInteger(s) || s < 30))
  fail(USAGE, `--sizes ${arg.sizes}: whole numbers of at least 30`);
if (!Number.isInteger(reps) || reps < 1) fail(USAGE, `--reps ${arg.reps}: a whole number of at least 1`);

/** Polls `predicate` in the page (the page's Content-Security-Policy refuses puppeteer's waitForFunction). */
async function until(page: Page, predicate: () => boolean): Promise<void> {
  while (!(await page.evaluate(predicate))) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Sets a field's value and fires `input`, as a paste would. */
function fill(page: Page, selector: string, value: string): Promise<void> {
  return page.$eval(
    selector,
    (e, v) => {
      (e as HTMLInputElement).value = v;
      e.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

interface Row {
  readonly name: string;
  readonly engine: Engine;
  readonly groups: number;
  readonly principals: number;
  readonly bytes: number;
  readonly renderMs: number;
  readonly readyMs: number;
  readonly detailsMs: number;
  readonly graphMs: number;
  readonly focusMs: number;
}

async function measureOne(name: string, definition: AccessModelDefinition, engine: Engine): Promise<Row> {
  const model = resolveDefinition(definition);
  const t0 = performance.now();
  const html = renderReport(model, 'html');
  const renderMs = performance.now() - t0;
  const file = join(mkdtempSync(join(tmpdir(), 'explorer-bench-')), 'access-explorer.html');
  writeFileSync(file, html);
  const { browser } = await launchBrowser(engine);
  const runs: Omit<Row, 'name' | 'engine' | 'groups' | 'principals' | 'bytes' | 'renderMs'>[] = [];
  try {
    for (let i = 0; i < reps; i++) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await until(page, () => window.accessExplorer?.ready === true);
      const readyMs = performance.now() - start;
      const who = model.principals[0]?.key ?? model.roles[0]?.name ?? '';
      const d0 = performance.now();
      await fill(page, '#search-input', who);
      await page.click('#search-results button');
      await until(page, () => document.querySelector('#details table') !== null);
      const detailsMs = performance.now() - d0;
      await page.click('#tab-graph');
      const graphMs = await page.evaluate(() => window.accessExplorer?.graphFirstRender as Promise<number>);
      const f0 = performance.now();
      await fill(page, '#graph-focus', model.roles[0]?.name ?? '');
      await page.click('#graph-show-focus');
      await until(
        page,
        () => document.getElementById('graph-status')?.textContent?.startsWith('Showing ROLE_') === true,
      );
      const focusMs = performance.now() - f0;
      runs.push({ readyMs, detailsMs, graphMs, focusMs });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const med = (k: keyof (typeof runs)[number]): number => median(runs.map((r) => r[k]));
  return {
    name,
    engine,
    groups: groupCount(definition),
    principals: model.principals.length,
    bytes: Buffer.byteLength(html),
    renderMs,
    readyMs: med('readyMs'),
    detailsMs: med('detailsMs'),
    graphMs: med('graphMs'),
    focusMs: med('focusMs'),
  };
}

async function main(): Promise<void> {
  const unknown = engines.filter((e) => !ENGINES.includes(e));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench:explorer: unknown --engines ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}\n`,
    );
    process.exit(2);
  }
  const missing = engines.filter((e) => !engineInstalled(e));
  if (missing.length > 0) {
    for (const e of missing)
      process.stderr.write(`bench:explorer: ${installHint(e)} (or leave it out with --engines)\n`);
    process.exit(2);
  }
  const organisations: [string, AccessModelDefinition][] = [
    ['reference organisation', referenceOrganisation],
    ...sizes.map((groups): [string, AccessModelDefinition] => ['generated, seed 1', generateOrganisation({ groups })]),
  ];
  const rows: Row[] = [];
  for (const [name, definition] of organisations)
    for (const engine of engines) rows.push(await measureOne(name, definition, engine));
  process.stdout.write(
    `access explorer, headless ${engines.map(engineLabel).join(' and ')}, median of ${reps} page loads\n\n` +
      markdownTable(
        [
          'organisation',
          'browser',
          'groups',
          'principals',
          'page size (MB)',
          'render (ms)',
          'page ready (ms)',
          'principal details (ms)',
          'graph first render (ms)',
          'graph focus (ms)',
        ],
        rows.map((r) => [
          r.name,
          engineLabel(r.engine),
          num(r.groups),
          num(r.principals),
          num(r.bytes / 1e6, 2),
          num(r.renderMs),
          num(r.readyMs),
          num(r.detailsMs),
          num(r.graphMs),
          num(r.focusMs),
        ]),
      ) +
      '\n',
  );
}

void main();
