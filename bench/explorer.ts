/**
 * `npm run bench:explorer`: the access explorer at the reference organisation and at generated organisations
 * (default 2,000 groups): the page's size, the time to render it, and in headless Chromium (the system's, see
 * test/explorer/browser.ts) the time until the page is ready, a principal's details are shown, and the graph's
 * first frame is drawn after the Graph tab is opened (measured by the page: from creating the graph to
 * cytoscape's first render). Prints a table; a measurement, not a test.
 *
 *   npm run bench:explorer -- --sizes 500,2000 --reps 3
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { chromium } from 'playwright-core';
import { resolveDefinition } from '../lib/model/resolve';
import type { AccessModelDefinition } from '../lib/model/definition';
import { renderReport } from '../lib/report/report-files';
import { referenceOrganisation } from '../examples/reference-org/definition';
import { generateOrganisation, groupCount } from './generate';
import { median } from './measure';
import { markdownTable, num } from './table';
import { CHROMIUM, INSTALL_HINT } from '../test/explorer/chromium';
import { existsSync } from 'fs';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '2000').split(',').map(Number);
const reps = Number(arg('reps') ?? '3');

interface Row {
  readonly name: string;
  readonly groups: number;
  readonly principals: number;
  readonly bytes: number;
  readonly renderMs: number;
  readonly readyMs: number;
  readonly detailsMs: number;
  readonly graphMs: number;
  readonly focusMs: number;
}

async function measureOne(name: string, definition: AccessModelDefinition): Promise<Row> {
  const model = resolveDefinition(definition);
  const t0 = performance.now();
  const html = renderReport(model, 'html');
  const renderMs = performance.now() - t0;
  const file = join(mkdtempSync(join(tmpdir(), 'explorer-bench-')), 'access-explorer.html');
  writeFileSync(file, html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const runs: Omit<Row, 'name' | 'groups' | 'principals' | 'bytes' | 'renderMs'>[] = [];
  try {
    for (let i = 0; i < reps; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const start = performance.now();
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => window.accessExplorer?.ready === true, null, { timeout: 120_000 });
      const readyMs = performance.now() - start;
      const who = model.principals[0]?.key ?? model.roles[0]?.name ?? '';
      const d0 = performance.now();
      await page.fill('#search-input', who);
      await page.click('#search-results button');
      await page.waitForSelector('#details table');
      const detailsMs = performance.now() - d0;
      await page.click('#tab-graph');
      const graphMs = await page.evaluate(() => window.accessExplorer?.graphFirstRender as Promise<number>);
      const f0 = performance.now();
      await page.fill('#graph-focus', model.roles[0]?.name ?? '');
      await page.click('#graph-show-focus');
      await page.waitForFunction(() =>
        document.getElementById('graph-status')?.textContent?.startsWith('Showing ROLE_'),
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
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`bench:explorer: ${INSTALL_HINT}\n`);
    process.exit(2);
  }
  const rows: Row[] = [await measureOne('reference organisation', referenceOrganisation)];
  for (const groups of sizes) rows.push(await measureOne(`generated, seed 1`, generateOrganisation({ groups })));
  process.stdout.write(
    `access explorer, headless Chromium, median of ${reps} page loads\n\n` +
      markdownTable(
        [
          'organisation',
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
