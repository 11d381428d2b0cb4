/**
 * Naming convention of the three layers, from the task-based access model (docs/definition.md):
 * `BASE_<ENV>_<SERVICE>[_<SCOPE>]_<ACTION>`, `TASK_<ENV>_<NAME>`, `ROLE_<NAME>`.
 * Names are built from typed parts, so the convention holds by construction.
 */

/** Display name of a baseline group, e.g. `BASE_PROD_KV_SECRETS_ADMIN`. */
export type BaselineName = `BASE_${string}`;
/** Display name of a task group, e.g. `TASK_PROD_KEYVAULT_ADMIN`. */
export type TaskName = `TASK_${string}`;
/** Display name of a role group, e.g. `ROLE_DEVELOPER`. */
export type RoleName = `ROLE_${string}`;

/** A single upper-case word: environment, service and action parts (`PROD`, `KV`, `ADMIN`). */
export const WORD_PATTERN = /^[A-Z][A-Z0-9]*$/;
/** Upper-case words joined by underscores: scope parts and task/role names (`NS_A`, `KEYVAULT_ADMIN`). */
export const WORDS_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** The typed parts a baseline name is built from. */
export interface BaselineNameParts {
  /** Environment part, e.g. `PROD`. One upper-case word. */
  readonly environment: string;
  /** Service part, e.g. `KV`, `K8S`, `VPN`. One upper-case word. */
  readonly service: string;
  /** Optional scope part, e.g. `SECRETS`, `NS_A`. Upper-case words joined by `_`. @default - no scope part */
  readonly scope?: string;
  /** Action part, e.g. `ADMIN`, `VIEWER`, `READLIST`. One upper-case word. */
  readonly action: string;
}

/** Builds `BASE_<ENV>_<SERVICE>[_<SCOPE>]_<ACTION>` from its parts. */
export function baselineName(parts: BaselineNameParts): BaselineName {
  const scope = parts.scope ? `_${parts.scope}` : '';
  return `BASE_${parts.environment}_${parts.service}${scope}_${parts.action}`;
}

/** Builds `TASK_<ENV>_<NAME>`. */
export function taskName(parts: { readonly environment: string; readonly name: string }): TaskName {
  return `TASK_${parts.environment}_${parts.name}`;
}

/** Builds `ROLE_<NAME>`. */
export function roleName(parts: { readonly name: string }): RoleName {
  return `ROLE_${parts.name}`;
}

/** Kebab-case, lower-case form of a layer name, used for Kubernetes object names: `base-prod-k8s-ns-a-viewer`. */
export function kebabName(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}
