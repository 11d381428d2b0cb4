/**
 * A hostile definition in the access explorer, in real Chromium and Firefox: markup and script in a display name, a
 * description, a task's description are shown as the literal text and execute nothing; an invisible bidirectional
 * override is shown as its marker, as in every other report.
 */
import type { AccessModelDefinition } from '../../lib/model/definition';
import { resolveDefinition } from '../../lib/model/resolve';
import { renderReport } from '../../lib/report/report-files';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { describeInBrowsers, openExplorer, openFirstResult, tableRows, text } from './browser';
import { launchBrowser, type LaunchedBrowser } from './engines';

const NAME = '<img src=x onerror="window.pwned=1;alert(1)">Eve';
const SCRIPT = '</script><script>window.pwned=2;alert(2)</script>';
const BIDI = 'gro\u202Eup';

const hostile: AccessModelDefinition = {
  ...referenceOrganisation,
  roles: referenceOrganisation.roles.map((r) =>
    r.name === 'DEVELOPER'
      ? {
          ...r,
          description: SCRIPT,
          members: [
            ...(r.members ?? []),
            { kind: 'user', objectId: '00000000-0000-4000-8000-0000000000e1', displayName: NAME },
          ],
        }
      : r,
  ),
  tasks: referenceOrganisation.tasks.map((t) =>
    t.environment === 'PROD' && t.name === 'VIEWER'
      ? { ...t, description: `<b onmouseover="alert(3)">${BIDI}</b> \${file("/etc/passwd")} \`x\` */` }
      : t,
  ),
};

describeInBrowsers('a hostile definition in the access explorer', (engine) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(engine);
  });
  afterAll(async () => {
    await browser?.browser.close();
  });

  test('markup and script are text, nothing runs, invisible characters are markers', async () => {
    const html = renderReport(resolveDefinition(hostile), 'html');
    const opened = await openExplorer(browser, html);
    const { page } = opened;

    await openFirstResult(page, 'Eve');
    expect(await text(page, '#details-heading')).toBe(`principal: ${NAME} (user 00000000-0000-4000-8000-0000000000e1)`);
    await openFirstResult(page, 'ROLE_DEVELOPER');
    expect(await text(page, '#details .description')).toBe(SCRIPT);
    expect((await tableRows(page, 'Members of ')).map((r) => r[0])).toContain(
      `${NAME} (user 00000000-0000-4000-8000-0000000000e1)`,
    );
    await openFirstResult(page, 'TASK_PROD_VIEWER');
    expect(await text(page, '#details .description')).toBe(
      '<b onmouseover="alert(3)">gro\\u202Eup</b> ${file("/etc/passwd")} `x` */',
    );
    await page.hover('#details .description');
    await page.click('#tab-graph');
    await page.evaluate(() => window.accessExplorer?.graphFirstRender);

    expect(
      await page.evaluate(() => ({
        pwned: (window as unknown as { pwned?: number }).pwned,
        images: document.images.length,
        bold: document.querySelectorAll('b').length,
        scripts: document.scripts.length,
      })),
    ).toEqual({ pwned: undefined, images: 0, bold: 0, scripts: 2 });
    expect([opened.dialogs, opened.errors, opened.blocked]).toEqual([[], [], []]);
  });
});
