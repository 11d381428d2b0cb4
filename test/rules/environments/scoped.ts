/**
 * Definitions for the environment-scope rules: minimal() with PROD owning rg-prod and DEV owning rg-dev of the
 * fixture subscription (environments[].azureScopes), and a DEV role holding the extra baselines' task standing.
 */
import type { AccessModelDefinition, BaselineDefinition, Grant } from '../../../lib/model';
import { developerRole, IDS, minimal } from '../../fixtures/minimal';

/** The fixture subscription. */
export const SUB = `/subscriptions/${IDS.subscription}`;
/** Its production resource group, PROD's scope. */
export const RG_PROD = `${SUB}/resourceGroups/rg-prod`;
/** Its development resource group, DEV's scope. */
export const RG_DEV = `${SUB}/resourceGroups/rg-dev`;

/** minimal() with PROD = [rg-prod] and DEV = [rg-dev]. */
export function scoped(): AccessModelDefinition {
  return {
    ...minimal(),
    environments: [
      { name: 'PROD', protected: true, azureScopes: [RG_PROD] },
      { name: 'DEV', azureScopes: [RG_DEV] },
    ],
  };
}

/** `BASE_<env>_KV_OTHER_GET` granting `grant`, in `TASK_<env>_OTHER`, held by ROLE_DEVELOPER (standing for DEV). */
export function withOtherGrant(d: AccessModelDefinition, env: 'PROD' | 'DEV', grant: Grant): AccessModelDefinition {
  const b: BaselineDefinition = { environment: env, service: 'KV', scope: 'OTHER', action: 'GET', grants: [grant] };
  const task = `TASK_${env}_OTHER` as const;
  return {
    ...d,
    baselines: [...d.baselines, b],
    tasks: [
      ...d.tasks,
      {
        environment: env,
        name: 'OTHER',
        baselines: [`BASE_${env}_KV_OTHER_GET`],
        ...(env === 'PROD' ? { jit: { maximumActivation: 'PT1H' } } : {}),
      },
    ],
    roles: [
      developerRole(env === 'DEV' ? { standing: ['TASK_DEV_VIEWER', task] } : { eligible: ['TASK_PROD_VIEWER', task] }),
    ],
  };
}
