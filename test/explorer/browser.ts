/**
 * Headless Chromium for the access explorer's tests, driven by playwright-core (which downloads no browser): the
 * system's Chromium (Debian's `chromium` package, /usr/bin/chromium; TASK_ACCESS_CHROMIUM names another). Without
 * it the browser tests are skipped with the reason, and with CI=true they fail, so CI always runs them.
 *
 * Every page is opened from a file with every request routed: a request for anything but the page's own file
 * (or a data: URL) is aborted and recorded, and {@link ExplorerPage.blocked} lists them, so a test can assert the
 * page makes none. Page errors and dialogs (an `alert` from injected script) are recorded too.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, INSTALL_HINT } from './chromium';

export { launch } from './chromium';

/** Whether the browser tests can run; with CI=true a missing Chromium is an error naming the fix. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true: ${INSTALL_HINT}`);
  process.stderr.write(`skipping the browser tests: ${INSTALL_HINT}\n`);
  return false;
}

/** `describe`, or `describe.skip` without Chromium (outside CI). */
export const describeInBrowser: jest.Describe = browserAvailable() ? describe : describe.skip;

/** An opened page and what it tried. */
export interface ExplorerPage {
  readonly page: Page;
  /** URLs of requests other than the page's file and data: URLs, each aborted. */
  readonly blocked: string[];
  /** Uncaught errors of the page. */
  readonly errors: string[];
  /** Messages of dialogs (`alert`, `confirm`) the page opened. */
  readonly dialogs: string[];
}

/** Writes `html` to a scratch file, opens it, and waits until the explorer is ready. */
export async function openExplorer(browser: Browser, html: string): Promise<ExplorerPage> {
  const file = join(mkdtempSync(join(tmpdir(), 'access-explorer-')), 'access-explorer.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url || u.startsWith('data:')) return route.continue();
    blocked.push(u);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(() => window.accessExplorer?.ready === true, null, { timeout: 15_000 });
  return { page, blocked, errors, dialogs };
}

/** The rows of the table with this caption start (its `<caption>` text), as cell texts. */
export async function tableRows(page: Page, captionStart: string): Promise<string[][]> {
  return page.evaluate((start) => {
    const table = [...document.querySelectorAll('table')].find((t) => (t.caption?.textContent ?? '').startsWith(start));
    if (!table) throw new Error(`no table captioned "${start}..."`);
    return [...table.tBodies[0].rows]
      .filter((r) => !(r.cells.length === 1 && r.cells[0].colSpan > 1))
      .map((r) => [...r.cells].map((c) => c.textContent ?? ''));
  }, captionStart);
}

/** Searches and opens the first result. */
export async function openFirstResult(page: Page, query: string): Promise<void> {
  await page.fill('#search-input', query);
  await page.click('#search-results button');
  await page.waitForSelector('#details table');
}

declare global {
  interface Window {
    /** Set by the page's script (lib/explorer/main.ts). */
    accessExplorer?: { ready: boolean; graphFirstRender?: Promise<number> };
  }
}
