/** Shared state of one validation run: indexes of the definition and the problem list. */
import type { AccessModelDefinition, BaselineDefinition, RoleDefinition, TaskDefinition } from '../definition';
import { rolesByName } from '../inheritance';
import { baselineName, roleName, taskName } from '../names';
import type { Problem } from '../problem';

/** Indexes by full name and the problems found so far. */
export class ValidationContext {
  public readonly problems: Problem[] = [];
  public readonly environments: Map<string, { protected?: boolean }>;
  public readonly baselines = new Map<string, BaselineDefinition>();
  public readonly tasks = new Map<string, TaskDefinition>();
  public readonly roles: Map<string, RoleDefinition>;
  public readonly clusters: Map<string, { environment: string }>;
  public readonly customRoles: Map<string, { assignableScopes: readonly string[] }>;

  constructor(public readonly definition: AccessModelDefinition) {
    this.environments = new Map(definition.environments.map((e) => [e.name, e]));
    for (const b of definition.baselines)
      if (!this.baselines.has(baselineName(b))) this.baselines.set(baselineName(b), b);
    for (const t of definition.tasks) if (!this.tasks.has(taskName(t))) this.tasks.set(taskName(t), t);
    this.roles = rolesByName(definition.roles);
    this.clusters = new Map((definition.clusters ?? []).map((c) => [c.name, c]));
    this.customRoles = new Map((definition.customRoles ?? []).map((c) => [c.name, c]));
  }

  /** Records a problem. */
  public report(path: string, rule: string, message: string, value: unknown, fix: string): void {
    this.problems.push({ path, rule, message, value, fix });
  }

  /** Whether a baseline is role-assignable (asked for, or holding a directory role). */
  public isRoleAssignable(b: BaselineDefinition): boolean {
    return b.roleAssignable === true || b.grants.some((g) => g.kind === 'directoryRole');
  }
}

/** Path of a baseline. */
export const baselinePath = (b: BaselineDefinition): string => `baselines.${baselineName(b)}`;
/** Path of a task. */
export const taskPath = (t: TaskDefinition): string => `tasks.${taskName(t)}`;
/** Path of a role. */
export const rolePath = (r: RoleDefinition): string => `roles.${roleName(r)}`;
