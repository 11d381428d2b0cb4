/**
 * Synthesizes the security-operations example into cdktf.out/ (`npx tsx examples/security-operations/main.ts`).
 */
import { App } from 'cdktf';
import { runApp } from '../../lib/constructs/run-app';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { securityOperations } from './definition';

runApp(() => {
  const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out' });
  new TaskAccessStacks(app, 'security-operations', { definition: securityOperations });
  return app;
});
