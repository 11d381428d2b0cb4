/**
 * The browsers the access explorer is tested and measured in: the system's Chromium (Debian's `chromium`) and
 * Firefox (Debian's `firefox-esr`), both driven by puppeteer-core, which downloads no browser. Chromium is driven
 * over the Chrome DevTools Protocol, Firefox over WebDriver BiDi (puppeteer's protocol for Firefox; playwright can
 * drive only its own patched Firefox builds). No jest here: bench/explorer.ts uses it too.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** A browser engine the explorer is checked in. */
export type Engine = 'chromium' | 'firefox';

/** Every engine, in the order the tests and the benchmark run them. */
export const ENGINES: readonly Engine[] = ['chromium', 'firefox'];

const ENGINE_INFO: Record<Engine, { label: string; variable: string; binary: string; debianPackage: string }> = {
  chromium: {
    label: 'Chromium',
    variable: 'TASK_ACCESS_CHROMIUM',
    binary: '/usr/bin/chromium',
    debianPackage: 'chromium',
  },
  firefox: {
    label: 'Firefox',
    variable: 'TASK_ACCESS_FIREFOX',
    binary: '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  },
};

/** The engine's name as people write it: `Chromium`, `Firefox`. */
export function engineLabel(engine: Engine): string {
  return ENGINE_INFO[engine].label;
}

/** Where the engine's binary is: TASK_ACCESS_CHROMIUM / TASK_ACCESS_FIREFOX, else Debian's path. */
export function engineBinary(engine: Engine): string {
  const info = ENGINE_INFO[engine];
  return process.env[info.variable] ?? info.binary;
}

/** Whether the engine's binary is there. */
export function engineInstalled(engine: Engine): boolean {
  return existsSync(engineBinary(engine));
}

/** How to get the engine, for the skip message, the CI failure and the benchmark's refusal. */
export function installHint(engine: Engine): string {
  const info = ENGINE_INFO[engine];
  return (
    `the access explorer's ${info.label} tests need ${info.label} at ${engineBinary(engine)}: install it with ` +
    `\`apt-get install -y ${info.debianPackage}\` (Debian; .ci/run does this when it's missing) or point ` +
    `${info.variable} at a ${info.label} binary`
  );
}

/** The page size in both engines: Firefox's headless window, which puppeteer cannot change over BiDi. */
export const WINDOW = { width: 1366, height: 682 } as const;

/** A launched browser and the directory its downloads are saved in. */
export interface LaunchedBrowser {
  /** Which engine it is. */
  readonly engine: Engine;
  /** The puppeteer browser. */
  readonly browser: Browser;
  /** Where a download (the CSV export) lands, without a dialog. */
  readonly downloads: string;
}

/** Launches the engine headless, with downloads saved to a scratch directory and pages of {@link WINDOW}'s size. */
export async function launchBrowser(engine: Engine): Promise<LaunchedBrowser> {
  const downloads = mkdtempSync(join(tmpdir(), `access-explorer-${engine}-downloads-`));
  const executablePath = engineBinary(engine);
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({
          browser: 'chrome',
          executablePath,
          headless: true,
          args: ['--no-sandbox'],
          defaultViewport: WINDOW,
          downloadBehavior: { policy: 'allow', downloadPath: downloads },
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath,
          headless: true,
          // setViewport needs an emulation command Firefox 140's WebDriver BiDi lacks; its headless window is WINDOW.
          defaultViewport: null,
          // Firefox saves to the downloads directory without asking (useDownloadDir, true by default in
          // browser/app/profile/firefox.js); folderList 2 makes that directory browser.download.dir
          // (getPreferredDownloadsDirectory in toolkit/components/downloads/DownloadIntegration.sys.mjs, ESR 140);
          // alwaysOpenPanel false keeps the downloads panel from taking the focus away from the page.
          extraPrefsFirefox: {
            'browser.download.folderList': 2,
            'browser.download.dir': downloads,
            'browser.download.alwaysOpenPanel': false,
          },
        });
  return { engine, browser, downloads };
}

/**
 * Waits (at most 15 s) for the complete download `name` in `dir`, returns its text and removes it, so a later
 * download gets the same name. Both engines write a partial file first (`.crdownload`, `.part`) and rename it.
 */
export async function takeDownload(dir: string, name: string): Promise<string> {
  const file = join(dir, name);
  const deadline = Date.now() + 15_000;
  while (!existsSync(file) || existsSync(`${file}.part`)) {
    if (Date.now() > deadline) throw new Error(`no download ${name} in ${dir} after 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const text = readFileSync(file, 'utf8');
  rmSync(file);
  return text;
}
