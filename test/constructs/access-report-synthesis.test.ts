/** The access report is written beside the Terraform when the app synthesizes. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, TerraformStack } from 'cdktf';
import { TaskAccessModel } from '../../lib/constructs/task-access-model';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { renderReportFiles } from '../../lib/report/report-files';
import { resolveDefinition } from '../../lib/model/resolve';
import { referenceOrganisation } from '../../examples/reference-org/definition';

const outdir = (): string => mkdtempSync(join(tmpdir(), 'access-report-'));

test('TaskAccessStacks writes access-model.json, access-report.md, access-report.csv, access-diagram.svg and access-explorer.html into the outdir', () => {
  const dir = outdir();
  const app = new App({ outdir: dir });
  new TaskAccessStacks(app, 'org', { definition: referenceOrganisation, split: 'environment' });
  app.synth();
  expect(readdirSync(dir).sort()).toEqual([
    'access-diagram.svg',
    'access-explorer.html',
    'access-model.json',
    'access-report.csv',
    'access-report.md',
    'manifest.json',
    'stacks',
  ]);
  for (const [name, text] of renderReportFiles(resolveDefinition(referenceOrganisation)))
    expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
});

test('TaskAccessModel in a stack of your own writes them too; report: false writes none', () => {
  const dir = outdir();
  const app = new App({ outdir: dir });
  new TaskAccessModel(new TerraformStack(app, 'mine'), 'access', { definition: referenceOrganisation });
  app.synth();
  expect(existsSync(join(dir, 'access-model.json'))).toBe(true);

  const quiet = outdir();
  const app2 = new App({ outdir: quiet });
  new TaskAccessModel(new TerraformStack(app2, 'mine'), 'access', { definition: referenceOrganisation, report: false });
  app2.synth();
  expect(existsSync(join(quiet, 'access-model.json'))).toBe(false);
  expect(existsSync(join(quiet, 'stacks', 'mine', 'cdk.tf.json'))).toBe(true);
});

test('fails two access models writing reports into one app, with the fix', () => {
  const app = new App({ outdir: outdir() });
  new TaskAccessModel(new TerraformStack(app, 'a'), 'access', { definition: referenceOrganisation });
  expect(
    () => new TaskAccessModel(new TerraformStack(app, 'b'), 'access', { definition: referenceOrganisation }),
  ).toThrow(
    'Two access models in one app would both write access-model.json and the access report into its output directory (a/access and b/access); set report: false on all but one.',
  );
  expect(
    () =>
      new TaskAccessModel(new TerraformStack(app, 'c'), 'access', { definition: referenceOrganisation, report: false }),
  ).not.toThrow();
});

test('synthesizing twice writes a byte-identical access-explorer.html', () => {
  const pages = [outdir(), outdir()].map((dir) => {
    const app = new App({ outdir: dir });
    new TaskAccessStacks(app, 'org', { definition: referenceOrganisation });
    app.synth();
    return readFileSync(join(dir, 'access-explorer.html'));
  });
  expect(pages[0]?.length).toBeGreaterThan(100_000);
  expect(pages[0]?.equals(pages[1] as Buffer)).toBe(true);
});
