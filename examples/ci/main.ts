/**
 * The cdktf app CI runs: the reference organisation, one stack per environment plus the directory stack, each
 * with its own remote state in an Azure Storage container, authenticated with OIDC (no secret anywhere).
 * Copy it as is to `access/main.ts`, beside your `access/definition.ts`; the workflow in github-actions/access.yml
 * runs it (`"app": "npx tsx access/main.ts"` in cdktf.json).
 */
import { App, AzurermBackend } from 'cdktf';
import { TaskAccessStacks, runApp } from 'cdktf-task-access';
import { definition as declared } from './definition';

const env = (name: string, fallback: string): string => process.env[name] ?? fallback;

// The apply identity owns every group. Named here (AZURE_APPLY_OBJECT_ID: the object ID of its service principal),
// `cdktf diff` run as the read-only plan identity doesn't show every group's owners changing to the plan identity,
// which is who `data.azuread_client_config` would read at plan time (docs/identities.md, "Group owners").
const applyObjectId = process.env.AZURE_APPLY_OBJECT_ID;
const definition = applyObjectId
  ? {
      ...declared,
      settings: { ...declared.settings, deployingIdentityObjectId: applyObjectId },
    }
  : declared;

runApp(() => {
  const app = new App({ outdir: env('CDKTF_OUTDIR', 'cdktf.out') });
  new TaskAccessStacks(app, 'access', {
    definition,
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
