/**
 * The cdktf app CI runs: the reference organisation, one stack per environment plus the directory stack, each
 * with its own remote state in an Azure Storage container, authenticated with OIDC (no secret anywhere).
 * Copy it next to your own definition; the workflow in github-actions/access.yml runs it.
 */
import { App, AzurermBackend } from 'cdktf';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { runApp } from '../../lib/constructs/run-app';
import { referenceOrganisation } from '../reference-org/definition';

const env = (name: string, fallback: string): string => process.env[name] ?? fallback;

runApp(() => {
  const app = new App({ outdir: env('CDKTF_OUTDIR', 'cdktf.out') });
  new TaskAccessStacks(app, 'access', {
    definition: referenceOrganisation,
    split: 'environment',
    configureStack: (stack, name) =>
      new AzurermBackend(stack, {
        resourceGroupName: env('TFSTATE_RESOURCE_GROUP', 'rg-tfstate'),
        storageAccountName: env('TFSTATE_STORAGE_ACCOUNT', 'sttfstateaccess'),
        containerName: env('TFSTATE_CONTAINER', 'tfstate'),
        key: `${name}.tfstate`,
        useOidc: true,
        useAzureadAuth: true,
      }),
  });
  return app;
});
