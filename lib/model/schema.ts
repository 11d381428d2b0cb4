/**
 * The shape of a definition as a schema (zod), so JavaScript callers and JSON files that pass wrong types
 * get every structural problem at once, with its path, before the semantic rules run.
 */
import { z } from 'zod';
import type { Problem } from './problem';

const text = z.string().max(1024);
const name = z.string().max(256);
const list = <T extends z.ZodType>(t: T) => z.array(t).max(100_000);

const kubernetesRule = z.strictObject({
  apiGroups: list(name),
  resources: list(name),
  verbs: list(name),
  resourceNames: list(name).optional(),
  nonResourceUrls: list(name).optional(),
});

const grant = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('azureRole'), role: name, scope: text }),
  z.strictObject({ kind: z.literal('azureCustomRole'), customRole: name, scope: text }),
  z.strictObject({ kind: z.literal('directoryRole'), role: name }),
  z.strictObject({
    kind: z.literal('kubernetes'),
    cluster: name,
    namespace: name.optional(),
    clusterWide: z.boolean().optional(),
    clusterRole: name.optional(),
    rules: list(kubernetesRule).optional(),
  }),
  z.strictObject({ kind: z.literal('vpnPool'), addressPrefixes: list(name) }),
]);

const approver = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['user', 'group']), objectId: name, displayName: text.optional() }),
  z.strictObject({ kind: z.literal('role'), role: name }),
]);

const jit = z.strictObject({
  maximumActivation: name.optional(),
  requireJustification: z.boolean().optional(),
  requireTicket: z.boolean().optional(),
  approvers: list(approver).optional(),
  requireMfa: z.boolean().optional(),
  authenticationContext: name.optional(),
  notifyOnActivation: list(name).optional(),
  eligibilityExpiry: z.enum(['P15D', 'P30D', 'P90D', 'P180D', 'P365D', 'never']).optional(),
});

/** `from`/`until` of time-bound access (ISO 8601 strings; their format is a semantic rule, `time-bound`). */
const bounds = { from: name.optional(), until: name.optional() };

const member = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('user'),
    objectId: name.optional(),
    userPrincipalName: name.optional(),
    displayName: text.optional(),
    ...bounds,
  }),
  z.strictObject({
    kind: z.enum(['group', 'servicePrincipal', 'managedIdentity']),
    objectId: name,
    displayName: text.optional(),
    ...bounds,
  }),
  z.strictObject({ kind: z.literal('application'), application: name, displayName: text.optional(), ...bounds }),
]);

/** A role's `standing`/`eligible` entry: a task name, or `{ task, from?, until? }`. */
const heldTask = z.union([name, z.strictObject({ task: name, ...bounds })]);

const credentialCommon = { name: name.optional(), description: text.optional() };
const federatedCredential = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('githubActions'),
    repository: name,
    environment: name.optional(),
    branch: name.optional(),
    pullRequest: z.literal(true).optional(),
    ...credentialCommon,
  }),
  z.strictObject({
    kind: z.literal('azureDevOps'),
    organization: name,
    organizationId: name,
    project: name,
    serviceConnection: name,
    ...credentialCommon,
  }),
  z.strictObject({
    kind: z.literal('kubernetesServiceAccount'),
    issuer: text,
    namespace: name,
    serviceAccount: name,
    ...credentialCommon,
  }),
]);

/** `exceptions` (security-settings.ts). */
const exceptions = z.strictObject({
  approvers: list(approver),
  notify: list(name),
  authenticationContext: name.optional(),
  conditionalAccess: z
    .strictObject({
      users: z.enum(['all', 'eligible-roles']).optional(),
      authenticationStrengthPolicyId: name.optional(),
      state: z.enum(['enabled', 'enabledForReportingButNotEnforced', 'disabled']).optional(),
    })
    .optional(),
});

/** `monitoring` (security-settings.ts). */
const monitoring = z.strictObject({
  workspaceId: text,
  location: name,
  resourceGroupName: name.optional(),
  actionGroup: z.strictObject({
    emails: list(name).optional(),
    existingId: text.optional(),
    shortName: name.optional(),
  }),
  diagnosticSetting: z.boolean().optional(),
  savedSearches: z.boolean().optional(),
  alertFrequency: z.enum(['PT5M', 'PT10M', 'PT15M', 'PT30M', 'PT1H']).optional(),
  namePrefix: name.optional(),
});

/**
 * Zod schema of {@link AccessModelDefinition}.
 * @internal Its type is zod's, not part of the API: check a definition with {@link shapeProblems} or
 * `validateDefinition`.
 */
export const definitionSchema = z.strictObject({
  environments: list(
    z.strictObject({
      name,
      protected: z.boolean().optional(),
      description: text.optional(),
      azureScopes: list(text).optional(),
    }),
  ),
  clusters: list(z.strictObject({ name, environment: name, description: text.optional() })).optional(),
  customRoles: list(
    z.strictObject({
      name,
      description: text.optional(),
      actions: list(text),
      notActions: list(text).optional(),
      dataActions: list(text).optional(),
      notDataActions: list(text).optional(),
      assignableScopes: list(text),
    }),
  ).optional(),
  baselines: list(
    z.strictObject({
      environment: name,
      service: name,
      scope: name.optional(),
      action: name,
      description: text.optional(),
      roleAssignable: z.boolean().optional(),
      grants: list(grant),
    }),
  ),
  tasks: list(
    z.strictObject({
      environment: name,
      name,
      description: text.optional(),
      baselines: list(name),
      jit: jit.optional(),
      highPrivilege: z.boolean().optional(),
      access: z.enum(['routine', 'sensitive']).optional(),
      writes: z.boolean().optional(),
      owner: text.optional(),
    }),
  ),
  roles: list(
    z.strictObject({
      name,
      description: text.optional(),
      standing: list(heldTask).optional(),
      eligible: list(heldTask).optional(),
      inherits: list(name).optional(),
      members: list(member).optional(),
      owner: text.optional(),
    }),
  ),
  breakGlass: list(
    z.strictObject({
      objectId: name,
      displayName: text.optional(),
      // A Graph unifiedRoleAssignment ID: base64url characters (e.g. `ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1`).
      globalAdministratorAssignmentId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,200}$/, 'a role assignment ID: letters, digits, - and _')
        .optional(),
    }),
  ).optional(),
  applications: list(
    z.strictObject({ name, description: text.optional(), federatedCredentials: list(federatedCredential) }),
  ).optional(),
  vpn: z.strictObject({ defaultAddressPrefixes: list(name), defaultGroupObjectId: name }).optional(),
  settings: z
    .strictObject({
      defaultMaximumActivation: name.optional(),
      groupOwners: list(name).optional(),
      deployingIdentityObjectId: name.optional(),
    })
    .optional(),
  exceptions: exceptions.optional(),
  monitoring: monitoring.optional(),
  existing: z
    .strictObject({
      groups: z.record(name, name).optional(),
      resources: z.record(text, text).optional(),
    })
    .optional(),
});

const NAME_KEYS: Record<string, (e: Record<string, unknown>) => string | undefined> = {
  baselines: (e) =>
    typeof e.environment === 'string' && typeof e.service === 'string' && typeof e.action === 'string'
      ? `BASE_${e.environment}_${e.service}${typeof e.scope === 'string' && e.scope ? `_${e.scope}` : ''}_${e.action}`
      : undefined,
  tasks: (e) =>
    typeof e.environment === 'string' && typeof e.name === 'string' ? `TASK_${e.environment}_${e.name}` : undefined,
  roles: (e) => (typeof e.name === 'string' ? `ROLE_${e.name}` : undefined),
  environments: (e) => (typeof e.name === 'string' ? e.name : undefined),
  clusters: (e) => (typeof e.name === 'string' ? e.name : undefined),
  applications: (e) => (typeof e.name === 'string' ? e.name : undefined),
};

/** Formats a zod issue path, naming top-level elements by their layer name when it can be read. */
function formatPath(input: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = input;
  path.forEach((key, i) => {
    const parent = node;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const top = i === 1 ? String(path[0]) : undefined;
      const named =
        top && NAME_KEYS[top] && node && typeof node === 'object'
          ? NAME_KEYS[top](node as Record<string, unknown>)
          : undefined;
      out += named ? `.${named}` : `[${key}]`;
    } else {
      out += out ? `.${String(key)}` : String(key);
    }
    void parent;
  });
  return out || '(definition)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Where a structural problem is, and for unknown properties which ones (what repairing the shape needs). */
export interface ShapeIssue {
  /** Path of the problem from the definition's root (property names and list indexes). */
  readonly path: readonly PropertyKey[];
  /** For unknown properties: their names, on the object at `path`. */
  readonly unknownKeys?: readonly string[];
}

/** The structural problems of a definition as paths, all at once; none when its shape is right. */
export function shapeIssues(input: unknown): ShapeIssue[] {
  const result = definitionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path,
    ...(issue.code === 'unrecognized_keys' ? { unknownKeys: (issue as { keys: string[] }).keys } : {}),
  }));
}

/** The name of a top-level element (`BASE_...`, `TASK_...`, `ROLE_...`, an environment's name), when it can be read. */
export function topLevelElementName(list: string, element: unknown): string | undefined {
  return NAME_KEYS[list] && element !== null && typeof element === 'object'
    ? NAME_KEYS[list](element as Record<string, unknown>)
    : undefined;
}

/** Structural problems of a definition (wrong types, unknown or missing properties), all at once. */
export function shapeProblems(input: unknown): Problem[] {
  const result = definitionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const value = valueAt(input, issue.path);
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : undefined;
    return {
      path: formatPath(input, issue.path),
      rule: 'shape',
      message: keys
        ? `unknown propert${keys.length === 1 ? 'y' : 'ies'} ${keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message,
      value: keys ? undefined : value,
      fix: keys
        ? 'remove it, or check its spelling against the definition types (AccessModelDefinition)'
        : 'give the value the type the definition types (AccessModelDefinition) require',
    };
  });
}
