/**
 * PLACEHOLDER IDS. Every value in this file is made up: replace each one with your tenant's real IDs before
 * `cdktf deploy`. They are valid in form (UUIDs, Azure resource IDs) so the example synthesizes offline.
 * The UUIDs use the pattern 0000xxxx-... so they are easy to spot in the synthesized Terraform.
 */

/** PLACEHOLDER: subscriptions of the two environments. */
export const SUBSCRIPTION = {
  PROD: '00000001-0000-4000-8000-000000000001',
  DEV: '00000001-0000-4000-8000-000000000002',
} as const;

/** PLACEHOLDER: resource names per environment (Key Vault, ACR, Log Analytics, App Insights, AKS). */
export function resources(env: 'PROD' | 'DEV') {
  const e = env.toLowerCase();
  const rg = `/subscriptions/${SUBSCRIPTION[env]}/resourceGroups/rg-app-${e}`;
  return {
    keyVault: `${rg}/providers/Microsoft.KeyVault/vaults/kv-app-${e}`,
    containerRegistry: `${rg}/providers/Microsoft.ContainerRegistry/registries/acrapp${e}`,
    logAnalytics: `${rg}/providers/Microsoft.OperationalInsights/workspaces/law-app-${e}`,
    appInsights: `${rg}/providers/Microsoft.Insights/components/appi-app-${e}`,
    aks: `${rg}/providers/Microsoft.ContainerService/managedClusters/aks-app-${e}`,
  };
}

/** PLACEHOLDER: people, pipelines and accounts (object IDs). */
export const PEOPLE = {
  alice: '0000a11c-0000-4000-8000-000000000001',
  bob: '00000b0b-0000-4000-8000-000000000002',
  carol: '0000ca01-0000-4000-8000-000000000003',
  /** No longer used by the definition: ROLE_CI_PROD_DEPLOY's member is now an application the library creates (CI_PIPELINE). */
  ciProdDeploySp: '000000c1-0000-4000-8000-0000000000d1',
  breakGlass1: '0000b6a1-0000-4000-8000-000000000001',
  breakGlass2: '0000b6a2-0000-4000-8000-000000000002',
  allStaffGroup: '0000a115-0000-4000-8000-000000000001',
  engineeringManagers: '0000e4a9-0000-4000-8000-000000000001',
} as const;

/**
 * PLACEHOLDER: the production deployment pipeline. GitHub Actions jobs of this repository that deploy to its `prod`
 * environment sign in as the application `gh-contoso-app-prod-deploy` (no secret). Use your repository exactly as
 * GitHub spells it (subjects are case-sensitive), and protect the environment with required reviewers.
 */
export const CI_PIPELINE = {
  repository: 'contoso/app',
  environment: 'prod',
  application: 'gh-contoso-app-prod-deploy',
} as const;
