/**
 * The access explorer's browser tests run every suite in each engine of engines.ts (headless Chromium and Firefox,
 * the system's, driven by puppeteer-core). An engine that isn't installed is skipped with the reason; with CI=true
 * a missing engine fails the run, so CI always runs both.
 *
 * Every page is opened from a file with request interception on: a request for anything but the page's own file
 * (or a data: URL) is aborted and recorded in {@link ExplorerPage.blocked}, so a test can assert the page makes
 * none. Page errors, dialogs (an `alert` from injected script) and Content-Security-Policy violations are recorded.
 *
 * The page's Content-Security-Policy lets only its own script run, so nothing here asks the page to compile code:
 * puppeteer's waitForFunction and waitForSelector build their predicate with `Function()`, which the policy refuses
 * in Firefox, so {@link until} polls with `evaluate`, whose functions the driver injects without the page's eval.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Page } from 'puppeteer-core';
import { engineInstalled, engineLabel, ENGINES, installHint, type Engine, type LaunchedBrowser } from './engines';

/** Whether the engine's tests can run; with CI=true a missing engine is an error naming the fix. */
export function engineAvailable(engine: Engine): boolean {
  if (engineInstalled(engine)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true: ${installHint(engine)}`);
  process.stderr.write(`skipping the ${engineLabel(engine)} tests: ${installHint(engine)}\n`);
  return false;
}

/** `describe(`<title> in <Engine>`)` once per engine, skipped (outside CI) where the engine isn't installed. */
export function describeInBrowsers(title: string, body: (engine: Engine) => void): void {
  for (const engine of ENGINES)
    (engineAvailable(engine) ? describe : describe.skip)(`${title} in ${engineLabel(engine)}`, () => body(engine));
}

/** An opened page and what it tried. */
export interface ExplorerPage {
  readonly page: Page;
  /** URLs of requests other than the page's file and data: URLs, each aborted. */
  readonly blocked: string[];
  /** Uncaught errors of the page (Firefox's Content-Security-Policy reports are in {@link cspReports}). */
  readonly errors: string[];
  /** Messages of dialogs (`alert`, `confirm`) the page opened. */
  readonly dialogs: string[];
  /** The browser's reports of loads the page's Content-Security-Policy refused, as the browser words them. */
  readonly cspReports: string[];
}

/** How to open a page. */
export interface OpenOptions {
  /** The page's clock (`Date.now()`, which the filters read), fixed at this instant once the page is ready. */
  readonly now?: string;
}

/** Writes `html` to a scratch file, opens it in a new page (the front one) and waits until the explorer is ready. */
export async function openExplorer(
  launched: LaunchedBrowser,
  html: string,
  options: OpenOptions = {},
): Promise<ExplorerPage> {
  const file = join(mkdtempSync(join(tmpdir(), 'access-explorer-')), 'access-explorer.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await launched.browser.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  const cspReports: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const u = request.url();
    if (u === url || u.startsWith('data:')) return void request.continue();
    blocked.push(u);
    return void request.abort();
  });
  page.on('pageerror', (e) => {
    const message = e instanceof Error ? e.message : String(e);
    (message.startsWith('Content-Security-Policy: ') ? cspReports : errors).push(message);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Firefox reports a Content-Security-Policy violation as a page error, Chromium as a console error.
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) cspReports.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  await until(page, () => window.accessExplorer?.ready === true);
  if (options.now !== undefined) await setClock(page, options.now);
  return { page, blocked, errors, dialogs, cspReports };
}

/**
 * Fixes the page's `Date.now()` at `instant`. Set from `evaluate` once the page is loaded: puppeteer's
 * evaluateOnNewDocument (a WebDriver BiDi preload script in Firefox) now and then raises "Permission denied to
 * access property "length"" in Firefox 140's page.
 */
export async function setClock(page: Page, instant: string): Promise<void> {
  await page.evaluate((t: number) => {
    Date.now = () => t;
  }, Date.parse(instant));
}

/** Polls `predicate` in the page until it holds (at most 15 s); see the file's comment for why not waitForFunction. */
export async function until(page: Page, predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The text of the first element matching `selector`. */
export function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => e.textContent ?? '');
}

/** Whether the first element matching `selector` is rendered (not `display: none`, not hidden, not invisible). */
export function visible(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (e) => e.checkVisibility({ visibilityProperty: true }));
}

/**
 * Sets the field's value as a paste would and fires `input` and `change` (as playwright's `fill` does); works on a
 * field the current form kind hides. {@link type} presses the keys instead.
 */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (e, v) => {
      (e as HTMLInputElement).value = v;
      e.dispatchEvent(new Event('input', { bubbles: true }));
      e.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/** Focuses the field, empties it, and types `value` key by key. */
export async function type(page: Page, selector: string, value: string): Promise<void> {
  await fill(page, selector, '');
  await page.focus(selector);
  await page.keyboard.type(value);
}

/** The rows of the table with this caption start (its `<caption>` text), as cell texts. */
export function tableRows(page: Page, captionStart: string): Promise<string[][]> {
  return page.evaluate((start) => {
    const table = [...document.querySelectorAll('table')].find((t) => (t.caption?.textContent ?? '').startsWith(start));
    if (!table) throw new Error(`no table captioned "${start}..."`);
    return [...table.tBodies[0].rows]
      .filter((r) => !(r.cells.length === 1 && r.cells[0].colSpan > 1))
      .map((r) => [...r.cells].map((c) => c.textContent ?? ''));
  }, captionStart);
}

/** The text of the first caption starting with `start`. */
export function caption(page: Page, start: string): Promise<string | undefined> {
  return page.$$eval('caption', (cs, s) => cs.map((c) => c.textContent ?? '').find((t) => t.startsWith(s)), start);
}

/** Types the query in the search field, opens the first result, and waits for its details. */
export async function openFirstResult(page: Page, query: string): Promise<void> {
  await type(page, '#search-input', query);
  await page.click('#search-results button');
  await until(page, () => document.querySelector('#details table') !== null);
}

declare global {
  interface Window {
    /** Set by the page's script (lib/explorer/main.ts). */
    accessExplorer?: { ready: boolean; graphFirstRender?: Promise<number> };
  }
}
