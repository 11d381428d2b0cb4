/**
 * The reference organisation: the worked example of the task-based access model (docs/definition.md), whole: its
 * baselines, tasks and roles with exactly the model's group names.
 * IDs come from placeholders.ts and are made up: replace them for a real tenant.
 */
import {
  FederatedCredentials,
  Grants,
  type AccessModelDefinition,
  type BaselineDefinition,
  type TaskDefinition,
} from '../../lib/model';
import { CI_PIPELINE, PEOPLE, resources } from './placeholders';

/** The model's baselines for one environment. */
function baselines(env: 'PROD' | 'DEV'): BaselineDefinition[] {
  const r = resources(env);
  const cluster = `aks-${env.toLowerCase()}`;
  const list: BaselineDefinition[] = [
    {
      environment: env,
      service: 'KV',
      scope: 'SECRETS',
      action: 'READLIST',
      description: 'See which secrets are in the Key Vault, not their values.',
      grants: [Grants.azureRole('Key Vault Reader', r.keyVault)],
    },
    {
      environment: env,
      service: 'KV',
      scope: 'SECRETS',
      action: 'GET',
      description: 'List and read the contents of the Key Vault.',
      grants: [Grants.azureRole('Key Vault Secrets User', r.keyVault)],
    },
    {
      environment: env,
      service: 'KV',
      scope: 'SECRETS',
      action: 'ADMIN',
      description: 'Create and update secrets in the Key Vault.',
      grants: [Grants.azureRole('Key Vault Secrets Officer', r.keyVault)],
    },
    {
      environment: env,
      service: 'MONITOR',
      scope: 'LOG',
      action: 'VIEWER',
      description: 'Read the Log Analytics workspace.',
      grants: [Grants.azureRole('Log Analytics Reader', r.logAnalytics)],
    },
    {
      environment: env,
      service: 'APPINSIGHTS',
      action: 'VIEWER',
      description: 'Read Application Insights (there is no built-in App Insights reader role).',
      grants: [Grants.azureRole('Monitoring Reader', r.appInsights)],
    },
    {
      environment: env,
      service: 'ACR',
      scope: 'IMAGE',
      action: 'LIST',
      description: 'See which images are in the container registry.',
      grants: [Grants.azureRole('AcrPull', r.containerRegistry)],
    },
    {
      environment: env,
      service: 'K8S',
      scope: 'NS_A',
      action: 'VIEWER',
      description: 'Read the workloads in namespace a.',
      grants: [
        Grants.azureRole('Azure Kubernetes Service Cluster User Role', r.aks),
        Grants.clusterRoleInNamespace(cluster, 'a', 'view'),
      ],
    },
    {
      environment: env,
      service: 'K8S',
      scope: 'CLUSTER',
      action: 'VIEWER',
      description: "Read the cluster's configuration.",
      grants: [
        Grants.azureRole('Reader', r.aks),
        Grants.azureRole('Azure Kubernetes Service Cluster User Role', r.aks),
      ],
    },
    {
      environment: env,
      service: 'ACR',
      scope: 'IMAGE',
      action: 'PUSH',
      description: 'Push images to the container registry.',
      grants: [Grants.azureRole('AcrPush', r.containerRegistry)],
    },
    {
      environment: env,
      service: 'K8S',
      scope: 'CLUSTER',
      action: 'ADMIN',
      description: 'Update the Kubernetes cluster.',
      grants: [
        Grants.azureRole('Azure Kubernetes Service Cluster User Role', r.aks),
        Grants.clusterRoleClusterWide(cluster, 'cluster-admin'),
      ],
    },
    {
      environment: env,
      service: 'K8S',
      scope: 'NS_A',
      action: 'DEPLOY',
      description: 'Deploy applications to namespace a.',
      grants: [
        Grants.azureRole('Azure Kubernetes Service Cluster User Role', r.aks),
        Grants.clusterRoleInNamespace(cluster, 'a', 'edit'),
      ],
    },
  ];
  if (env === 'PROD') {
    list.push({
      environment: 'PROD',
      service: 'VPN',
      action: 'ACCESS',
      description: 'A VPN address from the production pool instead of the default pool.',
      grants: [Grants.vpnPool('172.16.1.0/24')],
    });
  }
  return list;
}

/**
 * Senior developers (peers) or engineering managers approve production changes (the task-based access model: "peer
 * or manager approval"). The managers are needed: PIM never lets a requester approve their own request, so with only
 * ROLE_SNR_DEVELOPER approving, its single member could never activate (rule pack: approver-exists).
 */
const seniorApproval = {
  approvers: [
    { kind: 'role', role: 'ROLE_SNR_DEVELOPER' },
    { kind: 'group', objectId: PEOPLE.engineeringManagers, displayName: 'engineering managers (PLACEHOLDER)' },
  ],
} as const;

/** The model's tasks for one environment. */
function tasks(env: 'PROD' | 'DEV'): TaskDefinition[] {
  const prod = env === 'PROD';
  return [
    {
      environment: env,
      name: 'KEYVAULT_ADMIN',
      description: prod
        ? 'Manage secrets in the production Key Vault, over the production VPN pool.'
        : 'Manage secrets in the development Key Vault.',
      baselines: prod ? ['BASE_PROD_VPN_ACCESS', 'BASE_PROD_KV_SECRETS_ADMIN'] : ['BASE_DEV_KV_SECRETS_ADMIN'],
      jit: prod ? { maximumActivation: 'PT4H', requireTicket: true, ...seniorApproval } : { maximumActivation: 'PT4H' },
    },
    {
      environment: env,
      name: 'VIEWER',
      description: 'Read the logs and configuration of the systems.',
      baselines: [
        `BASE_${env}_ACR_IMAGE_LIST`,
        `BASE_${env}_K8S_CLUSTER_VIEWER`,
        `BASE_${env}_K8S_NS_A_VIEWER`,
        `BASE_${env}_MONITOR_LOG_VIEWER`,
        `BASE_${env}_APPINSIGHTS_VIEWER`,
      ],
      ...(prod ? { jit: { maximumActivation: 'PT4H' } } : {}),
    },
    {
      environment: env,
      name: 'DEPLOYMENT',
      description: `Update container images and deploy to namespace a${prod ? ' (the task-based access model also calls it TASK_PROD_NS_A_DEPLOYMENT)' : ''}.`,
      baselines: [`BASE_${env}_ACR_IMAGE_PUSH`, `BASE_${env}_K8S_NS_A_DEPLOY`],
      jit: prod ? { maximumActivation: 'PT4H', requireTicket: true, ...seniorApproval } : { maximumActivation: 'PT4H' },
    },
  ];
}

/** The reference organisation: the task-based access model's worked example. */
export const referenceOrganisation: AccessModelDefinition = {
  environments: [
    { name: 'PROD', protected: true, description: 'Production' },
    { name: 'DEV', description: 'Development' },
  ],
  clusters: [
    { name: 'aks-prod', environment: 'PROD', description: 'PLACEHOLDER: the production AKS cluster' },
    { name: 'aks-dev', environment: 'DEV', description: 'PLACEHOLDER: the development AKS cluster' },
  ],
  baselines: [...baselines('PROD'), ...baselines('DEV')],
  tasks: [...tasks('PROD'), ...tasks('DEV')],
  roles: [
    {
      name: 'DEVELOPER',
      description: 'Read production and development; deploy and manage secrets in development through PIM.',
      standing: ['TASK_DEV_VIEWER'],
      eligible: ['TASK_PROD_VIEWER', 'TASK_DEV_DEPLOYMENT', 'TASK_DEV_KEYVAULT_ADMIN'],
      members: [
        { kind: 'user', objectId: PEOPLE.alice, displayName: 'alice@contoso.example (PLACEHOLDER)' },
        { kind: 'user', objectId: PEOPLE.bob, displayName: 'bob@contoso.example (PLACEHOLDER)' },
      ],
    },
    {
      name: 'SNR_DEVELOPER',
      description: 'Everything a developer has, plus production deployment and secrets through PIM.',
      inherits: ['ROLE_DEVELOPER'],
      eligible: ['TASK_PROD_DEPLOYMENT', 'TASK_PROD_KEYVAULT_ADMIN'],
      members: [{ kind: 'user', objectId: PEOPLE.carol, displayName: 'carol@contoso.example (PLACEHOLDER)' }],
    },
    {
      name: 'CI_PROD_DEPLOY',
      description: 'The CI pipeline agent: just enough to update the container image and deploy.',
      standing: ['TASK_PROD_DEPLOYMENT'],
      members: [{ kind: 'application', application: CI_PIPELINE.application }],
    },
  ],
  applications: [
    {
      name: CI_PIPELINE.application,
      description: `PLACEHOLDER: GitHub Actions of ${CI_PIPELINE.repository} deploying to its ${CI_PIPELINE.environment} environment`,
      federatedCredentials: [FederatedCredentials.githubEnvironment(CI_PIPELINE.repository, CI_PIPELINE.environment)],
    },
  ],
  breakGlass: [
    // The accounts already hold Global Administrator: the assignment IDs make Terraform import them (PLACEHOLDER).
    {
      objectId: PEOPLE.breakGlass1,
      displayName: 'breakglass1@contoso.onmicrosoft.com (PLACEHOLDER)',
      globalAdministratorAssignmentId: 'PLACEHOLDER-breakglass1-global-administrator-assignment',
    },
    {
      objectId: PEOPLE.breakGlass2,
      displayName: 'breakglass2@contoso.onmicrosoft.com (PLACEHOLDER)',
      globalAdministratorAssignmentId: 'PLACEHOLDER-breakglass2-global-administrator-assignment',
    },
  ],
  vpn: { defaultAddressPrefixes: ['172.16.0.0/24'], defaultGroupObjectId: PEOPLE.allStaffGroup },
};
