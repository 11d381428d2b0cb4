/**
 * Definitions for the rule tests, built on test/fixtures/minimal.ts: a PROD Key Vault admin task (it writes),
 * a lead role to approve, more IDs. Every call returns fresh objects.
 */
import {
  Grants,
  type AccessModelDefinition,
  type BaselineDefinition,
  type JitPolicy,
  type RoleDefinition,
  type TaskDefinition,
} from '../../lib/model';
import { developerRole, IDS, keyVault, minimal } from '../fixtures/minimal';

/** More made-up object IDs. */
export const MORE_IDS = {
  carol: '0000ca01-0000-4000-8000-000000000003',
  dave: '0000da7e-0000-4000-8000-000000000004',
  managers: '0000e4a9-0000-4000-8000-000000000001',
  breakGlass2: '0000b6a2-0000-4000-8000-000000000002',
} as const;

/** `BASE_PROD_KV_SECRETS_ADMIN`: Key Vault Secrets Officer (writes). */
export function kvAdminBaseline(extra: Partial<BaselineDefinition> = {}): BaselineDefinition {
  return {
    environment: 'PROD',
    service: 'KV',
    scope: 'SECRETS',
    action: 'ADMIN',
    grants: [Grants.azureRole('Key Vault Secrets Officer', keyVault('PROD'))],
    ...extra,
  };
}

/** `TASK_PROD_KEYVAULT_ADMIN` on the admin baseline, with the given JIT policy. */
export function kvAdminTask(jit: JitPolicy | undefined, extra: Partial<TaskDefinition> = {}): TaskDefinition {
  return {
    environment: 'PROD',
    name: 'KEYVAULT_ADMIN',
    baselines: ['BASE_PROD_KV_SECRETS_ADMIN'],
    ...(jit ? { jit } : {}),
    ...extra,
  };
}

/** `ROLE_LEAD`: Bob. */
export function leadRole(extra: Partial<RoleDefinition> = {}): RoleDefinition {
  return { name: 'LEAD', members: [{ kind: 'user', objectId: IDS.bob, displayName: 'bob' }], ...extra };
}

/**
 * minimal() plus the admin baseline and task (policy `jit`), ROLE_DEVELOPER (Alice) eligible for it, and
 * ROLE_LEAD (Bob). `roles` replaces the roles when given.
 */
export function withKvAdmin(
  jit: JitPolicy | undefined,
  extra: Partial<TaskDefinition> = {},
  roles?: RoleDefinition[],
): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    baselines: [...d.baselines, kvAdminBaseline()],
    tasks: [...d.tasks, kvAdminTask(jit, extra)],
    roles: roles ?? [developerRole({ eligible: ['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN'] }), leadRole()],
  };
}

/** The admin task's compliant production policy: Bob's role approves, ticket and justification required. */
export const PROD_WRITE_POLICY: JitPolicy = {
  maximumActivation: 'PT2H',
  requireTicket: true,
  approvers: [{ kind: 'role', role: 'ROLE_LEAD' }],
};
