/**
 * access-model.json: the machine-readable resolved access model, versioned (see access-model-schema.ts), and
 * its reading back for `task-access --model`. Deterministic: the same definition gives the same bytes.
 */
import { AZURE_ROLES_SOURCE, findAzureBuiltInRole } from '../catalog/azure-roles';
import k8sCatalog from '../catalog/data/k8s-aggregated-cluster-roles.json';
import type { ResolvedModel } from '../model/resolved';
import { accessMatrix, type GrantEntry, type SubjectAccess } from './access-matrix';
import { describeGrant } from './describe';
import { ACCESS_MODEL_SCHEMA_VERSION, accessModelDocumentSchema } from './access-model-schema';
import type { AzurePermissionBlock } from './azure-actions';
import type { PrincipalAccessView, RoleAccessView } from './access-matrix';
import { AccessQueryError } from './query-error';

/** A grant entry of access-model.json: the grant by reference (baseline and index) and in words. */
export interface SlimGrantEntry extends Omit<GrantEntry, 'grant'> {
  /** The grant in words, e.g. `Azure role AcrPush (8311e382-...) at /subscriptions/...`. */
  readonly description: string;
}

/** A role's effective access as access-model.json writes it. */
export interface RoleAccessDocument extends Omit<RoleAccessView, 'grants'> {
  /** Grants by reference: `model.baselines[name = baseline].grants[index]`. */
  readonly grants: readonly SlimGrantEntry[];
}

/** A principal's effective access as access-model.json writes it. */
export interface PrincipalAccessDocument extends Omit<PrincipalAccessView, 'grants'> {
  /** Grants by reference: `model.baselines[name = baseline].grants[index]`. */
  readonly grants: readonly SlimGrantEntry[];
}

/** An Azure role a grant of the model uses, with its permissions. */
export interface AzureRoleDefinitionEntry {
  /** Role name. */
  readonly name: string;
  /** Role definition GUID, for a built-in role. */
  readonly id?: string;
  /** Built-in (from the shipped catalog) or custom (from the definition). */
  readonly builtIn: boolean;
  /** Permission blocks: actions, data actions and what they subtract, with any ABAC condition. */
  readonly permissions: readonly AzurePermissionBlock[];
}

/** Where the shipped catalogs come from. */
export interface AccessModelCatalogs {
  /** The Azure built-in role catalog's source and commit. */
  readonly azureRoles: string;
  /** The Kubernetes ClusterRole catalog's version. */
  readonly kubernetesClusterRoles: string;
}

/** access-model.json (JSON Schema: schema/access-model.schema.json). */
export interface AccessModelDocument {
  /** Semantic version of the schema, {@link ACCESS_MODEL_SCHEMA_VERSION}. */
  readonly schemaVersion: string;
  /** Always `cdktf-task-access`. */
  readonly generator: 'cdktf-task-access';
  /** Where the shipped catalogs come from. */
  readonly catalogs: AccessModelCatalogs;
  /** The resolved model; `task-access --model` reads it. */
  readonly model: ResolvedModel;
  /** The Azure roles the grants use, sorted by name. */
  readonly azureRoleDefinitions: readonly AzureRoleDefinitionEntry[];
  /** Effective access per role, sorted by name. */
  readonly roles: readonly RoleAccessDocument[];
  /** Effective access per principal, sorted by key. */
  readonly principals: readonly PrincipalAccessDocument[];
}

/** The document as built, before JSON drops undefined properties and shares nothing with the model. */
function documentObject(model: ResolvedModel): unknown {
  const matrix = accessMatrix(model);
  const builtIn = new Set<string>();
  const custom = new Set<string>();
  for (const b of model.baselines) {
    for (const g of b.grants) {
      if (g.kind === 'azureRole') builtIn.add(g.roleName);
      if (g.kind === 'azureCustomRole') custom.add(g.roleName);
    }
  }
  const definitions: AzureRoleDefinitionEntry[] = [
    ...[...builtIn].map((name) => {
      const r = findAzureBuiltInRole(name);
      return {
        name,
        ...(r ? { id: r.id } : {}),
        builtIn: true,
        permissions: (r?.permissions ?? []).map((p) => ({
          ...p,
          actions: [...p.actions],
          notActions: [...p.notActions],
          dataActions: [...p.dataActions],
          notDataActions: [...p.notDataActions],
        })),
      };
    }),
    ...model.customRoles
      .filter((c) => custom.has(c.name))
      .map((c) => ({
        name: c.name,
        builtIn: false,
        permissions: [
          {
            actions: [...c.actions],
            notActions: [...(c.notActions ?? [])],
            dataActions: [...(c.dataActions ?? [])],
            notDataActions: [...(c.notDataActions ?? [])],
          },
        ],
      })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    schemaVersion: ACCESS_MODEL_SCHEMA_VERSION,
    generator: 'cdktf-task-access',
    catalogs: {
      azureRoles: AZURE_ROLES_SOURCE,
      kubernetesClusterRoles: `built-in ClusterRoles after aggregation, Kubernetes ${(k8sCatalog as { kubernetesVersion: string }).kubernetesVersion}`,
    },
    model: withoutPaths(model),
    azureRoleDefinitions: definitions,
    roles: matrix.roles.map(slimGrants),
    principals: matrix.principals.map(slimGrants),
  };
}

/**
 * The model as access-model.json keeps it: without the definition paths (they point into a file it doesn't carry)
 * and without the existing objects (deployment, not access).
 */
function withoutPaths(model: ResolvedModel): ResolvedModel {
  if (model.paths === undefined && model.existing === undefined) return model;
  const { paths: _paths, existing: _existing, ...rest } = model;
  void _paths;
  void _existing;
  return rest;
}

/** The document for a resolved model: plain JSON data (undefined properties dropped, nothing shared with the model). */
export function toAccessModelDocument(model: ResolvedModel): AccessModelDocument {
  return JSON.parse(JSON.stringify(documentObject(model))) as AccessModelDocument;
}

/** Views with each grant by reference (baseline and index) and in words, so the file grows with paths, not rules. */
function slimGrants<T extends SubjectAccess>(view: T): Omit<T, 'grants'> & { readonly grants: SlimGrantEntry[] } {
  return {
    ...view,
    grants: view.grants.map((g) => ({
      baseline: g.baseline,
      environment: g.environment,
      index: g.index,
      description: describeGrant(g.grant),
      mode: g.mode,
      paths: g.paths,
    })),
  };
}

/** access-model.json text: two-space indented, with a final newline. */
export function renderModelJson(model: ResolvedModel): string {
  // Straight from the built object: the same text as stringifying toAccessModelDocument, without its copy.
  return `${JSON.stringify(documentObject(model), null, 2)}\n`;
}

/**
 * Reads an access-model.json document back (already parsed from JSON). Checks the schema version (major 1) and
 * the shape, and returns the resolved model. Throws {@link AccessQueryError} naming the file and the problem.
 */
export function readAccessModelDocument(json: unknown, file = 'access-model.json'): ResolvedModel {
  const version =
    typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  const major = ACCESS_MODEL_SCHEMA_VERSION.split('.')[0];
  if (typeof version !== 'string') {
    throw new AccessQueryError(
      `${file} has no schemaVersion; it is not an access-model.json written by cdktf-task-access (synthesize, or run task-access report --format json)`,
    );
  }
  if (version.split('.')[0] !== major) {
    throw new AccessQueryError(
      `${file} has schemaVersion ${version}, but this version of cdktf-task-access reads ${major}.x; synthesize again with this version, or use the matching task-access`,
    );
  }
  const parsed = accessModelDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? [`  ... and ${parsed.error.issues.length - 5} more`] : [];
    throw new AccessQueryError(
      [
        `${file} does not match the access-model.json schema ${major}.x:`,
        ...issues,
        ...more,
        '  fix: synthesize again to rewrite it',
      ].join('\n'),
    );
  }
  return parsed.data.model;
}
