/**
 * Before/after definitions for the access diff tests: the reference organisation with one thing changed. Every
 * call returns fresh objects; the reference organisation itself is never mutated.
 */
import type {
  AccessModelDefinition,
  BaselineDefinition,
  JitPolicy,
  RoleDefinition,
  TaskDefinition,
} from '../../../lib/model';
import { referenceOrganisation } from '../../../examples/reference-org/definition';
import { PEOPLE } from '../../../examples/reference-org/placeholders';
import type { AccessDiff } from '../../../lib/report/diff';

/** The reference organisation (the side before every change). */
export const REF: AccessModelDefinition = referenceOrganisation;

/** The PROD Key Vault of the reference organisation. */
export const PROD_KV =
  '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod/providers/Microsoft.KeyVault/vaults/kv-app-prod';

/** Object IDs of the reference organisation's people. */
export { PEOPLE };

/** The definition with role `ROLE_<name>` changed. */
export function withRole(
  def: AccessModelDefinition,
  name: string,
  change: (r: RoleDefinition) => RoleDefinition,
): AccessModelDefinition {
  return { ...def, roles: def.roles.map((r) => (r.name === name ? change(r) : r)) };
}

/** The definition with task `TASK_<env>_<name>` changed. */
export function withTask(
  def: AccessModelDefinition,
  env: string,
  name: string,
  change: (t: TaskDefinition) => TaskDefinition,
): AccessModelDefinition {
  return { ...def, tasks: def.tasks.map((t) => (t.environment === env && t.name === name ? change(t) : t)) };
}

/** The definition with the JIT policy of task `TASK_<env>_<name>` changed. */
export function withPolicy(
  def: AccessModelDefinition,
  env: string,
  name: string,
  change: (p: JitPolicy) => JitPolicy,
): AccessModelDefinition {
  return withTask(def, env, name, (t) => ({ ...t, jit: change(t.jit ?? {}) }));
}

/** The definition with baseline `BASE_<env>_<service>_<scope>_<action>` changed. */
export function withBaseline(
  def: AccessModelDefinition,
  name: string,
  change: (b: BaselineDefinition) => BaselineDefinition,
): AccessModelDefinition {
  const full = (b: BaselineDefinition) =>
    ['BASE', b.environment, b.service, ...(b.scope ? [b.scope] : []), b.action].join('_');
  return { ...def, baselines: def.baselines.map((b) => (full(b) === name ? change(b) : b)) };
}

/** Every array of the definition reversed, recursively (a pure reordering). */
export function reversed<T>(value: T): T {
  if (Array.isArray(value)) return [...value].reverse().map(reversed) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reversed(v)])) as T;
  return value;
}

/** The fields a test asserts of each change, in the diff's order. */
export function brief(diff: AccessDiff): Record<string, string>[] {
  return diff.changes.map((c) => ({
    kind: c.kind,
    subject: c.subject,
    ...(c.task !== undefined ? { task: c.task } : {}),
    ...(c.member !== undefined ? { member: c.member } : {}),
    risk: c.risk,
    ...(c.before !== undefined ? { before: c.before } : {}),
    ...(c.after !== undefined ? { after: c.after } : {}),
  }));
}
