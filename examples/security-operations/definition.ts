/**
 * The reference organisation with the task-based access model's exceptions, break-glass and audit switched on (see
 * docs/security.md): an exception task (production cluster admin) approved only by the platform lead, announced to
 * the security team and behind authentication context c1; owners for the access reviews; monitoring in a Log
 * Analytics workspace (break-glass sign-in alert, exception activation alert, saved PIM searches).
 * Every ID is a PLACEHOLDER (see ../reference-org/placeholders.ts and below): replace them for a real tenant.
 */
import type { AccessModelDefinition, RoleDefinition, TaskDefinition } from '../../lib/model';
import { referenceOrganisation } from '../reference-org/definition';
import { SUBSCRIPTION } from '../reference-org/placeholders';

/** PLACEHOLDER: the platform lead who approves exceptions, and the security operations workspace. */
export const SECURITY_PLACEHOLDERS = {
  platformLead: '0000da7e-0000-4000-8000-000000000004',
  workspace: `/subscriptions/${SUBSCRIPTION.PROD}/resourceGroups/rg-security/providers/Microsoft.OperationalInsights/workspaces/law-security`,
} as const;

const owners: Record<string, string> = {
  TASK_PROD_KEYVAULT_ADMIN: 'platform-team@contoso.example',
  TASK_PROD_DEPLOYMENT: 'platform-team@contoso.example',
  TASK_PROD_VIEWER: 'platform-team@contoso.example',
  ROLE_DEVELOPER: 'head-of-engineering@contoso.example',
  ROLE_SNR_DEVELOPER: 'head-of-engineering@contoso.example',
  ROLE_CI_PROD_DEPLOY: 'platform-team@contoso.example',
};

/** The exception task: administer the production cluster (a higher-level option for what no task covers, the model's exceptions). */
const clusterAdmin: TaskDefinition = {
  environment: 'PROD',
  name: 'CLUSTER_ADMIN',
  description: 'Exception: administer the production cluster when no task covers the work. Needs a change request.',
  baselines: ['BASE_PROD_VPN_ACCESS', 'BASE_PROD_K8S_CLUSTER_ADMIN'],
  // exceptions.approvers applies to every exception task; stating the same approvers here keeps the policy readable
  // on its own (validation rejects different ones).
  jit: { maximumActivation: 'PT2H', requireTicket: true, approvers: [{ kind: 'role', role: 'ROLE_PLATFORM_LEAD' }] },
  highPrivilege: true,
  owner: 'platform-lead@contoso.example',
};

const platformLead: RoleDefinition = {
  name: 'PLATFORM_LEAD',
  description: 'Approves exception tasks.',
  members: [
    { kind: 'user', objectId: SECURITY_PLACEHOLDERS.platformLead, displayName: 'dave@contoso.example (PLACEHOLDER)' },
  ],
  owner: 'cto@contoso.example',
};

/** The reference organisation with exceptions, owners and monitoring. */
export const securityOperations: AccessModelDefinition = {
  ...referenceOrganisation,
  tasks: [
    ...referenceOrganisation.tasks.map((t) => ({
      ...t,
      ...(owners[`TASK_${t.environment}_${t.name}`] ? { owner: owners[`TASK_${t.environment}_${t.name}`] } : {}),
    })),
    clusterAdmin,
  ],
  roles: [
    ...referenceOrganisation.roles.map((r) =>
      r.name === 'SNR_DEVELOPER'
        ? {
            ...r,
            eligible: [...(r.eligible ?? []), 'TASK_PROD_CLUSTER_ADMIN' as const],
            owner: owners.ROLE_SNR_DEVELOPER,
          }
        : { ...r, ...(owners[`ROLE_${r.name}`] ? { owner: owners[`ROLE_${r.name}`] } : {}) },
    ),
    platformLead,
  ],
  exceptions: {
    approvers: [{ kind: 'role', role: 'ROLE_PLATFORM_LEAD' }],
    notify: ['security@contoso.example'],
    authenticationContext: 'c1',
  },
  monitoring: {
    workspaceId: SECURITY_PLACEHOLDERS.workspace,
    location: 'westeurope',
    actionGroup: { emails: ['security@contoso.example'] },
  },
};
