/** fast-check arbitraries: small, random, valid access model definitions. */
import fc from 'fast-check';
import type {
  AccessModelDefinition,
  BaselineDefinition,
  RoleDefinition,
  TaskDefinition,
} from '../../lib/model/definition';
import type { Grant } from '../../lib/model/grants';

const SUB = '00000001-0000-4000-8000-00000000000f';
const AZURE_ROLES = ['Reader', 'Key Vault Secrets User', 'AcrPull', 'AcrPush', 'Monitoring Reader'];
const uuid = (n: number) => `0000${n.toString(16).padStart(4, '0')}-0000-4000-8000-000000000001`;

const grantArb = (env: string, i: number): fc.Arbitrary<Grant> =>
  fc.oneof(
    fc.constantFrom(...AZURE_ROLES).map((role): Grant => ({
      kind: 'azureRole',
      role,
      scope: `/subscriptions/${SUB}/resourceGroups/rg-${env.toLowerCase()}-${i}`,
    })),
    fc.constantFrom('view', 'edit').map((clusterRole): Grant => ({
      kind: 'kubernetes',
      cluster: `aks-${env.toLowerCase()}`,
      namespace: `ns-${i}`,
      clusterRole,
    })),
    fc.constant<Grant>({
      kind: 'kubernetes',
      cluster: `aks-${env.toLowerCase()}`,
      clusterWide: true,
      clusterRole: 'view',
    }),
    fc.constant<Grant>({
      kind: 'kubernetes',
      cluster: `aks-${env.toLowerCase()}`,
      namespace: `ns-${i}`,
      rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }],
    }),
    fc.constant<Grant>({ kind: 'vpnPool', addressPrefixes: [`172.16.${i % 250}.0/24`] }),
  );

/** A valid definition of 1-2 environments, up to 4 baselines and 3 tasks per environment, up to 4 roles. */
export const definitionArb: fc.Arbitrary<AccessModelDefinition> = fc
  .record({
    envCount: fc.integer({ min: 1, max: 2 }),
    baselineCounts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 2 }),
    taskCounts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 2 }),
    roleCount: fc.integer({ min: 1, max: 4 }),
    seedBits: fc.array(fc.nat(1000), { minLength: 64, maxLength: 64 }),
  })
  .chain(({ envCount, baselineCounts, taskCounts, roleCount, seedBits }) => {
    const envs = ['PROD', 'DEV'].slice(0, envCount);
    const bit = (i: number) => seedBits[i % seedBits.length];
    const grantArbs: fc.Arbitrary<Grant>[] = [];
    const shape: { env: string; b: number }[] = [];
    envs.forEach((env, e) => {
      for (let b = 0; b < baselineCounts[e]; b++) {
        shape.push({ env, b });
        grantArbs.push(grantArb(env, b));
      }
    });
    return fc.tuple(...grantArbs).map((grants): AccessModelDefinition => {
      const baselines: BaselineDefinition[] = shape.map(({ env, b }, i) => ({
        environment: env,
        service: `SVC${b}`,
        action: 'USE',
        grants: [grants[i]],
      }));
      const tasks: TaskDefinition[] = [];
      envs.forEach((env, e) => {
        const own = baselines.filter((b) => b.environment === env).map((b) => `BASE_${env}_${b.service}_USE` as const);
        for (let t = 0; t < taskCounts[e]; t++) {
          const picked = own.filter((_, j) => (bit(e * 7 + t * 3 + j) + j) % 2 === 0);
          tasks.push({
            environment: env,
            name: `JOB${t}`,
            baselines: picked.length ? picked : [own[0]],
            jit: { maximumActivation: `PT${1 + (bit(t) % 8)}H` },
          });
        }
      });
      const taskNames = tasks.map((t) => `TASK_${t.environment}_${t.name}` as const);
      const roles: RoleDefinition[] = [];
      for (let r = 0; r < roleCount; r++) {
        const standing = taskNames.filter((_, j) => bit(r * 11 + j) % 3 === 0);
        const eligible = taskNames.filter((n, j) => !standing.includes(n) && bit(r * 13 + j) % 3 === 1);
        const inherits = r > 0 && bit(r * 17) % 2 === 0 ? [`ROLE_R${bit(r) % r}` as const] : [];
        roles.push({
          name: `R${r}`,
          standing,
          eligible,
          inherits,
          members: [{ kind: 'user', objectId: uuid(r * 10 + 1) }],
        });
      }
      const hasVpn = baselines.some((b) => b.grants.some((g) => g.kind === 'vpnPool'));
      return {
        environments: envs.map((name, i) => ({ name, protected: i === 0 })),
        clusters: envs.map((env) => ({ name: `aks-${env.toLowerCase()}`, environment: env })),
        baselines,
        tasks,
        roles,
        breakGlass: [{ objectId: uuid(900) }, { objectId: uuid(901) }],
        ...(hasVpn ? { vpn: { defaultAddressPrefixes: ['172.31.0.0/24'], defaultGroupObjectId: uuid(999) } } : {}),
      };
    });
  });

/** The same definition with every array reordered by a random permutation. */
export function shuffled(d: AccessModelDefinition, rand: () => number): AccessModelDefinition {
  const mix = <T>(xs: readonly T[] | undefined): T[] | undefined => {
    if (!xs) return undefined;
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  return {
    ...d,
    environments: mix(d.environments) ?? [],
    clusters: mix(d.clusters),
    baselines: mix(d.baselines) ?? [],
    tasks: (mix(d.tasks) ?? []).map((t) => ({ ...t, baselines: mix(t.baselines) ?? [] })),
    roles: (mix(d.roles) ?? []).map((r) => ({
      ...r,
      standing: mix(r.standing),
      eligible: mix(r.eligible),
      inherits: mix(r.inherits),
      members: mix(r.members),
    })),
    breakGlass: mix(d.breakGlass),
  };
}
