import {
  Grants,
  type AccessModelDefinition,
  type Grant,
  type JitPolicy,
  type RoleDefinition,
} from '../../../lib/model';
import { tenantWidePrivilege } from '../../../lib/rules/environments/tenant-wide-privilege';
import { developerRole, IDS, minimal } from '../../fixtures/minimal';
import { leadRole } from '../fixtures';
import { outcomeOf, violationsOf } from '../helpers';

/** The tenant root management group: its ID is the tenant ID. */
const TENANT_ROOT = '/providers/Microsoft.Management/managementGroups/0000e7a1-0000-4000-8000-000000000001';
const MG_DEV = '/providers/Microsoft.Management/managementGroups/mg-dev';
const APPROVED: JitPolicy = { maximumActivation: 'PT1H', approvers: [{ kind: 'role', role: 'ROLE_LEAD' }] };

/**
 * minimal() plus BASE_<env>_TENANT_ADMIN (the grants) in TASK_<env>_TENANT_ADMIN (policy `jit`), held eligible by
 * ROLE_DEVELOPER unless `holder` is given, and ROLE_LEAD to approve.
 */
function tenantAdmin(
  grants: Grant[],
  jit: JitPolicy | undefined,
  env: 'PROD' | 'DEV' = 'DEV',
  holder?: RoleDefinition,
): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    baselines: [...d.baselines, { environment: env, service: 'TENANT', action: 'ADMIN', grants }],
    tasks: [
      ...d.tasks,
      { environment: env, name: 'TENANT_ADMIN', baselines: [`BASE_${env}_TENANT_ADMIN`], ...(jit ? { jit } : {}) },
    ],
    roles: [holder ?? developerRole({ eligible: ['TASK_PROD_VIEWER', `TASK_${env}_TENANT_ADMIN`] }), leadRole()],
  };
}

describe('tenant-wide-privilege', () => {
  test('Global Administrator and Owner at the tenant root, approved on activation, comply', () => {
    const d = tenantAdmin(
      [Grants.directoryRole('Global Administrator'), Grants.azureRole('Owner', TENANT_ROOT)],
      APPROVED,
    );
    expect(violationsOf(tenantWidePrivilege, d)).toEqual([]);
  });

  test('fails for a DEV task holding Global Administrator, eligible with no approval', () => {
    const d = tenantAdmin([Grants.directoryRole('Global Administrator')], { maximumActivation: 'PT1H' });
    expect(violationsOf(tenantWidePrivilege, d)).toEqual([
      {
        path: 'tasks.TASK_DEV_TENANT_ADMIN.jit',
        message:
          'TASK_DEV_TENANT_ADMIN reaches tenant-wide privilege (BASE_DEV_TENANT_ADMIN (Entra directory role "Global Administrator", which Microsoft marks PRIVILEGED, over the whole tenant)) but its activation needs no approval: tenant-wide access is never just DEV access',
        value: { requireApproval: false },
        fix: 'set jit.approvers of TASK_DEV_TENANT_ADMIN to senior approvers, or mark it highPrivilege (approved by exceptions.approvers)',
      },
    ]);
    expect(tenantWidePrivilege.level).toBe('error');
  });

  test('fails for Owner at the tenant root management group, eligible with no approval', () => {
    const d = tenantAdmin([Grants.azureRole('Owner', TENANT_ROOT)], { maximumActivation: 'PT1H' });
    expect(violationsOf(tenantWidePrivilege, d).map((v) => [v.path, v.message])).toEqual([
      [
        'tasks.TASK_DEV_TENANT_ADMIN.jit',
        `TASK_DEV_TENANT_ADMIN reaches tenant-wide privilege (BASE_DEV_TENANT_ADMIN ("Owner" at management group 0000e7a1-0000-4000-8000-000000000001, which no environment's azureScopes claim: it applies to every subscription below it (all of them at the tenant root group))) but its activation needs no approval: tenant-wide access is never just DEV access`,
      ],
    ]);
  });

  test('fails for Contributor at an unclaimed management group held standing (standing Owner is standing-azure-owner)', () => {
    const grants = [Grants.azureRole('Contributor', TENANT_ROOT), Grants.azureRole('Owner', TENANT_ROOT)];
    const d = tenantAdmin(
      grants,
      undefined,
      'DEV',
      developerRole({ standing: ['TASK_DEV_VIEWER', 'TASK_DEV_TENANT_ADMIN'] }),
    );
    expect(violationsOf(tenantWidePrivilege, d)).toEqual([
      {
        path: 'roles.ROLE_DEVELOPER.standing[1]',
        message: `ROLE_DEVELOPER holds TASK_DEV_TENANT_ADMIN standing, and it reaches tenant-wide privilege: BASE_DEV_TENANT_ADMIN ("Contributor" at management group 0000e7a1-0000-4000-8000-000000000001, which no environment's azureScopes claim: it applies to every subscription below it (all of them at the tenant root group))`,
        value: 'TASK_DEV_TENANT_ADMIN',
        fix: 'make TASK_DEV_TENANT_ADMIN eligible in ROLE_DEVELOPER with a jit policy that requires approval',
      },
    ]);
  });

  test('a management group the task environment claims in azureScopes is not tenant-wide', () => {
    const d = tenantAdmin([Grants.azureRole('Owner', MG_DEV)], { maximumActivation: 'PT1H' });
    const claimed = {
      ...d,
      environments: [
        { name: 'PROD', protected: true },
        { name: 'DEV', azureScopes: [MG_DEV] },
      ],
    };
    expect(outcomeOf(tenantWidePrivilege, claimed)).toHaveProperty('notApplicable');
    expect(violationsOf(tenantWidePrivilege, d)).toHaveLength(1);
  });

  test('in a protected environment a writing task is left to protected-write-approval; a privileged reader is not', () => {
    const writes = tenantAdmin([Grants.directoryRole('Global Administrator')], { maximumActivation: 'PT1H' }, 'PROD');
    expect(violationsOf(tenantWidePrivilege, writes)).toEqual([]);
    const reads = tenantAdmin([Grants.directoryRole('Global Reader')], { maximumActivation: 'PT1H' }, 'PROD');
    const reader = {
      ...reads,
      tasks: reads.tasks.map((t) => (t.name === 'TENANT_ADMIN' ? { ...t, writes: false } : t)),
    };
    expect(violationsOf(tenantWidePrivilege, reader).map((v) => v.path)).toEqual(['tasks.TASK_PROD_TENANT_ADMIN.jit']);
  });

  test('does not apply to unprivileged directory roles and roles below a management group', () => {
    const d = tenantAdmin(
      [
        Grants.directoryRole('Attribute Definition Reader'),
        Grants.azureRole('Owner', `/subscriptions/${IDS.subscription}/resourceGroups/rg-dev`),
        Grants.azureRole('Reader', TENANT_ROOT),
      ],
      { maximumActivation: 'PT1H' },
    );
    expect(outcomeOf(tenantWidePrivilege, d)).toEqual({
      notApplicable:
        'no task reaches a privileged directory role or a privileged Azure role at a management group no environment claims',
    });
  });
});
