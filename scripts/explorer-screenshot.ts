/**
 * `npm run -s docs:screenshot`: the screenshot in docs/explorer.md and the README (docs/images/access-explorer.png):
 * the access explorer of the reference organisation in headless Chromium, a senior developer's access shown.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { resolveDefinition } from '../lib/model/resolve';
import { renderReport } from '../lib/report/report-files';
import { referenceOrganisation } from '../examples/reference-org/definition';
import { launchBrowser } from '../test/explorer/engines';

async function main(): Promise<void> {
  const out = resolve(__dirname, '..', 'docs', 'images', 'access-explorer.png');
  const file = join(mkdtempSync(join(tmpdir(), 'explorer-shot-')), 'access-explorer.html');
  writeFileSync(file, renderReport(resolveDefinition(referenceOrganisation), 'html'));
  const { browser } = await launchBrowser('chromium');
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.accessExplorer?.ready === true);
    await page.type('#search-input', 'carol');
    await page.click('#search-results button');
    await page.select('#filter-environment', 'PROD');
    mkdirSync(resolve(out, '..'), { recursive: true });
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
  }
  process.stdout.write(`wrote ${out}\n`);
}

void main();
