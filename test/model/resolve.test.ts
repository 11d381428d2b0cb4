/** Resolution: inheritance flattened, defaults applied, catalog IDs looked up, output sorted and order-independent. */
import {
  AccessModelError,
  DEFAULT_MAXIMUM_ACTIVATION,
  Grants,
  indexModel,
  resolveDefinition,
  resolveJitPolicy,
  type AccessModelDefinition,
  type RoleDefinition,
} from '../../lib/model';
import { findKubernetesClusterRole } from '../../lib/catalog';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { developerRole, IDS, keyVault, minimal, viewerTask, withBaselines, withRoles } from '../fixtures/minimal';

const alice = { kind: 'user', objectId: IDS.alice } as const;
const bob = { kind: 'user', objectId: IDS.bob } as const;

describe('resolveDefinition', () => {
  test('fails an invalid definition with every problem', () => {
    const d = withRoles(developerRole({ eligible: ['TASK_PROD_VIEWR'], standing: ['TASK_DEV_VIEWR'] }));
    expect(() => resolveDefinition(d)).toThrow(AccessModelError);
    try {
      resolveDefinition(d);
    } catch (e) {
      expect(AccessModelError.isAccessModelError(e)).toBe(true);
      expect((e as AccessModelError).problems.map((p) => p.path)).toEqual([
        'roles.ROLE_DEVELOPER.eligible[0]',
        'roles.ROLE_DEVELOPER.standing[0]',
      ]);
    }
  });
});

describe('standing and eligible access', () => {
  test('a task both standing and eligible counts as standing, own or inherited', () => {
    const d = withRoles(
      developerRole({ standing: ['TASK_DEV_VIEWER', 'TASK_PROD_VIEWER'], eligible: ['TASK_PROD_VIEWER'] }),
      { name: 'SNR_DEVELOPER', inherits: ['ROLE_DEVELOPER'], eligible: ['TASK_PROD_VIEWER'] },
    );
    const { roles } = indexModel(resolveDefinition(d));
    expect(roles.get('ROLE_DEVELOPER')).toMatchObject({
      standing: [
        { task: 'TASK_DEV_VIEWER', via: ['ROLE_DEVELOPER'] },
        { task: 'TASK_PROD_VIEWER', via: ['ROLE_DEVELOPER'] },
      ],
      eligible: [],
    });
    expect(roles.get('ROLE_SNR_DEVELOPER')).toMatchObject({
      standing: [
        { task: 'TASK_DEV_VIEWER', via: ['ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER'] },
        { task: 'TASK_PROD_VIEWER', via: ['ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER'] },
      ],
      eligible: [],
    });
  });

  test('the shortest inheritance chain is kept, through three levels', () => {
    const d = withRoles(
      developerRole({ members: [] }),
      { name: 'SNR', inherits: ['ROLE_DEVELOPER'] },
      { name: 'LEAD', inherits: ['ROLE_SNR', 'ROLE_DEVELOPER'] },
    );
    const lead = indexModel(resolveDefinition(d)).roles.get('ROLE_LEAD');
    expect(lead?.inherits).toEqual(['ROLE_DEVELOPER', 'ROLE_SNR']);
    expect(lead?.eligible).toEqual([{ task: 'TASK_PROD_VIEWER', via: ['ROLE_LEAD', 'ROLE_DEVELOPER'] }]);
  });

  test('a principal in several roles gets the union, with every path, standing winning', () => {
    const ops: RoleDefinition = { name: 'OPS', standing: ['TASK_PROD_VIEWER'], members: [bob] };
    const d = withRoles(
      developerRole({ members: [alice, bob] }),
      { name: 'SNR_DEVELOPER', inherits: ['ROLE_DEVELOPER'], members: [alice] },
      ops,
    );
    const principals = resolveDefinition(d).principals;
    expect(principals.map((p) => p.key)).toEqual([IDS.bob, IDS.alice]);
    const [b, a] = principals;
    expect(a).toMatchObject({
      key: IDS.alice,
      roles: ['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER'],
      tasks: [
        {
          task: 'TASK_DEV_VIEWER',
          mode: 'standing',
          paths: [['ROLE_DEVELOPER'], ['ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER']],
        },
        {
          task: 'TASK_PROD_VIEWER',
          mode: 'eligible',
          paths: [['ROLE_DEVELOPER'], ['ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER']],
        },
      ],
    });
    expect(b).toMatchObject({
      key: IDS.bob,
      roles: ['ROLE_DEVELOPER', 'ROLE_OPS'],
      tasks: [
        { task: 'TASK_DEV_VIEWER', mode: 'standing', paths: [['ROLE_DEVELOPER']] },
        { task: 'TASK_PROD_VIEWER', mode: 'standing', paths: [['ROLE_DEVELOPER'], ['ROLE_OPS']] },
      ],
    });
  });

  test('members are keyed by object ID or UPN and labelled by display name, UPN or object ID', () => {
    const d = withRoles(
      developerRole({
        members: [{ kind: 'user', userPrincipalName: 'carol@contoso.com' }, bob, { ...alice, displayName: 'Alice' }],
      }),
    );
    expect(resolveDefinition(d).roles[0].members.map((m) => [m.key, m.label])).toEqual([
      [IDS.bob, IDS.bob],
      [IDS.alice, 'Alice'],
      ['carol@contoso.com', 'carol@contoso.com'],
    ]);
  });
});

describe('JIT policies', () => {
  const jitOf = (d: AccessModelDefinition) => indexModel(resolveDefinition(d)).tasks.get('TASK_PROD_VIEWER')?.jit;
  const withJit = (
    jit: NonNullable<Parameters<typeof viewerTask>[1]>['jit'],
    settings?: AccessModelDefinition['settings'],
  ): AccessModelDefinition => ({
    ...minimal(),
    tasks: [viewerTask('PROD', { jit }), viewerTask('DEV')],
    ...(settings ? { settings } : {}),
  });

  test('every default applied: PT4H, justification and MFA on, no ticket, no approval, permanent eligibility', () => {
    expect(DEFAULT_MAXIMUM_ACTIVATION).toBe('PT4H');
    expect(jitOf(withJit({}))).toEqual({
      maximumActivation: 'PT4H',
      requireJustification: true,
      requireTicket: false,
      requireApproval: false,
      approvers: [],
      requireMfa: true,
      notifyOnActivation: [],
      eligibilityExpiry: 'never',
    });
  });

  test('settings.defaultMaximumActivation applies where a task sets none, in canonical form', () => {
    expect(jitOf(withJit({}, { defaultMaximumActivation: 'PT90M' }))?.maximumActivation).toBe('PT1H30M');
    expect(
      jitOf(withJit({ maximumActivation: 'PT2H' }, { defaultMaximumActivation: 'PT90M' }))?.maximumActivation,
    ).toBe('PT2H');
    expect(jitOf(withJit({ maximumActivation: 'PT90M' }))?.maximumActivation).toBe('PT1H30M');
  });

  test('an authentication context turns MFA off; approvers turn approval on', () => {
    expect(jitOf(withJit({ authenticationContext: 'c2' }))).toMatchObject({
      requireMfa: false,
      authenticationContext: 'c2',
    });
    expect(jitOf(withJit({ requireMfa: false }))).toMatchObject({ requireMfa: false });
    expect(jitOf(withJit({ approvers: [{ kind: 'user', objectId: IDS.bob }] }))).toMatchObject({
      requireApproval: true,
      approvers: [{ kind: 'user', objectId: IDS.bob }],
    });
  });

  test('resolveJitPolicy sorts approvers and notification addresses', () => {
    const p = resolveJitPolicy({
      approvers: [
        { kind: 'user', objectId: IDS.bob },
        { kind: 'role', role: 'ROLE_A' },
        { kind: 'group', objectId: IDS.alice },
      ],
      notifyOnActivation: ['z@c.com', 'a@c.com'],
    });
    expect(p.approvers.map((a) => (a.kind === 'role' ? a.role : a.objectId))).toEqual([IDS.bob, IDS.alice, 'ROLE_A']);
    expect(p.notifyOnActivation).toEqual(['a@c.com', 'z@c.com']);
  });
});

describe('grants and baselines', () => {
  const scope = `/subscriptions/${IDS.subscription}`;
  const d = withBaselines(
    { environment: 'PROD', service: 'ENTRA', action: 'READER', grants: [Grants.directoryRole('Global Reader')] },
    {
      environment: 'PROD',
      service: 'SUB',
      action: 'OWNER',
      roleAssignable: true,
      grants: [Grants.azureRole('Owner', scope)],
    },
    {
      environment: 'PROD',
      service: 'K8S',
      scope: 'NS_A',
      action: 'VIEWER',
      grants: [
        Grants.clusterRoleInNamespace('aks-prod', 'a', 'view'),
        Grants.rulesClusterWide('aks-prod', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }]),
      ],
    },
  );
  const resolved = resolveDefinition({
    ...d,
    tasks: [
      ...d.tasks,
      {
        environment: 'PROD',
        name: 'ADMIN',
        baselines: [
          'BASE_PROD_SUB_OWNER',
          'BASE_PROD_KV_SECRETS_GET',
          'BASE_PROD_ENTRA_READER',
          'BASE_PROD_K8S_NS_A_VIEWER',
        ],
        jit: {},
      },
    ],
  });
  const { baselines, tasks } = indexModel(resolved);

  test('role-assignable baselines (asked for, or holding a directory role) are split from nested ones', () => {
    expect(tasks.get('TASK_PROD_ADMIN')).toMatchObject({
      baselines: [
        'BASE_PROD_ENTRA_READER',
        'BASE_PROD_K8S_NS_A_VIEWER',
        'BASE_PROD_KV_SECRETS_GET',
        'BASE_PROD_SUB_OWNER',
      ],
      roleAssignableBaselines: ['BASE_PROD_ENTRA_READER', 'BASE_PROD_SUB_OWNER'],
      nestedBaselines: ['BASE_PROD_K8S_NS_A_VIEWER', 'BASE_PROD_KV_SECRETS_GET'],
    });
    expect(baselines.get('BASE_PROD_ENTRA_READER')?.roleAssignable).toBe(true);
    expect(baselines.get('BASE_PROD_KV_SECRETS_GET')?.roleAssignable).toBe(false);
  });

  test('Azure role and directory role IDs come from the catalogs', () => {
    expect(baselines.get('BASE_PROD_KV_SECRETS_GET')?.grants).toEqual([
      {
        kind: 'azureRole',
        roleName: 'Key Vault Secrets User',
        roleDefinitionId: '4633458b-17de-408a-b874-0445c86b69e6',
        scope: keyVault(),
      },
    ]);
    expect(baselines.get('BASE_PROD_ENTRA_READER')?.grants).toEqual([
      { kind: 'directoryRole', roleName: 'Global Reader', templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' },
    ]);
    const kvAdmin = indexModel(resolveDefinition(referenceOrganisation)).baselines.get('BASE_PROD_KV_SECRETS_ADMIN');
    expect(kvAdmin?.grants[0]).toMatchObject({
      roleName: 'Key Vault Secrets Officer',
      roleDefinitionId: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7',
    });
  });

  test('a built-in ClusterRole expands to its catalog rules; custom rules are kept; clusterWide means namespace null', () => {
    expect(baselines.get('BASE_PROD_K8S_NS_A_VIEWER')?.grants).toEqual([
      {
        kind: 'kubernetes',
        cluster: 'aks-prod',
        namespace: 'a',
        clusterRole: 'view',
        custom: false,
        rules: findKubernetesClusterRole('view')?.rules,
      },
      {
        kind: 'kubernetes',
        cluster: 'aks-prod',
        namespace: null,
        custom: true,
        rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }],
      },
    ]);
    expect(findKubernetesClusterRole('view')?.rules.length).toBeGreaterThan(0);
  });

  test('baselines and tasks carry their environment protection', () => {
    expect(baselines.get('BASE_PROD_KV_SECRETS_GET')).toMatchObject({ environment: 'PROD', protected: true });
    expect(baselines.get('BASE_DEV_KV_SECRETS_GET')).toMatchObject({ environment: 'DEV', protected: false });
    expect(tasks.get('TASK_DEV_VIEWER')).toMatchObject({ protected: false, highPrivilege: false });
  });
});

describe('determinism', () => {
  const reversed = (d: AccessModelDefinition): AccessModelDefinition => ({
    ...d,
    environments: [...d.environments].reverse(),
    clusters: [...(d.clusters ?? [])].reverse(),
    baselines: [...d.baselines].reverse(),
    tasks: [...d.tasks].reverse().map((t) => ({
      ...t,
      baselines: [...t.baselines].reverse(),
      ...(t.jit
        ? { jit: { ...t.jit, ...(t.jit.approvers ? { approvers: [...t.jit.approvers].reverse() } : {}) } }
        : {}),
    })),
    roles: [...d.roles].reverse().map((r) => ({
      ...r,
      ...(r.standing ? { standing: [...r.standing].reverse() } : {}),
      ...(r.eligible ? { eligible: [...r.eligible].reverse() } : {}),
      ...(r.members ? { members: [...r.members].reverse() } : {}),
    })),
    breakGlass: [...(d.breakGlass ?? [])].reverse(),
  });

  test('output lists are sorted by name', () => {
    const m = resolveDefinition(referenceOrganisation);
    const sorted = (xs: readonly string[]) => [...xs].sort();
    for (const list of [m.environments, m.clusters, m.baselines, m.tasks, m.roles])
      expect(list.map((x) => x.name)).toEqual(sorted(list.map((x) => x.name)));
    for (const r of m.roles) expect(r.eligible.map((a) => a.task)).toEqual(sorted(r.eligible.map((a) => a.task)));
    expect(m.principals.map((p) => p.key)).toEqual(sorted(m.principals.map((p) => p.key)));
  });

  test('the reference organisation resolves identically when its arrays are reordered', () => {
    const snr = {
      ...referenceOrganisation.roles[1],
      members: [...(referenceOrganisation.roles[1].members ?? []), ...(referenceOrganisation.roles[0].members ?? [])],
    };
    const org = {
      ...referenceOrganisation,
      roles: [referenceOrganisation.roles[0], snr, referenceOrganisation.roles[2]],
    };
    // Everything but where each element is declared, which follows the definition's order.
    const { paths: reorderedPaths, ...reordered } = resolveDefinition(reversed(org));
    const { paths, ...resolved } = resolveDefinition(org);
    expect(reordered).toEqual(resolved);
    expect(Object.keys(reorderedPaths?.roles ?? {})).toEqual(Object.keys(paths?.roles ?? {}).reverse());
  });
});
