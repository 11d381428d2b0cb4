/**
 * Where the elements of a resolved model are declared in the definition: the paths findings point at, in the form
 * validation problems use (elements by name, list entries by their index in the definition, e.g.
 * `roles.ROLE_DEVELOPER.standing[0]`). Resolution computes them once from the snapshot, so the rule pack reads
 * only the model. Plain data, keyed by name; not written to access-model.json (a model read back has none, and
 * whoever reads it falls back to the element's path without an index).
 */
import type { AccessModelDefinition, Approver } from './definition';
import { federatedCredentialName } from './federated-credentials';
import { roleName, taskName } from './names';
import { heldTaskName } from './time-bounds';
import type { ResolvedModel } from './resolved';
import { memberKey } from './workload-identity';

/** A list entry naming an object as written (a role name or an object ID), with its path. */
export interface DeclaredId {
  /** Path of the entry, e.g. `tasks.TASK_PROD_DEPLOYMENT.jit.approvers[1]`. */
  readonly path: string;
  /** The role name or object ID, exactly as written. */
  readonly id: string;
}

/** Where a role's entries are declared: its own lists only (inherited entries are declared by another role). */
export interface RoleDefinitionPaths {
  /** Each task (or, in a definition validation rejects, baseline) of its own `standing`, in order: `roles.R.standing[i]`. */
  readonly standing: Readonly<Record<string, string>>;
  /** Each entry of its own `eligible`, in order: `roles.R.eligible[i]`. */
  readonly eligible: Readonly<Record<string, string>>;
  /** Each member by key (object ID, UPN or `app:<name>`): `roles.R.members[i]`. */
  readonly members: Readonly<Record<string, string>>;
}

/** Where a task's just-in-time settings are declared. */
export interface TaskDefinitionPaths {
  /** `tasks.T.jit.maximumActivation`, when the task sets it (else it comes from the settings or the default). */
  readonly maximumActivation?: string;
  /**
   * The task's own `jit.approvers`, in order, as written. For a high-privilege task the resolved policy carries
   * `exceptions.approvers` instead.
   */
  readonly approvers: readonly DeclaredId[];
}

/** Where every element of a definition is declared. */
export interface DefinitionPaths {
  /** Each environment by name: `environments[i]`. */
  readonly environments: Readonly<Record<string, string>>;
  /** Each cluster by name: `clusters[i]`. */
  readonly clusters: Readonly<Record<string, string>>;
  /** Each custom role by name: `customRoles[i]`. */
  readonly customRoles: Readonly<Record<string, string>>;
  /** Each break-glass account by object ID: `breakGlass[i]`. */
  readonly breakGlass: Readonly<Record<string, string>>;
  /** Each role by full name (the first one, on a duplicate validation rejects). */
  readonly roles: Readonly<Record<string, RoleDefinitionPaths>>;
  /** Each task by full name. */
  readonly tasks: Readonly<Record<string, TaskDefinitionPaths>>;
  /** Each federated credential by application, then by credential name: `applications.A.federatedCredentials[i]`. */
  readonly federatedCredentials: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** `exceptions.approvers`, in order, as written. */
  readonly exceptionApprovers: readonly DeclaredId[];
  /** `settings.groupOwners`, in order, as written. */
  readonly groupOwners: readonly DeclaredId[];
}

/** A record without a prototype, so any name is a plain key. */
function record<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) if (!(k in out)) out[k] = v;
  return out;
}

const approverId = (a: Approver): string => (a.kind === 'role' ? a.role : a.objectId);

/** The definition paths of a definition (first entry wins on a duplicate, as lookups by name always did). */
export function definitionPaths(definition: AccessModelDefinition): DefinitionPaths {
  return {
    environments: record(definition.environments.map((e, i) => [e.name, `environments[${i}]`] as const)),
    clusters: record((definition.clusters ?? []).map((c, i) => [c.name, `clusters[${i}]`] as const)),
    customRoles: record((definition.customRoles ?? []).map((c, i) => [c.name, `customRoles[${i}]`] as const)),
    breakGlass: record((definition.breakGlass ?? []).map((b, i) => [b.objectId, `breakGlass[${i}]`] as const)),
    roles: record(
      definition.roles.map((r) => {
        const name = roleName(r);
        const held = (field: 'standing' | 'eligible'): Record<string, string> =>
          record((r[field] ?? []).map((h, i) => [heldTaskName(h) as string, `roles.${name}.${field}[${i}]`] as const));
        return [
          name as string,
          {
            standing: held('standing'),
            eligible: held('eligible'),
            members: record((r.members ?? []).map((m, i) => [memberKey(m), `roles.${name}.members[${i}]`] as const)),
          },
        ] as const;
      }),
    ),
    tasks: record(
      definition.tasks.map((t) => {
        const name = taskName(t);
        return [
          name as string,
          {
            ...(t.jit?.maximumActivation !== undefined
              ? { maximumActivation: `tasks.${name}.jit.maximumActivation` }
              : {}),
            approvers: (t.jit?.approvers ?? []).map((a, i) => ({
              path: `tasks.${name}.jit.approvers[${i}]`,
              id: approverId(a),
            })),
          },
        ] as const;
      }),
    ),
    federatedCredentials: record(
      (definition.applications ?? []).map(
        (a) =>
          [
            a.name,
            record(
              a.federatedCredentials.map(
                (c, i) => [federatedCredentialName(c), `applications.${a.name}.federatedCredentials[${i}]`] as const,
              ),
            ),
          ] as const,
      ),
    ),
    exceptionApprovers: (definition.exceptions?.approvers ?? []).map((a, i) => ({
      path: `exceptions.approvers[${i}]`,
      id: approverId(a),
    })),
    groupOwners: (definition.settings?.groupOwners ?? []).map((o, i) => ({
      path: `settings.groupOwners[${i}]`,
      id: o,
    })),
  };
}

/**
 * The model without `paths` (where each element is declared), for what doesn't read them: the constructs (so the
 * literal view doesn't walk them; they are as large as the rest of the model), access-model.json and the access
 * explorer (they point into a file neither carries). The same object for the same model, so the unit plan made
 * for stack sizing is the one the build renders.
 */
export function withoutDefinitionPaths(model: ResolvedModel): ResolvedModel {
  if (model.paths === undefined) return model;
  let rest = withoutPaths.get(model);
  if (rest === undefined) {
    const { paths: _paths, ...others } = model;
    void _paths;
    rest = others;
    withoutPaths.set(model, rest);
  }
  return rest;
}

const withoutPaths = new WeakMap<ResolvedModel, ResolvedModel>();
