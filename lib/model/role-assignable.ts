/**
 * How a role reaches a role-assignable baseline: not through the task group (a group can't be an active member of a
 * role-assignable group: "Privileged Identity Management and group nesting",
 * https://learn.microsoft.com/entra/id-governance/privileged-identity-management/concept-pim-for-groups#privileged-identity-management-and-group-nesting),
 * but by an eligibility of its own: the role group is eligible for the baseline group, which carries one PIM policy.
 * One place for what the constructs synthesize and what the reports say about it.
 */
import type { EligibilityExpiry } from './definition';
import type { ResolvedModel, ResolvedRole, ResolvedTask, TaskAccess } from './resolved';
import { windowEnvelope, type AccessWindow } from './time-bounds';

/**
 * For each role-assignable baseline reached just in time, the task whose policy its group carries: the first
 * just-in-time task, in the order given (the model's: by name), that reaches it. Validation
 * (`role-assignable-policy-conflict`) requires every such task to declare the same policy.
 */
export function roleAssignablePolicyTasks(tasks: readonly ResolvedTask[]): ReadonlyMap<string, ResolvedTask> {
  const out = new Map<string, ResolvedTask>();
  for (const t of tasks) for (const b of t.roleAssignableBaselines) if (t.jit && !out.has(b)) out.set(b, t);
  return out;
}

/**
 * The window of a role's eligibility for a role-assignable baseline: one eligibility however many of the role's
 * eligible tasks reach the baseline, permanent when any of them is, else the envelope of their windows.
 * `undefined` when permanent (or when no eligible task of the role reaches it).
 */
export function roleAssignableEligibilityWindow(
  role: Pick<ResolvedRole, 'eligible'>,
  baseline: string,
  tasks: ReadonlyMap<string, Pick<ResolvedTask, 'roleAssignableBaselines'>>,
): AccessWindow | undefined {
  return windowEnvelope(
    role.eligible.filter((a) => tasks.get(a.task)?.roleAssignableBaselines.includes(baseline)).map((a) => a.window),
  );
}

/** One eligibility of a role group for a role-assignable baseline group. */
export interface RoleAssignableEligibility {
  /** The role whose group is eligible. */
  readonly role: string;
  /** The role-assignable baseline. */
  readonly baseline: string;
  /**
   * The role's eligible entry that creates it: the first of the role's eligible tasks (by name) with a just-in-time
   * policy that reaches the baseline.
   */
  readonly access: TaskAccess;
  /** How long the eligibility lasts: the `eligibilityExpiry` of that task's policy. */
  readonly expiry: EligibilityExpiry;
  /**
   * When it starts and ends (`roleAssignableEligibilityWindow`: the envelope of the role's eligible tasks reaching
   * the baseline); absent when permanent (any of them is).
   */
  readonly window?: AccessWindow;
}

const eligibilities = new WeakMap<ResolvedModel, ReadonlyMap<string, readonly RoleAssignableEligibility[]>>();

/**
 * Every role's eligibilities for role-assignable baselines, by role: one per role and baseline, in the order the
 * role's eligible tasks (by name) and each task's role-assignable baselines (by name) give. Computed once per model
 * object; the constructs synthesize exactly these, and the stack plan and the eligibility lapses count them.
 */
export function roleAssignableEligibilities(
  model: Pick<ResolvedModel, 'roles' | 'tasks'>,
): ReadonlyMap<string, readonly RoleAssignableEligibility[]> {
  const cached = eligibilities.get(model as ResolvedModel);
  if (cached) return cached;
  const tasks = new Map(model.tasks.map((t) => [t.name, t]));
  const out = new Map<string, RoleAssignableEligibility[]>();
  for (const r of model.roles) {
    const own: RoleAssignableEligibility[] = [];
    const done = new Set<string>();
    for (const a of r.eligible) {
      const task = tasks.get(a.task);
      if (!task?.jit) continue;
      for (const b of task.roleAssignableBaselines) {
        if (done.has(b)) continue;
        done.add(b);
        const window = roleAssignableEligibilityWindow(r, b, tasks);
        own.push({
          role: r.name,
          baseline: b,
          access: a,
          expiry: task.jit.eligibilityExpiry,
          ...(window ? { window } : {}),
        });
      }
    }
    if (own.length > 0) out.set(r.name, own);
  }
  eligibilities.set(model as ResolvedModel, out);
  return out;
}
