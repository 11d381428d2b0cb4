/**
 * Synthetic organisations of a given size for the benchmark and the scale tests: environments, services with
 * a few baselines each (Azure built-in and custom roles, Kubernetes bindings, a VPN pool, a few Entra
 * directory roles), tasks over them (standing or just in time), roles with members (people by object ID or
 * UPN, pipelines by service principal or managed identity), inheritance and approvers. A pure function of
 * its options: the same size and seed always give the same definition, and it is always valid
 * (`validateDefinition` returns `[]`) and passes the rule pack with {@link SYNTHETIC_RULE_OPTIONS} (no error, no
 * warning but `two-step-activation` on the just-in-time directory-role tasks, which is inherent to them): production tasks that are just in time need approval and a ticket, people hold standing tasks only
 * outside production, high-privilege tasks (production ADMIN tasks and tasks reaching cluster-admin) are
 * approved by ROLE_SECURITY_LEADS and alert the security team, approver roles hold no tasks.
 */
import type {
  AccessModelDefinition,
  BaselineDefinition,
  CustomAzureRoleDefinition,
  JitPolicy,
  Member,
  RoleDefinition,
  TaskDefinition,
} from '../lib/model/definition';
import { Grants, type Grant } from '../lib/model/grants';
import { baselineName, taskName, type BaselineName, type RoleName, type TaskName } from '../lib/model/names';
import type { RulePackOptions } from '../lib/rules/options';
import { Prng } from './prng';

/** The rule pack options a generated organisation is compliant with: its senior approvers and security address. */
export const SYNTHETIC_RULE_OPTIONS: RulePackOptions = {
  seniorApprovers: ['ROLE_SECURITY_LEADS'],
  securityNotifications: ['security@contoso.example'],
};

/** What to generate. Every share is a probability in [0, 1]. */
export interface GenerateOptions {
  /** Number of groups (BASE_ + TASK_ + ROLE_), exactly. At least 30. */
  readonly groups: number;
  /** PRNG seed. @default 1 */
  readonly seed?: number;
  /**
   * Number of environments, a whole number from 1 to {@link MAX_ENVIRONMENTS}; the first, PROD, is protected. With
   * one, people hold every task just in time (they hold standing tasks only outside production). @default 3
   */
  readonly environments?: number;
  /** Share of the groups that are baselines. @default 0.45 */
  readonly baselineShare?: number;
  /** Share of the groups that are tasks; the rest are roles. @default 0.35 */
  readonly taskShare?: number;
  /** Share of a role's task links held eligible (just in time) rather than standing (standing only outside production). @default 0.6 */
  readonly eligibleShare?: number;
  /** Share of the roles that are pipelines (one workload identity, standing tasks only). @default 0.15 */
  readonly pipelineShare?: number;
  /** Share of the baselines holding an Entra directory role (role-assignable, reached just in time). @default 0.01 */
  readonly directoryRoleShare?: number;
}

/** One action of a service kind and what it grants. */
interface ServiceAction {
  readonly action: string;
  /** An Azure built-in role at the service's resource. */
  readonly role?: string;
  /** A Kubernetes ClusterRole bound in the service's namespace (plus AKS cluster user at the cluster). */
  readonly clusterRole?: string;
  /** The environment's custom VM operator role at the resource. */
  readonly custom?: true;
}

/** A kind of service: its name part, optional scope part, Azure resource type and actions. */
interface ServiceKind {
  readonly code: string;
  readonly scope?: string;
  readonly resourceType: string;
  readonly actions: readonly ServiceAction[];
}

const KINDS: readonly ServiceKind[] = [
  {
    code: 'KV',
    scope: 'SECRETS',
    resourceType: 'Microsoft.KeyVault/vaults',
    actions: [
      { action: 'READLIST', role: 'Key Vault Reader' },
      { action: 'GET', role: 'Key Vault Secrets User' },
      { action: 'ADMIN', role: 'Key Vault Secrets Officer' },
    ],
  },
  {
    code: 'ACR',
    scope: 'IMAGE',
    resourceType: 'Microsoft.ContainerRegistry/registries',
    actions: [
      { action: 'LIST', role: 'AcrPull' },
      { action: 'PUSH', role: 'AcrPush' },
    ],
  },
  {
    code: 'K8S',
    resourceType: 'Microsoft.ContainerService/managedClusters',
    actions: [
      { action: 'VIEWER', clusterRole: 'view' },
      { action: 'DEPLOY', clusterRole: 'edit' },
      { action: 'ADMIN', clusterRole: 'admin' },
    ],
  },
  {
    code: 'SA',
    scope: 'BLOB',
    resourceType: 'Microsoft.Storage/storageAccounts',
    actions: [
      { action: 'READER', role: 'Storage Blob Data Reader' },
      { action: 'WRITER', role: 'Storage Blob Data Contributor' },
    ],
  },
  {
    code: 'SQL',
    resourceType: 'Microsoft.Sql/servers',
    actions: [
      { action: 'VIEWER', role: 'Reader' },
      { action: 'ADMIN', role: 'SQL DB Contributor' },
    ],
  },
  {
    code: 'WEB',
    resourceType: 'Microsoft.Web/sites',
    actions: [
      { action: 'VIEWER', role: 'Reader' },
      { action: 'DEPLOY', role: 'Website Contributor' },
    ],
  },
  {
    code: 'LOG',
    resourceType: 'Microsoft.OperationalInsights/workspaces',
    actions: [{ action: 'VIEWER', role: 'Log Analytics Reader' }],
  },
  {
    code: 'VM',
    resourceType: 'Microsoft.Compute/virtualMachines',
    actions: [
      { action: 'OPERATE', custom: true },
      { action: 'ADMIN', role: 'Virtual Machine Contributor' },
    ],
  },
  {
    code: 'BUS',
    resourceType: 'Microsoft.ServiceBus/namespaces',
    actions: [
      { action: 'RECEIVE', role: 'Azure Service Bus Data Receiver' },
      { action: 'SEND', role: 'Azure Service Bus Data Sender' },
    ],
  },
];

const ENVIRONMENTS = ['PROD', 'TEST', 'DEV', 'QA', 'UAT', 'STAGE'];
/** Most environments: environment n (from 1) has the VPN pool `172.16.<n>.0/24`, and an octet ends at 255. */
export const MAX_ENVIRONMENTS = 250;
const DIRECTORY_ROLES = ['Global Reader', 'Security Reader', 'Groups Administrator'];
const TASK_LABELS = ['READ', 'OPERATE', 'DEPLOY', 'SUPPORT', 'ADMIN', 'AUDIT'];
const ROLE_FUNCTIONS = ['DEVELOPER', 'OPERATOR', 'ANALYST', 'SUPPORT', 'ENGINEER'];
const ACTIVATIONS = ['PT1H', 'PT2H', 'PT4H'];
const SECURITY = 'security@contoso.example';
const SENIOR: RoleName = 'ROLE_SECURITY_LEADS';
/** Service instances per subscription (keeps each subscription far below 4,000 role assignments). */
const INSTANCES_PER_SUBSCRIPTION = 250;
const POD_READER = [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }];

/** A service instance of one environment and the baselines made for it. */
interface ServiceInstance {
  /** Name key used for task names, e.g. `KV3` or `K8S_NS7`. */
  readonly key: string;
  readonly baselines: BaselineName[];
}

/** Splits `total` over `parts` as evenly as possible (the first parts get the remainder). */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** How many of the groups are baselines, tasks and roles. */
function groupTotals(
  groups: number,
  options: Pick<GenerateOptions, 'baselineShare' | 'taskShare'>,
): { baselineTotal: number; taskTotal: number; roleTotal: number } {
  const baselineTotal = Math.round(groups * (options.baselineShare ?? 0.45));
  const taskTotal = Math.round(groups * (options.taskShare ?? 0.35));
  return { baselineTotal, taskTotal, roleTotal: groups - baselineTotal - taskTotal };
}

/** Whether that many groups give every environment 2 baselines and 2 tasks, and leave 3 roles. */
function enoughGroups(
  groups: number,
  environments: number,
  options: GenerateOptions | Omit<GenerateOptions, 'groups'>,
): boolean {
  const t = groupTotals(groups, options);
  return t.baselineTotal >= 2 * environments && t.taskTotal >= 2 * environments && t.roleTotal >= 3;
}

/**
 * The fewest groups (at least 30) {@link generateOrganisation} takes for these environments and shares; undefined
 * when no number up to 1,000,000 is enough (a share of 0).
 */
export function minimumGroups(options: Omit<GenerateOptions, 'groups'> = {}): number | undefined {
  const environments = options.environments ?? 3;
  for (let groups = 30; groups <= 1_000_000; groups++) if (enoughGroups(groups, environments, options)) return groups;
  return undefined;
}

/** Generates a valid synthetic organisation with exactly `options.groups` groups. */
export function generateOrganisation(options: GenerateOptions): AccessModelDefinition {
  const groups = Math.floor(options.groups);
  if (!(groups >= 30)) throw new Error(`generateOrganisation: groups must be at least 30, got ${options.groups}`);
  const rng = new Prng(options.seed ?? 1);
  const envCount = options.environments ?? 3;
  if (!Number.isInteger(envCount) || envCount < 1 || envCount > MAX_ENVIRONMENTS) {
    throw new Error(
      `generateOrganisation: environments must be a whole number from 1 to ${MAX_ENVIRONMENTS} (each has its own VPN pool 172.16.<n>.0/24), got ${envCount}`,
    );
  }
  const envs = Array.from({ length: envCount }, (_, i) => ENVIRONMENTS[i] ?? `ENV${i + 1}`);
  const { baselineTotal, taskTotal, roleTotal } = groupTotals(groups, options);
  if (!enoughGroups(groups, envCount, options)) {
    const least = minimumGroups({ ...options, environments: envCount });
    throw new Error(
      `generateOrganisation: ${groups} groups are too few for ${envCount} environments and these shares ` +
        `(each environment needs 2 baselines and 2 tasks, and there are 3 roles at least): ` +
        (least === undefined ? 'no number of groups up to 1,000,000 is enough' : `give at least ${least}`),
    );
  }
  const eligibleShare = options.eligibleShare ?? 0.6;
  const directoryShare = options.directoryRoleShare ?? 0.01;

  const leadCount = Math.max(1, Math.ceil(roleTotal * 0.02));
  const pipelineCount = Math.max(1, Math.floor(roleTotal * (options.pipelineShare ?? 0.15)));
  const humanCount = roleTotal - 1 - leadCount - pipelineCount; // 1: ROLE_SECURITY_LEADS
  const leads: RoleName[] = Array.from({ length: leadCount }, (_, i) => `ROLE_LEAD${i + 1}` as RoleName);

  const subscriptions: string[][] = envs.map(() => [rng.uuid()]);
  const customRoleName = (env: string): string => `VM Power Operator (${env})`;

  const baselines: BaselineDefinition[] = [];
  const tasks: TaskDefinition[] = [];
  const jitTasks: TaskName[] = [];
  /** Tasks people may hold standing (outside production), and pipelines (anywhere). */
  const peopleStanding: TaskName[] = [];
  const pipelineStanding: TaskName[] = [];
  const baselineCounts = spread(baselineTotal, envCount);
  const taskCounts = spread(taskTotal, envCount);

  envs.forEach((env, e) => {
    const envLower = env.toLowerCase();
    const cluster = `aks-${envLower}`;
    const aks = `/subscriptions/${subscriptions[e][0]}/resourceGroups/rg-aks-${envLower}/providers/Microsoft.ContainerService/managedClusters/${cluster}`;
    const isProtected = e === 0;
    const own: BaselineDefinition[] = [];

    // One VPN pool and a few directory-role baselines per environment, then services until the count is reached.
    const vpn = {
      environment: env,
      service: 'VPN',
      action: 'ACCESS',
      description: `VPN address from the ${env} pool`,
      grants: [Grants.vpnPool(`172.16.${e + 1}.0/24`)],
    };
    own.push(vpn);
    const directoryCount = Math.min(Math.floor(baselineCounts[e] * directoryShare), Math.floor(taskCounts[e] / 4));
    const directoryBaselines: BaselineName[] = [];
    for (let i = 1; i <= directoryCount; i++) {
      const b: BaselineDefinition = {
        environment: env,
        service: 'ENTRA',
        scope: `D${i}`,
        action: 'READER',
        grants: [Grants.directoryRole(rng.pick(DIRECTORY_ROLES))],
      };
      own.push(b);
      directoryBaselines.push(baselineName(b));
    }
    const instances: ServiceInstance[] = [];
    const counters = new Map<string, number>();
    const clusterAdmin = new Set<BaselineName>();
    for (let k = 0; own.length < baselineCounts[e]; k++) {
      const kind = KINDS[k % KINDS.length];
      if (k > 0 && k % INSTANCES_PER_SUBSCRIPTION === 0) subscriptions[e].push(rng.uuid());
      const sub = `/subscriptions/${subscriptions[e][subscriptions[e].length - 1]}`;
      const n = (counters.get(kind.code) ?? 0) + 1;
      counters.set(kind.code, n);
      const isK8s = kind.code === 'K8S';
      const resource = isK8s
        ? aks
        : `${sub}/resourceGroups/rg-${kind.code.toLowerCase()}${n}-${envLower}/providers/${kind.resourceType}/${kind.code.toLowerCase()}${n}${envLower}`;
      const service = isK8s ? 'K8S' : `${kind.code}${n}`;
      const scope = isK8s ? `NS${n}` : kind.scope;
      const instance: ServiceInstance = { key: isK8s ? `K8S_NS${n}` : service, baselines: [] };
      for (const a of kind.actions) {
        if (own.length >= baselineCounts[e]) break;
        const grants: Grant[] = [];
        if (a.role) grants.push(Grants.azureRole(a.role, resource));
        if (a.custom) grants.push(Grants.azureCustomRole(customRoleName(env), resource));
        if (a.clusterRole) {
          grants.push(Grants.azureRole('Azure Kubernetes Service Cluster User Role', aks));
          if (a.action === 'VIEWER' && n % 10 === 3)
            grants.push(Grants.rulesInNamespace(cluster, `ns-${n}`, POD_READER));
          else if (a.action === 'ADMIN' && n % 25 === 7)
            grants.push(Grants.clusterRoleClusterWide(cluster, 'cluster-admin'));
          else grants.push(Grants.clusterRoleInNamespace(cluster, `ns-${n}`, a.clusterRole));
        }
        const b: BaselineDefinition = {
          environment: env,
          service,
          ...(scope ? { scope } : {}),
          action: a.action,
          grants,
        };
        if (grants.some((g) => g.kind === 'kubernetes' && g.clusterRole === 'cluster-admin'))
          clusterAdmin.add(baselineName(b));
        own.push(b);
        instance.baselines.push(baselineName(b));
      }
      if (instance.baselines.length > 0) instances.push(instance);
    }
    baselines.push(...own);

    // Tasks: one per directory baseline (same policy, eligible only), the rest over the services.
    const directoryPolicy: JitPolicy = {
      maximumActivation: 'PT2H',
      requireTicket: true,
      approvers: [{ kind: 'role', role: leads[0] }],
    };
    const seniorPolicy: JitPolicy = {
      maximumActivation: 'PT1H',
      requireTicket: true,
      approvers: [{ kind: 'role', role: SENIOR }],
      notifyOnActivation: [SECURITY],
    };
    const names = new Set<string>();
    const addTask = (t: TaskDefinition, standingAllowed: boolean): void => {
      tasks.push(t);
      names.add(t.name);
      if (t.jit) jitTasks.push(taskName(t));
      if (standingAllowed) pipelineStanding.push(taskName(t));
      if (standingAllowed && !isProtected) peopleStanding.push(taskName(t));
    };
    directoryBaselines.forEach((b, i) =>
      addTask({ environment: env, name: `ENTRA_D${i + 1}_READ`, baselines: [b], jit: directoryPolicy }, false),
    );
    while (names.size < taskCounts[e]) {
      const j = names.size;
      const instance = rng.pick(instances);
      const label = rng.pick(TASK_LABELS);
      let name = `${instance.key}_${label}`;
      if (names.has(name)) name = `${name}_${j}`;
      const chosen = new Set<BaselineName>(rng.sample(instance.baselines, rng.int(1, 3)));
      if (rng.chance(0.3)) chosen.add(rng.pick(rng.pick(instances).baselines));
      const highPrivilege = (isProtected && label === 'ADMIN') || [...chosen].some((b) => clusterAdmin.has(b));
      const jit = highPrivilege || rng.chance(isProtected ? 0.8 : 0.4);
      if (jit && isProtected && rng.chance(0.5)) chosen.add(baselineName(vpn));
      let policy: JitPolicy | undefined;
      if (highPrivilege) policy = seniorPolicy;
      else if (jit) {
        policy = {
          maximumActivation: rng.pick(ACTIVATIONS),
          ...(isProtected
            ? { requireTicket: true, approvers: [{ kind: 'role' as const, role: rng.pick(leads) }] }
            : {}),
          ...(rng.chance(0.05) ? { authenticationContext: 'c1' } : {}),
          ...(isProtected && rng.chance(0.1) ? { notifyOnActivation: [SECURITY] } : {}),
          ...(!isProtected && rng.chance(0.2) ? { eligibilityExpiry: 'P365D' as const } : {}),
        };
      }
      addTask(
        {
          environment: env,
          name,
          baselines: [...chosen],
          ...(policy ? { jit: policy } : {}),
          ...(highPrivilege ? { highPrivilege: true } : {}),
        },
        !highPrivilege,
      );
    }
  });

  const customRoles: CustomAzureRoleDefinition[] = envs.map((env, e) => ({
    name: customRoleName(env),
    description: `Start and stop virtual machines in ${env}`,
    actions: [
      'Microsoft.Compute/virtualMachines/read',
      'Microsoft.Compute/virtualMachines/start/action',
      'Microsoft.Compute/virtualMachines/deallocate/action',
    ],
    assignableScopes: subscriptions[e].map((s) => `/subscriptions/${s}`),
  }));

  // People: most by object ID, some by UPN (looked up at plan time), each in at most 3 roles (tokens carry 200
  // groups). Approvers are people of their own.
  const people: Member[] = Array.from({ length: Math.max(10, Math.round(humanCount * 1.5)) }, (_, i) =>
    rng.chance(0.1)
      ? { kind: 'user', userPrincipalName: `user${i + 1}@contoso.example` }
      : { kind: 'user', objectId: rng.uuid() },
  );
  const available = [...people.keys()];
  const roleCount = new Map<number, number>();
  const members = (count: number): Member[] => {
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < count && available.length > 0 && tries < 4 * count; tries++) {
      const slot = rng.int(0, available.length - 1);
      const person = available[slot];
      if (chosen.has(person)) continue;
      chosen.add(person);
      const n = (roleCount.get(person) ?? 0) + 1;
      roleCount.set(person, n);
      if (n >= 3) {
        available[slot] = available[available.length - 1];
        available.pop();
      }
    }
    return [...chosen].map((i) => people[i]);
  };
  /** Roles others may inherit from: those that inherit nothing themselves (one level of inheritance). */
  const parents: RoleName[] = [];
  const humanRole = (name: string, inheritFrom: readonly RoleName[]): RoleDefinition => {
    const standing = new Set<TaskName>();
    const eligible = new Set<TaskName>();
    const links = rng.int(2, 7);
    for (let i = 0; i < links; i++) {
      // With one environment (production only) people hold nothing standing, so every link is eligible.
      const eligibleLink =
        peopleStanding.length === 0 ? true : jitTasks.length === 0 ? false : rng.chance(eligibleShare);
      if (eligibleLink && jitTasks.length > 0) eligible.add(rng.pick(jitTasks));
      else if (!eligibleLink) standing.add(rng.pick(peopleStanding));
    }
    const inherits = inheritFrom.length > 0 && rng.chance(0.2) ? [rng.pick(inheritFrom)] : [];
    return {
      name,
      ...(standing.size > 0 ? { standing: [...standing] } : {}),
      ...(eligible.size > 0 ? { eligible: [...eligible] } : {}),
      ...(inherits.length > 0 ? { inherits } : {}),
      members: members(rng.int(1, 5)),
    };
  };
  const approverRole = (name: RoleName): RoleDefinition => ({
    name: name.slice('ROLE_'.length),
    description: 'Approves just-in-time activations; holds no task',
    members: Array.from({ length: 3 }, () => ({ kind: 'user' as const, objectId: rng.uuid() })),
  });
  const roles: RoleDefinition[] = [approverRole(SENIOR), ...leads.map(approverRole)];
  for (let i = 1; i <= humanCount; i++) {
    const name = `TEAM${i}_${rng.pick(ROLE_FUNCTIONS)}`;
    const role = humanRole(name, parents);
    roles.push(role);
    if (!role.inherits) parents.push(`ROLE_${name}` as RoleName);
  }
  for (let i = 1; i <= pipelineCount; i++) {
    const member: Member = { kind: rng.chance(0.3) ? 'managedIdentity' : 'servicePrincipal', objectId: rng.uuid() };
    roles.push({ name: `CI${i}_DEPLOY`, standing: rng.sample(pipelineStanding, rng.int(1, 2)), members: [member] });
  }
  holdEveryTask(roles, tasks, new Set(peopleStanding), leadCount + 1);

  return {
    environments: envs.map((name, e) => ({ name, ...(e === 0 ? { protected: true } : {}) })),
    clusters: envs.map((env) => ({ name: `aks-${env.toLowerCase()}`, environment: env })),
    customRoles,
    baselines,
    tasks,
    roles,
    breakGlass: [{ objectId: rng.uuid() }, { objectId: rng.uuid() }],
    vpn: { defaultAddressPrefixes: ['172.16.0.0/24'], defaultGroupObjectId: rng.uuid() },
  };
}

/**
 * Gives every task no role holds to a role (the rule pack warns about unused tasks): a just-in-time task as
 * eligible to a role of people, a standing-only task as standing to a role of people when people may hold it
 * standing, else to a pipeline. Roles from `firstHolder` on hold tasks (the ones before approve only).
 */
function holdEveryTask(
  roles: RoleDefinition[],
  tasks: readonly TaskDefinition[],
  peopleStanding: ReadonlySet<TaskName>,
  firstHolder: number,
): void {
  const held = new Set(roles.flatMap((r) => [...(r.standing ?? []), ...(r.eligible ?? [])]));
  const people = roles.map((_, i) => i).filter((i) => i >= firstHolder && !roles[i].name.startsWith('CI'));
  const pipelines = roles.map((_, i) => i).filter((i) => roles[i].name.startsWith('CI'));
  let nextPerson = 0;
  let nextPipeline = 0;
  for (const t of tasks) {
    const name = taskName(t);
    if (held.has(name)) continue;
    const field = t.jit ? 'eligible' : 'standing';
    const i =
      t.jit || peopleStanding.has(name)
        ? people[nextPerson++ % people.length]
        : pipelines[nextPipeline++ % pipelines.length];
    roles[i] = { ...roles[i], [field]: [...(roles[i][field] ?? []), name] };
  }
}

/** Number of BASE_, TASK_ and ROLE_ groups of a definition. */
export function groupCount(definition: AccessModelDefinition): number {
  return definition.baselines.length + definition.tasks.length + definition.roles.length;
}
