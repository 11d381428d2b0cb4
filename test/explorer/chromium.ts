/** The system's Chromium for the access explorer's tests and benchmark (no jest here: bench/explorer.ts uses it). */
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: TASK_ACCESS_CHROMIUM, else /usr/bin/chromium. */
export const CHROMIUM = process.env.TASK_ACCESS_CHROMIUM ?? '/usr/bin/chromium';

/** How to get Chromium, in the skip message and the CI failure. */
export const INSTALL_HINT =
  `the access explorer's browser tests need Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` ` +
  "(Debian; .ci/run does this when it's missing) or point TASK_ACCESS_CHROMIUM at a Chromium binary";

/** Launches headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
