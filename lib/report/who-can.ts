/**
 * `who-can`: which roles and principals can do something, standing or just in time, and through which path.
 * Questions: an Azure operation (control-plane action or data action) at a scope, an Azure role at a scope, a
 * Kubernetes request on a named cluster, an Entra directory role. Offline, from the resolved model and the
 * shipped catalogs; see azure-actions.ts and kubernetes-rules.ts for the evaluation rules.
 */
import { azureBuiltInRoles } from '../catalog/azure-roles';
import { directoryRoles, GLOBAL_ADMINISTRATOR_TEMPLATE_ID } from '../catalog/directory-roles';
import { findKubernetesClusterRole, kubernetesClusterRoleNames } from '../catalog/kubernetes-roles';
import { isAzureScope } from '../model/formats';
import type { BreakGlassAccount } from '../model/definition';
import type { ResolvedGrant, ResolvedJitPolicy, ResolvedModel } from '../model/resolved';
import { nearest } from '../model/suggest';
import { accessMatrix, type AccessMode, type AccessPath, type SubjectAccess } from './access-matrix';
import {
  catalogOperations,
  decidePlane,
  nearestCatalogOperation,
  permissionsAllow,
  permissionsOfGrant,
  scopeRelation,
  type AzurePlane,
  type PlaneDecision,
} from './azure-actions';
import { describeRule, grantAllows, type KubernetesRequest } from './kubernetes-rules';
import { AccessQueryError } from './query-error';
import { QUESTION_FIELD_NAMES, type WhoCanFieldNames } from './who-can-fields';

/** Can anyone perform an Azure operation (at a scope, or anywhere)? */
export interface AzureActionQuestion {
  /** Discriminant. */
  readonly kind: 'azureAction';
  /** The operation, e.g. `Microsoft.KeyVault/vaults/secrets/setSecret/action`. No wildcards. */
  readonly operation: string;
  /** Control plane (Actions) or data plane (DataActions). @default - decided from the catalog, else control */
  readonly plane?: AzurePlane;
  /** The resource, resource group, subscription or management group acted on. @default - any scope */
  readonly scope?: string;
}

/** Who holds an Azure role (built-in by name or ID, custom by name) at a scope or above it, or anywhere? */
export interface AzureRoleQuestion {
  /** Discriminant. */
  readonly kind: 'azureRole';
  /** Built-in role name or role definition ID, or a custom role's name (case-insensitive). */
  readonly role: string;
  /** @default - any scope */
  readonly scope?: string;
}

/** Can anyone make a Kubernetes request on a cluster? */
export interface KubernetesQuestion {
  /** Discriminant. */
  readonly kind: 'kubernetes';
  /** The request. */
  readonly request: KubernetesRequest;
}

/** Who holds an Entra directory role (break-glass accounts included for Global Administrator)? */
export interface DirectoryRoleQuestion {
  /** Discriminant. */
  readonly kind: 'directoryRole';
  /** Display name or template ID (case-insensitive). */
  readonly role: string;
}

/** A question to `who-can`. */
export type WhoCanQuestion = AzureActionQuestion | AzureRoleQuestion | KubernetesQuestion | DirectoryRoleQuestion;

/** One path by which a holder can: role (and inheritance) -> task -> baseline -> grant, and why the grant counts. */
export interface WhoCanPath extends AccessPath {
  /** The baseline holding the grant. */
  readonly baseline: string;
  /** Position of the grant in the baseline's grants. */
  readonly grantIndex: number;
  /** The grant that answers the question. */
  readonly grant: ResolvedGrant;
  /** Why the grant answers the question, e.g. the Azure pattern that matched and the scope relation. */
  readonly because: string;
  /** What the answer depends on that the definition doesn't settle (an ABAC condition, a management group). */
  readonly conditions: readonly string[];
  /** The task's PIM policy, on a just-in-time path. */
  readonly policy?: ResolvedJitPolicy;
}

/** A role or principal that can, with every path. */
export interface WhoCanHolder {
  /** A role, or a member of roles. */
  readonly kind: 'role' | 'principal';
  /** Role name, or principal label. */
  readonly name: string;
  /** Principal key (object ID or UPN). */
  readonly key?: string;
  /** Principal member kind (user, group, servicePrincipal, managedIdentity). */
  readonly memberKind?: string;
  /** `standing` when any path is standing. */
  readonly mode: AccessMode;
  /** True when every path depends on a condition the definition doesn't settle. */
  readonly conditional: boolean;
  /** Every path by which it can, sorted. */
  readonly paths: readonly WhoCanPath[];
}

/** The answer. */
export interface WhoCanAnswer {
  /** The question in words. */
  readonly question: string;
  /** The question as evaluated (Azure: with the plane used). */
  readonly query: WhoCanQuestion & {
    /** For an Azure operation: how the plane was decided. */
    readonly planeSource?: PlaneDecision['source'];
  };
  /** Roles that can, sorted by name. */
  readonly roles: readonly WhoCanHolder[];
  /** Members of those roles, sorted by key. */
  readonly principals: readonly WhoCanHolder[];
  /** Break-glass accounts (only for the Global Administrator directory role): active, permanent. */
  readonly breakGlass: readonly BreakGlassAccount[];
  /** Remarks on how the question was read. */
  readonly notes: readonly string[];
}

type Matcher = (grant: ResolvedGrant) => { because: string; conditions: string[] } | undefined;

/**
 * Answers a `who-can` question. Throws {@link AccessQueryError} for an unknown name or a malformed value, naming
 * the question's field (`cluster "aks-prd"`).
 */
export function whoCan(model: ResolvedModel, question: WhoCanQuestion): WhoCanAnswer {
  return answerWhoCan(model, question, QUESTION_FIELD_NAMES);
}

/** {@link whoCan}, with errors and notes naming the fields as `names` says (the command line: its flags). */
export function answerWhoCan(model: ResolvedModel, question: WhoCanQuestion, names: WhoCanFieldNames): WhoCanAnswer {
  const notes: string[] = [];
  let matcher: Matcher;
  let text: string;
  let query: WhoCanAnswer['query'] = question;
  let breakGlass: BreakGlassAccount[] = [];
  switch (question.kind) {
    case 'azureAction': {
      const op = checkOperation(question.operation, names);
      const scope = question.scope === undefined ? undefined : checkScope(question.scope, names);
      const decision = decidePlane(op, question.plane);
      query = {
        ...question,
        operation: op,
        plane: decision.plane,
        planeSource: decision.source,
        ...(scope !== undefined ? { scope } : {}),
      };
      const kindText = decision.plane === 'data' ? 'data action' : 'action';
      text = `who can perform ${kindText} ${op} ${scope === undefined ? 'at any scope' : `at ${scope}`}?`;
      notes.push(...operationNotes(op, decision, names));
      matcher = (g) => {
        if (g.kind !== 'azureRole' && g.kind !== 'azureCustomRole') return undefined;
        const rel = scope === undefined ? 'same' : scopeRelation(g.scope, scope);
        if (rel === 'unrelated') return undefined;
        const m = permissionsAllow(permissionsOfGrant(g, model), op, decision.plane);
        if (!m) return undefined;
        const conditions = [
          ...scopeConditions(rel, g.scope, scope),
          ...(m.condition ? [`the role's ABAC condition holds: ${m.condition}`] : []),
        ];
        return { because: `${kindText} matches "${m.pattern}" of ${g.roleName}${scopeWords(rel, scope)}`, conditions };
      };
      break;
    }
    case 'azureRole': {
      const scope = question.scope === undefined ? undefined : checkScope(question.scope, names);
      const target = resolveAzureRole(model, question.role, names);
      query = { ...question, role: target.name, ...(scope !== undefined ? { scope } : {}) };
      text = `who holds Azure role ${target.name} ${scope === undefined ? 'at any scope' : `at ${scope} or above it`}?`;
      matcher = (g) => {
        const same =
          (g.kind === 'azureRole' &&
            target.builtInId !== undefined &&
            g.roleDefinitionId.toLowerCase() === target.builtInId) ||
          (g.kind === 'azureCustomRole' && target.builtInId === undefined && g.roleName === target.name);
        if (!same || (g.kind !== 'azureRole' && g.kind !== 'azureCustomRole')) return undefined;
        const rel = scope === undefined ? 'same' : scopeRelation(g.scope, scope);
        if (rel === 'unrelated') return undefined;
        return {
          because: `holds ${g.roleName}${scopeWords(rel, scope)}`,
          conditions: scopeConditions(rel, g.scope, scope),
        };
      };
      break;
    }
    case 'kubernetes': {
      const checked = checkKubernetesRequest(model, question.request, names);
      const group =
        checked.resource !== undefined && checked.apiGroup === undefined ? knownApiGroup(checked.resource) : undefined;
      const req: KubernetesRequest = group !== undefined ? { ...checked, apiGroup: group } : checked;
      query = { kind: 'kubernetes', request: req };
      text = `who can ${describeRequest(req)}?`;
      if (group !== undefined) {
        notes.push(
          `no API group given: read as the ${group === '' ? 'core API group' : `API group ${group}`}, the only one the built-in ClusterRoles list ${req.resource} under (write resource.group for another)`,
        );
      } else if (req.resource !== undefined && req.apiGroup === undefined) {
        notes.push(
          'no API group given: a rule of any API group naming the resource counts (write resource.group, e.g. deployments.apps, to narrow it)',
        );
      }
      matcher = (g) => {
        if (g.kind !== 'kubernetes') return undefined;
        const rule = grantAllows(g, req);
        if (!rule) return undefined;
        const binding =
          g.namespace === null
            ? `ClusterRoleBinding (cluster-wide) on ${g.cluster}`
            : `RoleBinding in namespace ${g.namespace} on ${g.cluster}`;
        const role = g.clusterRole !== undefined ? `ClusterRole ${g.clusterRole}` : 'custom rules';
        return { because: `${role} rule "${describeRule(rule)}" through a ${binding}`, conditions: [] };
      };
      break;
    }
    case 'directoryRole': {
      const role = resolveDirectoryRole(question.role, names);
      query = { kind: 'directoryRole', role: role.name };
      text = `who holds Entra directory role ${role.name}?`;
      if (role.templateId === GLOBAL_ADMINISTRATOR_TEMPLATE_ID) breakGlass = [...model.breakGlass];
      matcher = (g) =>
        g.kind === 'directoryRole' && g.templateId === role.templateId
          ? { because: `directory role ${g.roleName} assigned to the baseline group`, conditions: [] }
          : undefined;
      break;
    }
  }

  const matrix = accessMatrix(model);
  const policies = new Map(model.tasks.flatMap((t) => (t.jit ? [[t.name, t.jit] as const] : [])));
  const roles = matrix.roles.map((r) => holder({ kind: 'role', name: r.name }, r, matcher, policies)).filter(isDefined);
  const principals = matrix.principals
    .map((p) =>
      holder({ kind: 'principal', name: p.label, key: p.key, memberKind: p.memberKind }, p, matcher, policies),
    )
    .filter(isDefined);
  return { question: text, query, roles, principals, breakGlass, notes };
}

const isDefined = <T>(x: T | undefined): x is T => x !== undefined;

function holder(
  id: Pick<WhoCanHolder, 'kind' | 'name' | 'key' | 'memberKind'>,
  access: SubjectAccess,
  matcher: Matcher,
  policies: ReadonlyMap<string, ResolvedJitPolicy>,
): WhoCanHolder | undefined {
  const paths: WhoCanPath[] = [];
  for (const entry of access.grants) {
    const m = matcher(entry.grant);
    if (!m) continue;
    for (const p of entry.paths) {
      const policy = p.mode === 'eligible' ? policies.get(p.task) : undefined;
      paths.push({
        ...p,
        baseline: entry.baseline,
        grantIndex: entry.index,
        grant: entry.grant,
        because: m.because,
        conditions: m.conditions,
        ...(policy ? { policy } : {}),
      });
    }
  }
  if (paths.length === 0) return undefined;
  const unconditional = paths.filter((p) => p.conditions.length === 0);
  const decisive = unconditional.length > 0 ? unconditional : paths;
  return {
    kind: id.kind,
    name: id.name,
    ...(id.key !== undefined ? { key: id.key } : {}),
    ...(id.memberKind !== undefined ? { memberKind: id.memberKind } : {}),
    mode: decisive.some((p) => p.mode === 'standing') ? 'standing' : 'eligible',
    conditional: unconditional.length === 0,
    paths,
  };
}

function scopeWords(rel: ReturnType<typeof scopeRelation>, target: string | undefined): string {
  if (target === undefined) return '';
  if (rel === 'same') return ', assigned at the scope asked about';
  if (rel === 'parent') return ', assigned at a parent scope (it applies to everything below)';
  return ', assigned at a management group';
}

function scopeConditions(
  rel: ReturnType<typeof scopeRelation>,
  assigned: string,
  target: string | undefined,
): string[] {
  if (rel !== 'management-group' || target === undefined) return [];
  const sub = /^\/subscriptions\/[^/]+/i.exec(target)?.[0] ?? target;
  return [`${sub} is under management group ${assigned.split('/').pop()} (the definition doesn't say)`];
}

function checkScope(scope: string, names: WhoCanFieldNames): string {
  const s = scope.trim().replace(/\/+$/, '');
  if (!isAzureScope(s)) {
    throw new AccessQueryError(
      `${names.scope} "${scope}" is not an Azure scope; give a management group, subscription, resource group or resource ID, ` +
        'e.g. /subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>',
    );
  }
  return s;
}

function checkOperation(operation: string, names: WhoCanFieldNames): string {
  const op = operation.trim();
  if (op.includes('*')) {
    throw new AccessQueryError(
      `${names.operation} "${operation}" contains a wildcard; ask about one concrete operation, e.g. Microsoft.KeyVault/vaults/secrets/setSecret/action`,
    );
  }
  if (!/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\/\S+$/.test(op)) {
    throw new AccessQueryError(
      `${names.operation} "${operation}" is not an Azure operation; write <Provider.Namespace>/<resource type>/<action>, ` +
        'e.g. Microsoft.ContainerRegistry/registries/push/write',
    );
  }
  return op;
}

function operationNotes(op: string, decision: PlaneDecision, names: WhoCanFieldNames): string[] {
  const notes: string[] = [];
  const ops = catalogOperations();
  const lower = op.toLowerCase();
  if (!ops.control.has(lower) && !ops.data.has(lower)) {
    const hint = nearestCatalogOperation(op);
    notes.push(
      `no built-in role lists ${op} by name (only wildcards can match it); check the spelling${hint ? `: did you mean ${hint}?` : ''}`,
    );
  }
  if (decision.source === 'default') {
    notes.push(
      `the catalog doesn't settle whether ${op} is an action or a data action; evaluated as a control-plane action (pass ${names.plane} data for the data plane)`,
    );
  }
  return notes;
}

function resolveAzureRole(
  model: ResolvedModel,
  role: string,
  names: WhoCanFieldNames,
): { name: string; builtInId?: string } {
  const wanted = role.trim();
  const w = wanted.toLowerCase();
  const custom = model.customRoles.find((c) => c.name.toLowerCase() === w);
  if (custom) return { name: custom.name };
  const builtIn = azureBuiltInRoles().find((r) => r.name.toLowerCase() === w || r.id.toLowerCase() === w);
  if (builtIn) return { name: builtIn.name, builtInId: builtIn.id.toLowerCase() };
  const hint = nearest(wanted, [...model.customRoles.map((c) => c.name), ...azureBuiltInRoles().map((r) => r.name)]);
  throw new AccessQueryError(
    `${names.azureRole} "${role}" is neither a built-in role in the catalog nor a custom role of the definition.` +
      (hint ? ` Did you mean "${hint}"?` : '') +
      ' Give the exact role name (e.g. AcrPush) or its role definition ID.',
  );
}

function resolveDirectoryRole(role: string, names: WhoCanFieldNames): { name: string; templateId: string } {
  const w = role.trim().toLowerCase();
  const found = directoryRoles().find((r) => r.name.toLowerCase() === w || r.templateId.toLowerCase() === w);
  if (found) return { name: found.name, templateId: found.templateId };
  const hint = nearest(
    role.trim(),
    directoryRoles().map((r) => r.name),
  );
  throw new AccessQueryError(
    `${names.directoryRole} "${role}" is not an Entra directory role in the catalog.` +
      (hint ? ` Did you mean "${hint}"?` : '') +
      ' Give the role display name (e.g. Global Reader) or its template ID.',
  );
}

let resourceGroups: Map<string, Set<string>> | undefined;

/**
 * The API group of a resource when the built-in ClusterRoles list it under exactly one group (`secrets` -> core
 * `""`, `deployments` -> `apps`), else undefined. Subresources follow their resource.
 */
export function knownApiGroup(resource: string): string | undefined {
  if (!resourceGroups) {
    resourceGroups = new Map();
    for (const name of kubernetesClusterRoleNames()) {
      for (const rule of findKubernetesClusterRole(name)?.rules ?? []) {
        for (const r of rule.resources) {
          const base = r.split('/')[0];
          if (base === '*') continue;
          for (const g of rule.apiGroups)
            if (g !== '*') resourceGroups.set(base, (resourceGroups.get(base) ?? new Set()).add(g));
        }
      }
    }
  }
  const groups = resourceGroups.get(resource.split('/')[0]);
  return groups && groups.size === 1 ? [...groups][0] : undefined;
}

/** A resource name split into resource (with subresource) and API group. */
export interface KubernetesResourceName {
  /** `deployments`, `pods/log`. */
  readonly resource: string;
  /** `apps`; absent when the text named none. */
  readonly apiGroup?: string;
}

/** Splits kubectl's `resource.group` form (`deployments.apps`) into resource and API group. */
export function parseKubernetesResource(text: string): KubernetesResourceName {
  const slash = text.indexOf('/');
  const head = slash >= 0 ? text.slice(0, slash) : text;
  const tail = slash >= 0 ? text.slice(slash) : '';
  const dot = head.indexOf('.');
  if (dot < 0) return { resource: text };
  return { resource: head.slice(0, dot) + tail, apiGroup: head.slice(dot + 1) };
}

function checkKubernetesRequest(
  model: ResolvedModel,
  req: KubernetesRequest,
  names: WhoCanFieldNames,
): KubernetesRequest {
  const clusters = model.clusters.map((c) => c.name);
  if (!clusters.includes(req.cluster)) {
    const hint = nearest(req.cluster, clusters);
    throw new AccessQueryError(
      `${names.cluster} "${req.cluster}" is not a cluster of the definition.` +
        (hint ? ` Did you mean "${hint}"?` : '') +
        ` Declared clusters: ${clusters.join(', ') || 'none'}.`,
    );
  }
  if (req.verb.trim() === '')
    throw new AccessQueryError(`${names.verb} is empty; give a verb such as get, list, create or delete`);
  if ((req.resource === undefined) === (req.nonResourceUrl === undefined)) {
    throw new AccessQueryError(
      `give exactly one of ${names.resource} (e.g. secrets, pods/log, deployments.apps) and ${names.nonResourceUrl} (e.g. /healthz)`,
    );
  }
  if (req.nonResourceUrl !== undefined) {
    if (!req.nonResourceUrl.startsWith('/'))
      throw new AccessQueryError(`${names.nonResourceUrl} "${req.nonResourceUrl}" must start with "/", e.g. /healthz`);
    if (req.namespace !== undefined)
      throw new AccessQueryError(`${names.nonResourceUrl} is not namespaced; leave out ${names.namespace}`);
    return { cluster: req.cluster, verb: req.verb, nonResourceUrl: req.nonResourceUrl };
  }
  const parsed = parseKubernetesResource(req.resource as string);
  if (parsed.apiGroup !== undefined && req.apiGroup !== undefined && parsed.apiGroup !== req.apiGroup) {
    throw new AccessQueryError(
      `${names.resource} "${req.resource}" names API group "${parsed.apiGroup}" but ${names.apiGroup} is "${req.apiGroup}"; give one`,
    );
  }
  const apiGroup = req.apiGroup ?? parsed.apiGroup;
  return {
    cluster: req.cluster,
    verb: req.verb,
    ...(req.namespace !== undefined ? { namespace: req.namespace } : {}),
    resource: parsed.resource,
    ...(apiGroup !== undefined ? { apiGroup } : {}),
    ...(req.resourceName !== undefined ? { resourceName: req.resourceName } : {}),
  };
}

function describeRequest(req: KubernetesRequest): string {
  if (req.nonResourceUrl !== undefined) return `${req.verb} ${req.nonResourceUrl} on cluster ${req.cluster}`;
  const group =
    req.apiGroup === undefined ? '' : req.apiGroup === '' ? ' (core API group)' : ` (API group ${req.apiGroup})`;
  const name = req.resourceName !== undefined ? ` named ${req.resourceName}` : '';
  const where = req.namespace !== undefined ? `in namespace ${req.namespace}` : 'cluster-wide';
  return `${req.verb} ${req.resource}${group}${name} ${where} on cluster ${req.cluster}`;
}
