/** What runApp prints after synthesis: the stacks written with their counts, read back from disk, and the report. */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { synthesisSummary } from '../../lib/constructs/synth-summary';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { minimal } from '../fixtures/minimal';

const ROOT = join(__dirname, '..', '..');

test('one line per stack with its resources and data sources, then the report files', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'task-access-summary-'));
  const outdir = join(cwd, 'cdktf.out');
  const app = new App({ outdir });
  new TaskAccessStacks(app, 'access', { definition: minimal(), split: 'environment' });
  app.synth();
  expect(synthesisSummary(outdir, cwd)).toBe(
    [
      'Synthesized 3 stacks into cdktf.out/:',
      '  access-dev: 5 resources, 2 data sources (stacks/access-dev/cdk.tf.json)',
      '  access-directory: 2 resources, 1 data source (stacks/access-directory/cdk.tf.json)',
      '  access-prod: 7 resources, 2 data sources (stacks/access-prod/cdk.tf.json)',
      '  access report: access-diagram.svg, access-explorer.html, access-model.json, access-report.csv, access-report.md',
      '',
    ].join('\n'),
  );
});

test('nothing for a directory that holds no synthesis', () => {
  expect(synthesisSummary(mkdtempSync(join(tmpdir(), 'task-access-summary-')))).toBe('');
});

test('runApp prints the summary on stdout (stderr stays empty), or nothing with summary: false', () => {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-summary-'));
  const definition = {
    ...minimal(),
    breakGlass: [
      { objectId: '00000000-0000-4000-8000-0000000000b1' },
      { objectId: '00000000-0000-4000-8000-0000000000b2' },
    ],
  };
  const lib = JSON.stringify(join(ROOT, 'lib'));
  const main = (options: string) =>
    `import { App } from 'cdktf';\nimport { TaskAccessStacks, runApp } from ${lib};\n` +
    `runApp(() => { const app = new App(); new TaskAccessStacks(app, 'access', { definition: ${JSON.stringify(definition)}, report: false }); return app; }${options});\n`;
  writeFileSync(join(dir, 'main.ts'), main(''));
  writeFileSync(join(dir, 'quiet.ts'), main(', { summary: false }'));
  const run = (file: string) =>
    spawnSync(process.execPath, [require.resolve('tsx/cli'), file], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    });
  const loud = run('main.ts');
  expect([loud.status, loud.stderr.replace(/npm warn.*\n/g, '')]).toEqual([0, '']);
  expect(loud.stdout).toMatch(
    /^Synthesized 1 stack into cdktf\.out\/:\n {2}access: \d+ resources, 1 data source \(stacks\/access\/cdk\.tf\.json\)\n$/,
  );
  const quiet = run('quiet.ts');
  expect([quiet.status, quiet.stdout]).toEqual([0, '']);
});
