/**
 * Synthesizes the reference organisation into cdktf.out/ (`npm run synth`, or `npx cdktf synth`).
 * Set TASK_ACCESS_SPLIT=environment for one stack per environment plus a directory stack.
 */
import { App } from 'cdktf';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { runApp } from '../../lib/constructs/run-app';
import { referenceOrganisation } from './definition';

runApp(() => {
  const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out' });
  new TaskAccessStacks(app, 'reference-org', {
    definition: referenceOrganisation,
    split: process.env.TASK_ACCESS_SPLIT === 'environment' ? 'environment' : 'none',
  });
  return app;
});
