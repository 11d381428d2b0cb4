/** docs/contributing.md's `npm run synth` output is what synthesizing the reference organisation prints. */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { synthesisSummary } from '../../lib/constructs/synth-summary';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { referenceOrganisation } from '../../examples/reference-org/definition';

test('the summary shown in docs/contributing.md "Set up" is the reference organisation\'s', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'docs', 'contributing.md'), 'utf8');
  const shown = /```text\n(Synthesized [\s\S]*?)```/.exec(readme)?.[1];
  const cwd = mkdtempSync(join(tmpdir(), 'task-access-readme-synth-'));
  const app = new App({ outdir: join(cwd, 'cdktf.out') });
  new TaskAccessStacks(app, 'reference-org', { definition: referenceOrganisation });
  app.synth();
  expect(synthesisSummary(join(cwd, 'cdktf.out'), cwd)).toBe(shown);
});
