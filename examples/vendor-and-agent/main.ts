/**
 * Synthesizes the vendor-and-agent example into cdktf.out/ offline:
 * `npx tsx examples/vendor-and-agent/main.ts`. Time-bound grants that have expired or expire within 14 days
 * are listed on standard error (`task-access expiring` gives the same list).
 */
import { App } from 'cdktf';
import { runApp } from '../../lib/constructs/run-app';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { vendorAndAgent } from './definition';

runApp(() => {
  const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out' });
  new TaskAccessStacks(app, 'vendor-and-agent', { definition: vendorAndAgent });
  return app;
});
