/**
 * A change to the reference organisation, for `task-access diff`: senior developers hold TASK_PROD_DEPLOYMENT
 * standing instead of activating it just in time. The access diff example of docs/diff.md is this file against
 * examples/reference-org/definition.ts:
 *
 *   npm run task-access -- diff examples/reference-org/definition.ts examples/diff/prod-deployment-standing.ts
 */
import type { AccessModelDefinition } from '../../lib/model';
import { referenceOrganisation } from '../reference-org/definition';

/** The reference organisation with TASK_PROD_DEPLOYMENT standing for ROLE_SNR_DEVELOPER. */
export const definition: AccessModelDefinition = {
  ...referenceOrganisation,
  roles: referenceOrganisation.roles.map((role) =>
    role.name === 'SNR_DEVELOPER'
      ? { ...role, standing: ['TASK_PROD_DEPLOYMENT'], eligible: ['TASK_PROD_KEYVAULT_ADMIN'] }
      : role,
  ),
};
