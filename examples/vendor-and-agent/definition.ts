/**
 * Pipelines, agents and vendors: non-human identities and time-bound access for one production service
 * (payments). Every ID below is a PLACEHOLDER (made up, valid in form so the example synthesizes offline).
 *
 * - A vendor (a guest user) gets two weeks of read-only access for a maintenance window: a time-bound standing
 *   task that lapses on its own (`ROLE_VENDOR_PARTNER`).
 * - An AI support agent running in AKS reads one secret of the ticket system, nothing else: an application the
 *   library creates, trusted for one Kubernetes service account (`ROLE_AGENT_TICKETS`).
 * - A consultant is staffed on the engagement until a date: a time-bound membership, plus a deployment
 *   eligibility for the cut-over month only (`ROLE_PAYMENTS_CONSULTANT`).
 * - Separate plan and apply identities for the pipeline: pull requests plan with a read-only task
 *   (`ROLE_CI_PROD_PLAN`), only jobs in the protected `prod` environment deploy (`ROLE_CI_PROD_APPLY`).
 */
import { FederatedCredentials, Grants, type AccessModelDefinition } from '../../lib/model';

/** PLACEHOLDER: the subscription, resource group and resources of the payments service. */
const SUBSCRIPTION = '00000002-0000-4000-8000-000000000001';
const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-payments-prod`;
const RESOURCES = {
  logAnalytics: `${RG}/providers/Microsoft.OperationalInsights/workspaces/law-payments-prod`,
  containerRegistry: `${RG}/providers/Microsoft.ContainerRegistry/registries/acrpaymentsprod`,
  aks: `${RG}/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`,
  /** One secret, not the vault: the agent reads the ticket system's API token and nothing else. */
  ticketApiToken: `${RG}/providers/Microsoft.KeyVault/vaults/kv-payments-prod/secrets/ticket-api-token`,
};

/** PLACEHOLDER: people (object IDs) and the cluster's OIDC issuer. */
export const VENDOR_IDS = {
  vendorGuest: '0000f00d-0000-4000-8000-000000000001',
  consultant: '0000c0de-0000-4000-8000-000000000002',
  lead: '00001ead-0000-4000-8000-000000000003',
  breakGlass1: '0000b6a1-0000-4000-8000-0000000000b1',
  breakGlass2: '0000b6a2-0000-4000-8000-0000000000b2',
  aksOidcIssuer:
    'https://westeurope.oic.prod-aks.azure.com/00000000-0000-4000-8000-0000000000aa/00000000-0000-4000-8000-0000000000bb/',
} as const;

/** PLACEHOLDER: the repository of the payments service, exactly as GitHub spells it. */
const REPOSITORY = 'contoso/payments';

/** The vendor-and-agent organisation. */
export const vendorAndAgent: AccessModelDefinition = {
  environments: [{ name: 'PROD', protected: true, description: 'Production' }],
  clusters: [{ name: 'aks-prod', environment: 'PROD', description: 'PLACEHOLDER: the production AKS cluster' }],
  baselines: [
    {
      environment: 'PROD',
      service: 'MONITOR',
      scope: 'LOG',
      action: 'VIEWER',
      description: 'Read the Log Analytics workspace.',
      grants: [Grants.azureRole('Log Analytics Reader', RESOURCES.logAnalytics)],
    },
    {
      environment: 'PROD',
      service: 'K8S',
      scope: 'NS_PAYMENTS',
      action: 'VIEWER',
      description: 'Read the workloads in namespace payments.',
      grants: [
        Grants.azureRole('Azure Kubernetes Service Cluster User Role', RESOURCES.aks),
        Grants.clusterRoleInNamespace('aks-prod', 'payments', 'view'),
      ],
    },
    {
      environment: 'PROD',
      service: 'K8S',
      scope: 'NS_PAYMENTS',
      action: 'DEPLOY',
      description: 'Deploy to namespace payments.',
      grants: [
        Grants.azureRole('Azure Kubernetes Service Cluster User Role', RESOURCES.aks),
        Grants.clusterRoleInNamespace('aks-prod', 'payments', 'edit'),
      ],
    },
    {
      environment: 'PROD',
      service: 'ACR',
      scope: 'IMAGE',
      action: 'PUSH',
      description: 'Push images to the container registry.',
      grants: [Grants.azureRole('AcrPush', RESOURCES.containerRegistry)],
    },
    {
      environment: 'PROD',
      service: 'KV',
      scope: 'TICKETS',
      action: 'GET',
      description: "Read the ticket system's API token (one secret).",
      grants: [Grants.azureRole('Key Vault Secrets User', RESOURCES.ticketApiToken)],
    },
    {
      environment: 'PROD',
      service: 'RG',
      scope: 'PAYMENTS',
      action: 'READER',
      description: 'Read the resources of the payments resource group (Terraform plan).',
      grants: [Grants.azureRole('Reader', RG)],
    },
  ],
  tasks: [
    {
      environment: 'PROD',
      name: 'VENDOR_READ',
      description: 'Read logs and workloads of payments: what a vendor needs to diagnose.',
      baselines: ['BASE_PROD_MONITOR_LOG_VIEWER', 'BASE_PROD_K8S_NS_PAYMENTS_VIEWER'],
    },
    {
      environment: 'PROD',
      name: 'TICKETS_READ',
      description: "Read the ticket system's API token.",
      baselines: ['BASE_PROD_KV_TICKETS_GET'],
    },
    {
      environment: 'PROD',
      name: 'PLAN_READ',
      description: 'Read-only: what a Terraform plan of payments needs to read.',
      baselines: ['BASE_PROD_RG_PAYMENTS_READER'],
    },
    {
      environment: 'PROD',
      name: 'PAYMENTS_VIEWER',
      description: 'Read logs and workloads of payments.',
      baselines: ['BASE_PROD_MONITOR_LOG_VIEWER', 'BASE_PROD_K8S_NS_PAYMENTS_VIEWER'],
    },
    {
      environment: 'PROD',
      name: 'DEPLOYMENT',
      description: 'Push images and deploy to namespace payments.',
      baselines: ['BASE_PROD_ACR_IMAGE_PUSH', 'BASE_PROD_K8S_NS_PAYMENTS_DEPLOY'],
      jit: {
        maximumActivation: 'PT4H',
        requireTicket: true,
        approvers: [{ kind: 'role', role: 'ROLE_PAYMENTS_LEAD' }],
      },
    },
  ],
  roles: [
    {
      name: 'VENDOR_PARTNER',
      description: 'Partner support: two weeks of read-only access for the March maintenance window, then nothing.',
      standing: [{ task: 'TASK_PROD_VENDOR_READ', from: '2027-03-01', until: '2027-03-14' }],
      members: [{ kind: 'user', objectId: VENDOR_IDS.vendorGuest, displayName: 'vendor@partner.example (guest)' }],
    },
    {
      name: 'AGENT_TICKETS',
      description: "The AI support agent: reads the ticket system's API token, nothing else.",
      standing: ['TASK_PROD_TICKETS_READ'],
      members: [{ kind: 'application', application: 'aks-agent-ticket-reader' }],
    },
    {
      name: 'PAYMENTS_CONSULTANT',
      description:
        'Consultant staffed on the payments engagement: reads payments; may deploy during the cut-over month.',
      standing: ['TASK_PROD_PAYMENTS_VIEWER'],
      eligible: [{ task: 'TASK_PROD_DEPLOYMENT', from: '2027-04-01', until: '2027-04-30' }],
      members: [
        {
          kind: 'user',
          objectId: VENDOR_IDS.consultant,
          displayName: 'dana@consulting.example (consultant)',
          until: '2027-06-30',
        },
      ],
    },
    {
      name: 'PAYMENTS_LEAD',
      description: 'Approves production deployments of payments (and holds no task itself).',
      members: [{ kind: 'user', objectId: VENDOR_IDS.lead, displayName: 'lead@contoso.example' }],
    },
    {
      name: 'CI_PROD_PLAN',
      description: 'Pull requests of contoso/payments: terraform plan with read-only access.',
      standing: ['TASK_PROD_PLAN_READ'],
      members: [{ kind: 'application', application: 'gh-contoso-payments-prod-plan' }],
    },
    {
      name: 'CI_PROD_APPLY',
      description: 'Jobs of contoso/payments in the protected prod environment: deploy.',
      standing: ['TASK_PROD_DEPLOYMENT'],
      members: [{ kind: 'application', application: 'gh-contoso-payments-prod-apply' }],
    },
  ],
  breakGlass: [
    { objectId: VENDOR_IDS.breakGlass1, displayName: 'breakglass1@contoso.onmicrosoft.com (PLACEHOLDER)' },
    { objectId: VENDOR_IDS.breakGlass2, displayName: 'breakglass2@contoso.onmicrosoft.com (PLACEHOLDER)' },
  ],
  applications: [
    {
      name: 'aks-agent-ticket-reader',
      description: 'The AI support agent (service account agents/ticket-reader on aks-prod).',
      federatedCredentials: [
        FederatedCredentials.kubernetesServiceAccount({
          issuer: VENDOR_IDS.aksOidcIssuer,
          namespace: 'agents',
          serviceAccount: 'ticket-reader',
        }),
      ],
    },
    {
      name: 'gh-contoso-payments-prod-plan',
      description: 'terraform plan on pull requests of contoso/payments (read-only).',
      federatedCredentials: [FederatedCredentials.githubPullRequest(REPOSITORY)],
    },
    {
      name: 'gh-contoso-payments-prod-apply',
      description: 'terraform apply from the prod environment of contoso/payments (required reviewers in GitHub).',
      federatedCredentials: [FederatedCredentials.githubEnvironment(REPOSITORY, 'prod')],
    },
  ],
};
