/**
 * Mutations that each break one validation rule of a valid definition, and the element they break; and changes to
 * a baseline's grants that may or may not make the definition invalid (for the lint-synthesis agreement property).
 */
import type { AccessModelDefinition } from '../../lib/model/definition';
import type { Grant } from '../../lib/model/grants';

/** A rule-breaking change. */
export interface Mutation {
  readonly name: string;
  /** The rule the finding must carry. */
  readonly rule: string;
  /** A part of the finding's path: the element broken. */
  readonly element: (d: AccessModelDefinition) => string;
  readonly apply: (d: AccessModelDefinition) => unknown;
}

const firstRole = (d: AccessModelDefinition) => `ROLE_${d.roles[0].name}`;
const firstTask = (d: AccessModelDefinition) => `TASK_${d.tasks[0].environment}_${d.tasks[0].name}`;
const withRole0 = (d: AccessModelDefinition, patch: object) => ({
  ...d,
  roles: [{ ...d.roles[0], ...patch }, ...d.roles.slice(1)],
});
const withTask0 = (d: AccessModelDefinition, patch: object) => ({
  ...d,
  tasks: [{ ...d.tasks[0], ...patch }, ...d.tasks.slice(1)],
});
const firstBaseline = (d: AccessModelDefinition) => {
  const b = d.baselines[0];
  return `BASE_${b.environment}_${b.service}${b.scope ? `_${b.scope}` : ''}_${b.action}`;
};
/** The definition with the first baseline's grants changed. */
const withGrants0 = (
  d: AccessModelDefinition,
  change: (grants: readonly Grant[]) => Grant[],
): AccessModelDefinition => ({
  ...d,
  baselines: [{ ...d.baselines[0], grants: change(d.baselines[0].grants) }, ...d.baselines.slice(1)],
});

/** Every mutation. */
export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'unknown task',
    rule: 'unknown-reference',
    element: firstRole,
    apply: (d) => withRole0(d, { standing: ['TASK_NOPE_MISSING'] }),
  },
  {
    name: 'baseline in a role',
    rule: 'role-holds-baseline',
    element: firstRole,
    apply: (d) => withRole0(d, { standing: [d.tasks[0].baselines[0]] }),
  },
  {
    name: 'lower-case task name',
    rule: 'naming',
    element: () => 'tasks.',
    apply: (d) => withTask0(d, { name: 'job zero' }),
  },
  {
    name: 'bad activation',
    rule: 'activation-duration',
    element: firstTask,
    apply: (d) => withTask0(d, { jit: { maximumActivation: 'PT45M' } }),
  },
  {
    name: 'duplicate role',
    rule: 'duplicate',
    element: () => 'roles[',
    apply: (d) => ({ ...d, roles: [...d.roles, { ...d.roles[0], name: d.roles[0].name.toLowerCase() }] }),
  },
  {
    name: 'self inheritance',
    rule: 'inheritance-cycle',
    element: firstRole,
    apply: (d) => withRole0(d, { inherits: [firstRole(d)] }),
  },
  {
    name: 'service principal with eligible task',
    rule: 'non-human-eligible',
    element: firstRole,
    apply: (d) =>
      withRole0(d, {
        standing: [],
        eligible: [firstTask(d)],
        members: [{ kind: 'servicePrincipal', objectId: '0000beef-0000-4000-8000-000000000001' }],
      }),
  },
  {
    name: 'eligible task without policy',
    rule: 'jit-policy-missing',
    element: firstRole,
    apply: (d) => withTask0(withRole0(d, { standing: [], eligible: [firstTask(d)] }), { jit: undefined }),
  },
  {
    name: 'member id not a UUID',
    rule: 'object-id',
    element: firstRole,
    apply: (d) => withRole0(d, { members: [{ kind: 'user', objectId: 'alice' }] }),
  },
  { name: 'task without baselines', rule: 'empty', element: firstTask, apply: (d) => withTask0(d, { baselines: [] }) },
  {
    name: 'duplicate grant',
    rule: 'duplicate-grant',
    element: firstBaseline,
    apply: (d) => withGrants0(d, (g) => [...g, g[0]]),
  },
  {
    name: 'wrong type from JavaScript',
    rule: 'shape',
    element: () => 'roles',
    apply: (d) => withRole0(d, { standing: 'TASK_PROD_JOB0' }),
  },
];

/** A change to a baseline's grants that is valid or not depending on the grant it meets. */
export interface GrantChange {
  readonly name: string;
  readonly apply: (d: AccessModelDefinition) => AccessModelDefinition;
}

const POD_RULES = [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }];

/** Grant changes: duplicates (invalid), and near-duplicates that are distinct grants (valid). */
export const GRANT_CHANGES: readonly GrantChange[] = [
  { name: 'the same grant twice', apply: (d) => withGrants0(d, (g) => [...g, g[0]]) },
  {
    name: 'the same Azure role at the scope in upper case (one assignment to Azure)',
    apply: (d) =>
      withGrants0(d, (g) =>
        g[0].kind === 'azureRole' ? [...g, { ...g[0], scope: g[0].scope.toUpperCase() }] : [...g],
      ),
  },
  {
    name: 'the same Azure role at another scope',
    apply: (d) =>
      withGrants0(d, (g) =>
        g[0].kind === 'azureRole'
          ? [...g, { ...g[0], scope: `${g[0].scope}/providers/Microsoft.KeyVault/vaults/kv-other` }]
          : [...g],
      ),
  },
  {
    name: 'custom rules where the Kubernetes grant is',
    apply: (d) =>
      withGrants0(d, (g) => {
        const k = g[0];
        if (k.kind !== 'kubernetes') return [...g];
        const where = k.clusterWide ? { clusterWide: true } : { namespace: k.namespace };
        return [...g, { kind: 'kubernetes', cluster: k.cluster, ...where, rules: POD_RULES }];
      }),
  },
  {
    name: 'another ClusterRole where the Kubernetes grant is',
    apply: (d) =>
      withGrants0(d, (g) => {
        const k = g[0];
        if (k.kind !== 'kubernetes') return [...g];
        const where = k.clusterWide ? { clusterWide: true } : { namespace: k.namespace };
        return [
          ...g,
          { kind: 'kubernetes', cluster: k.cluster, ...where, clusterRole: k.clusterRole === 'edit' ? 'view' : 'edit' },
        ];
      }),
  },
  {
    name: 'the same VPN prefix in a second pool grant',
    apply: (d) =>
      withGrants0(d, (g) =>
        g[0].kind === 'vpnPool' ? [...g, { kind: 'vpnPool', addressPrefixes: [...g[0].addressPrefixes] }] : [...g],
      ),
  },
];
