/**
 * `who-can` refuses names nothing knows, so a misspelled question can't answer "nobody" and pass a CI check: an
 * Azure operation no built-in role of the catalog and no custom role of the model names literally, a Kubernetes
 * resource no built-in ClusterRole and no custom rule of the model names, a verb Kubernetes doesn't have. Each is an
 * {@link AccessQueryError} (exit 2) with the nearest known name; `--allow-unknown` asks the question anyway (an
 * operation named only through a wildcard, a custom resource).
 */
import { azureBuiltInRoles } from '../catalog/azure-roles';
import { findKubernetesClusterRole, kubernetesClusterRoleNames } from '../catalog/kubernetes-roles';
import type { ResolvedModel } from '../model/resolved';
import { nearest } from '../model/suggest';
import { parseKubernetesResource } from './who-can';
import { AccessQueryError } from './query-error';

/**
 * The verbs of Kubernetes RBAC: the API's request verbs and the special verbs authorizers check
 * (https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb).
 */
const KUBERNETES_VERBS = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'use',
  'bind',
  'escalate',
  'impersonate',
  'approve',
  'sign',
  'proxy',
  '*',
];

/** How the refusals name the question's fields and the way to ask anyway (the command line: its flags). */
export interface KnownNameLabels {
  /** Before each message, e.g. `who-can: `. */
  readonly prefix: string;
  /** The Azure operation field. */
  readonly operation: string;
  /** The Kubernetes verb field. */
  readonly verb: string;
  /** The Kubernetes resource field. */
  readonly resource: string;
  /** How to ask anyway, e.g. `--allow-unknown`. */
  readonly allowUnknown: string;
}

/** The command line's labels: its flags. */
export const KNOWN_NAME_FLAGS: KnownNameLabels = {
  prefix: 'who-can: ',
  operation: '--azure-action',
  verb: '--k8s-verb',
  resource: '--k8s-resource',
  allowUnknown: '--allow-unknown',
};

let builtInOperations: Map<string, string> | undefined;

/** Every operation a built-in role names literally (no `*`), lower case -> as written. */
function catalogOperations(): Map<string, string> {
  if (!builtInOperations) {
    builtInOperations = new Map();
    for (const role of azureBuiltInRoles())
      for (const p of role.permissions)
        for (const op of [...p.actions, ...p.notActions, ...p.dataActions, ...p.notDataActions])
          if (!op.includes('*')) builtInOperations.set(op.toLowerCase(), op);
  }
  return builtInOperations;
}

/** Refuses an Azure operation that no built-in role and no custom role of the model names literally. */
export function checkKnownOperation(
  model: ResolvedModel,
  operation: string,
  labels: KnownNameLabels = KNOWN_NAME_FLAGS,
): void {
  const known = new Map(catalogOperations());
  for (const c of model.customRoles)
    for (const op of [...c.actions, ...(c.notActions ?? []), ...(c.dataActions ?? []), ...(c.notDataActions ?? [])])
      if (!op.includes('*')) known.set(op.toLowerCase(), op);
  if (known.has(operation.toLowerCase())) return;
  const hint = nearest(operation, known.values());
  throw new AccessQueryError(
    `${labels.prefix}${labels.operation} "${operation}" is named by no built-in role of the catalog and no custom role of the definition, so nobody could be found for it.` +
      (hint ? ` Did you mean "${hint}"?` : '') +
      ` Check the spelling (operations are listed at https://learn.microsoft.com/azure/role-based-access-control/permissions/), or pass ${labels.allowUnknown} to ask about an operation roles grant only through a wildcard.`,
  );
}

let builtInResources: Set<string> | undefined;

/** Refuses a Kubernetes resource no built-in ClusterRole and no custom rule names, and a verb Kubernetes lacks. */
export function checkKnownKubernetesRequest(
  model: ResolvedModel,
  verb: string,
  resource: string | undefined,
  labels: KnownNameLabels = KNOWN_NAME_FLAGS,
): void {
  if (!KUBERNETES_VERBS.includes(verb)) {
    const hint = nearest(verb, KUBERNETES_VERBS);
    throw new AccessQueryError(
      `${labels.prefix}${labels.verb} "${verb}" is not a Kubernetes verb.` +
        (hint ? ` Did you mean "${hint}"?` : '') +
        ` Verbs: ${KUBERNETES_VERBS.filter((v) => v !== '*').join(', ')}; ${labels.allowUnknown} asks anyway.`,
    );
  }
  if (resource === undefined) return;
  if (!builtInResources) {
    builtInResources = new Set();
    for (const name of kubernetesClusterRoleNames())
      for (const rule of findKubernetesClusterRole(name)?.rules ?? [])
        for (const r of rule.resources) builtInResources.add(r);
  }
  const known = new Set(builtInResources);
  for (const b of model.baselines)
    for (const g of b.grants)
      if (g.kind === 'kubernetes') for (const rule of g.rules) for (const r of rule.resources) known.add(r);
  const wanted = parseKubernetesResource(resource).resource;
  const base = wanted.split('/')[0] as string;
  if (known.has(wanted) || known.has(base)) return;
  const hint = nearest(
    wanted,
    [...known].filter((r) => !r.includes('*')),
  );
  throw new AccessQueryError(
    `${labels.prefix}${labels.resource} "${resource}" is named by no built-in ClusterRole and no custom rule of the definition.` +
      (hint ? ` Did you mean "${hint}"?` : '') +
      ` Resources are plural and lower case (secrets, pods/log, deployments.apps); pass ${labels.allowUnknown} for a custom resource.`,
  );
}
