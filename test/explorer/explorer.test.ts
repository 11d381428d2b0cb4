/**
 * access-explorer.html in real headless Chromium and Firefox: a principal's grants are access-model.json's, who-can
 * answers as `task-access who-can --json` does, the filters keep what they say, the graph focuses, the CSV Firefox
 * or Chromium saves is what is shown, the keyboard reaches everything, and no request leaves the page. (A hostile
 * definition: hostile.test.ts.)
 */
import { runWhoCan, type WhoCanOptions } from '../../lib/cli/commands/who-can';
import { resolveDefinition } from '../../lib/model/resolve';
import type { ResolvedModel } from '../../lib/model/resolved';
import { accessMatrix } from '../../lib/report/access-matrix';
import { describeMode, describePath } from '../../lib/report/describe';
import type { PrincipalAccessDocument } from '../../lib/report/model-json';
import { renderReport } from '../../lib/report/report-files';
import type { WhoCanAnswer } from '../../lib/report/who-can';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { capture, workspace } from '../cli/io';
import { generateOrganisation } from '../../bench/generate';
import {
  caption,
  describeInBrowsers,
  fill,
  openExplorer,
  openFirstResult,
  tableRows,
  text,
  type,
  visible,
  type ExplorerPage,
} from './browser';
import { launchBrowser, takeDownload, type LaunchedBrowser } from './engines';

const model = resolveDefinition(referenceOrganisation);
const doc = JSON.parse(renderReport(model, 'json')) as { principals: PrincipalAccessDocument[] };
const KV_PROD =
  '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod/providers/Microsoft.KeyVault/vaults/kv-app-prod';

/** A grant of access-model.json in the page's words: `<grant kind> <what>`, then where (as describeGrant says it). */
const grantText = (row: readonly string[]): string => {
  const [, kind, what, where] = row;
  if (kind === 'VPN pool' || kind === 'Entra directory role') return `${kind} ${what}`;
  return kind === 'Kubernetes' ? `${kind} ${what}, ${where}` : `${kind} ${what} at ${where}`;
};

describeInBrowsers('the access explorer', (engine) => {
  let browser: LaunchedBrowser;
  let reference: ExplorerPage;
  beforeAll(async () => {
    browser = await launchBrowser(engine);
    reference = await openExplorer(browser, renderReport(model, 'html'));
  });
  // A page a test opens becomes the front tab, and Firefox throttles a background tab's timers and input.
  beforeEach(() => reference.page.bringToFront());
  afterAll(async () => {
    expect([reference?.blocked, reference?.errors, reference?.dialogs]).toEqual([[], [], []]);
    await browser?.browser.close();
  });

  test("the request check catches a request; the page's Content-Security-Policy stops it before that", async () => {
    const withImage = renderReport(model, 'html').replace(
      '<body>',
      '<body><img src="https://example.invalid/pixel.png" alt="">',
    );
    const withoutCsp = await openExplorer(
      browser,
      withImage.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
    );
    await withoutCsp.page.close();
    expect([withoutCsp.blocked, withoutCsp.cspReports, withoutCsp.errors]).toEqual([
      ['https://example.invalid/pixel.png'],
      [],
      [],
    ]);
    const withCsp = await openExplorer(browser, withImage);
    await withCsp.page.close();
    expect([withCsp.blocked, withCsp.errors]).toEqual([[], []]);
    expect(withCsp.cspReports).toEqual([expect.stringContaining('https://example.invalid/pixel.png')]);
  });

  test("a principal searched by object ID, UPN or display name shows access-model.json's grants, every path", async () => {
    const { page } = reference;
    for (const p of doc.principals) {
      await openFirstResult(page, p.objectId ?? p.userPrincipalName ?? p.label);
      expect(await text(page, '#details-heading')).toContain(p.label);
      const shown = (await tableRows(page, 'Grants of ')).map((r) => [r[0], grantText(r), r[4]]);
      const expected = p.grants.flatMap((g) =>
        g.paths.map((path) => [describeMode(path.mode), g.description, describePath(path, g.baseline)]),
      );
      expect([p.key, shown]).toEqual([p.key, expected]);
    }
  });

  test('a just-in-time grant shows its PIM policy: approvers, maximum activation, ticket, MFA', async () => {
    const { page } = reference;
    await openFirstResult(page, 'carol@');
    const rows = await tableRows(page, 'Grants of ');
    const kv = rows.find((r) => r[3] === KV_PROD);
    expect(kv?.slice(0, 2)).toEqual(['just-in-time', 'Azure role']);
    expect(kv?.[5]).toBe(
      'max PT4H, approval by group engineering managers (PLACEHOLDER) or ROLE_SNR_DEVELOPER, MFA, justification, ticket',
    );
  });

  describe('who-can answers as task-access who-can --json', () => {
    const dir = workspace(referenceOrganisation);
    const cli = (options: WhoCanOptions): WhoCanAnswer => {
      const c = capture(dir);
      expect(runWhoCan({ ...options, json: true }, c.io)).toBe(0);
      return JSON.parse(c.stdout()) as WhoCanAnswer;
    };
    const expectedRows = (a: WhoCanAnswer, holders: 'roles' | 'principals'): string[][] =>
      a[holders].flatMap((h) => h.paths.map((p) => [describeMode(p.mode), describePath(p, p.baseline), p.because]));
    const ask = async (fields: Record<string, string>): Promise<void> => {
      const { page } = reference;
      await page.click('#tab-who-can');
      await page.select('#wc-kind', fields.kind as string);
      for (const id of [
        'wc-operation',
        'wc-scope',
        'wc-azure-role',
        'wc-verb',
        'wc-resource',
        'wc-namespace',
        'wc-directory-role',
      ])
        await fill(page, `#${id}`, fields[id] ?? '');
      if (fields['wc-cluster'] !== undefined) await page.select('#wc-cluster', fields['wc-cluster']);
      await page.click('#who-can-form button[type=submit]');
    };

    test.each<[string, Record<string, string>, WhoCanOptions]>([
      [
        'an Azure data action at a Key Vault',
        {
          kind: 'azureAction',
          'wc-operation': 'Microsoft.KeyVault/vaults/secrets/setSecret/action',
          'wc-scope': KV_PROD,
        },
        { azureAction: 'Microsoft.KeyVault/vaults/secrets/setSecret/action', scope: KV_PROD },
      ],
      ['an Azure role anywhere', { kind: 'azureRole', 'wc-azure-role': 'AcrPush' }, { azureRole: 'AcrPush' }],
      [
        'a Kubernetes verb on a resource in a namespace',
        {
          kind: 'kubernetes',
          'wc-cluster': 'aks-prod',
          'wc-verb': 'create',
          'wc-resource': 'deployments.apps',
          'wc-namespace': 'a',
        },
        { cluster: 'aks-prod', k8sVerb: 'create', k8sResource: 'deployments.apps', namespace: 'a' },
      ],
      [
        'a directory role, break-glass accounts included',
        { kind: 'directoryRole', 'wc-directory-role': 'Global Administrator' },
        { directoryRole: 'Global Administrator' },
      ],
    ])('%s', async (_name, fields, options) => {
      const { page } = reference;
      await ask(fields);
      const answer = cli(options);
      expect(await text(page, '#who-can-question')).toBe(answer.question);
      for (const holders of ['roles', 'principals'] as const) {
        const rows = await tableRows(page, holders === 'roles' ? 'Roles' : 'Principals');
        expect(rows.map((r) => [r[0], r[2], r[4]])).toEqual(expectedRows(answer, holders));
      }
      if (answer.breakGlass.length > 0)
        expect((await tableRows(page, 'Break-glass')).map((r) => r[0])).toEqual(
          answer.breakGlass.map((b) => b.objectId),
        );
    });

    test('a misspelled operation is refused, with the nearest one, as the CLI refuses it', async () => {
      const { page } = reference;
      await ask({ kind: 'azureAction', 'wc-operation': 'Microsoft.KeyVault/vaults/secrets/setSecrets/action' });
      expect(await text(page, '#who-can-answer [role=alert]')).toBe(
        'Operation "Microsoft.KeyVault/vaults/secrets/setSecrets/action" is named by no built-in role of the catalog and no custom role of the definition, so nobody could be found for it. Did you mean "Microsoft.KeyVault/vaults/secrets/setSecret/action"? Check the spelling (operations are listed at https://learn.microsoft.com/azure/role-based-access-control/permissions/), or pass "ask about a name no role lists" to ask about an operation roles grant only through a wildcard.',
      );
      await page.click('#tab-search');
    });
  });

  test('filters: environment, standing or just-in-time; the counts say what was filtered', async () => {
    const { page } = reference;
    const carol = accessMatrix(model).principals.find((p) => p.label.startsWith('carol@')) as ReturnType<
      typeof accessMatrix
    >['principals'][number];
    const paths = carol.grants.flatMap((g) => g.paths.map((p) => ({ env: g.environment, mode: p.mode })));
    await openFirstResult(page, 'carol@');
    await page.select('#filter-environment', 'PROD');
    expect((await tableRows(page, 'Grants of ')).length).toBe(paths.filter((p) => p.env === 'PROD').length);
    await page.select('#filter-mode', 'standing');
    const standingProd = paths.filter((p) => p.env === 'PROD' && p.mode === 'standing').length;
    expect(await tableRows(page, 'Grants of ')).toHaveLength(standingProd);
    await page.select('#filter-environment', '');
    const standing = await tableRows(page, 'Grants of ');
    expect(standing.length).toBe(paths.filter((p) => p.mode === 'standing').length);
    expect(new Set(standing.map((r) => r[0]))).toEqual(new Set(['standing']));
    expect(await caption(page, 'Grants of')).toBe(
      `Grants of carol@contoso.example (PLACEHOLDER) (${standing.length} of ${paths.length}, filtered)`,
    );
    await page.select('#filter-mode', '');
  });

  test('the graph focuses on one group with what it reaches and what reaches it', async () => {
    const { page } = reference;
    await page.click('#tab-graph');
    expect(await page.evaluate(() => window.accessExplorer?.graphFirstRender)).toBeGreaterThan(0);
    await type(page, '#graph-focus', 'TASK_PROD_KEYVAULT_ADMIN');
    await page.click('#graph-show-focus');
    expect(await text(page, '#graph-status')).toBe(
      'Showing TASK_PROD_KEYVAULT_ADMIN with 3 groups it reaches or is reached by.',
    );
    await page.click('#graph-show-all');
    expect(await text(page, '#graph-status')).toBe('Showing all 32 groups.');
    await page.click('#tab-search');
  });

  test('the CSV export is the tables on screen, filters applied', async () => {
    const { page } = reference;
    await openFirstResult(page, 'ROLE_CI_PROD_DEPLOY');
    await page.click('#export-csv');
    const lines = (await takeDownload(browser.downloads, 'access.csv')).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'Members of ROLE_CI_PROD_DEPLOY',
      'member',
      'gh-contoso-app-prod-deploy (application)',
    ]);
    expect(lines).toContain('access,grant,what,where,path,policy,window,Kubernetes rules');
    expect(lines.filter((l) => l.startsWith('standing,Azure role,'))).toHaveLength(2);
  });

  test('the keyboard reaches the search, its results and the details; the tabs move with the arrow keys', async () => {
    const { page } = reference;
    await type(page, '#search-input', 'ROLE_DEV');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('role: ROLE_DEVELOPER');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-heading');
    await page.focus('#tab-search');
    await page.keyboard.press('ArrowRight');
    expect(
      await page.evaluate(() => [document.activeElement?.id, document.getElementById('view-who-can')?.hidden]),
    ).toEqual(['tab-who-can', false]);
    await page.keyboard.press('ArrowLeft');
  });

  test('high privilege only keeps the paths through exception tasks (a generated organisation of 120 groups)', async () => {
    const generated = resolveDefinition(generateOrganisation({ groups: 120 }));
    const role = accessMatrix(generated).roles.find(
      (r) => r.tasks.some((t) => t.highPrivilege) && r.tasks.some((t) => !t.highPrivilege),
    ) as ReturnType<typeof accessMatrix>['roles'][number];
    const high = new Set(generated.tasks.filter((t) => t.highPrivilege).map((t) => t.name));
    const opened = await openExplorer(browser, renderReport(generated, 'html'));
    const { page } = opened;
    await openFirstResult(page, role.name);
    const all = await tableRows(page, 'Grants of ');
    await page.click('#filter-high-privilege');
    const kept = await tableRows(page, 'Grants of ');
    const expected = role.grants.flatMap((g) => g.paths.filter((p) => high.has(p.task)));
    expect(kept.length).toBe(expected.length);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.every((r) => [...high].some((t) => r[4]?.includes(` -> ${t} -> `)))).toBe(true);
    expect([opened.blocked, opened.errors]).toEqual([[], []]);
    await page.close();
  });

  // Print media is emulated over the DevTools Protocol; Firefox 140's WebDriver BiDi has no such command (puppeteer
  // refuses emulateMediaType there), so the print style sheet is checked in Chromium.
  (engine === 'chromium' ? test : test.skip)(
    'the print view leaves out the controls and the graph and keeps the tables',
    async () => {
      const { page } = reference;
      await openFirstResult(page, 'ROLE_DEVELOPER');
      await page.emulateMediaType('print');
      const shown = (selector: string): Promise<boolean> => visible(page, selector);
      expect(
        await Promise.all(['.tabs', '#filters', '#search-input', '#details table', '#details-heading'].map(shown)),
      ).toEqual([false, false, false, true, true]);
      await page.emulateMediaType('screen');
      expect(await shown('#filters')).toBe(true);
    },
  );

  test('expiring within N days keeps the time-bound access ending by then (the clock set to 2027-04-20)', async () => {
    const vendor = resolveDefinition(vendorAndAgent);
    const opened = await openExplorer(browser, renderReport(vendor, 'html'), { now: '2027-04-20T00:00:00Z' });
    const { page } = opened;
    const ends = (m: ResolvedModel): string[] =>
      accessMatrix(m).principals.flatMap((p) =>
        p.grants.flatMap((g) => g.paths.flatMap((x) => (x.window?.until ? [x.window.until] : []))),
      );
    expect(ends(vendor).length).toBeGreaterThan(0);
    const consultant = accessMatrix(vendor).principals.find((p) =>
      p.grants.some((g) => g.paths.some((x) => x.window?.until !== undefined)),
    ) as ReturnType<typeof accessMatrix>['principals'][number];
    await openFirstResult(page, consultant.key);
    await type(page, '#filter-expiring', '30');
    const within = consultant.grants.flatMap((g) =>
      g.paths.filter(
        (x) => x.window?.until !== undefined && Date.parse(x.window.until) <= Date.parse('2027-05-20T00:00:00Z'),
      ),
    );
    const rows = await tableRows(page, 'Grants of ');
    expect(rows).toHaveLength(within.length);
    expect(rows.every((r) => r[6]?.includes('until '))).toBe(true);
    expect([opened.blocked, opened.errors]).toEqual([[], []]);
    await page.close();
  });
});
