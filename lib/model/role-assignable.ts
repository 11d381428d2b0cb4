/**
 * How a role reaches a role-assignable baseline: not through the task group (a group can't be an active member of a
 * role-assignable group: platform-facts 1, entra-docs concept-pim-for-groups.md "Privileged Identity Management and
 * group nesting", https://learn.microsoft.com/entra/id-governance/privileged-identity-management/concept-pim-for-groups),
 * but by an eligibility of its own: the role group is eligible for the baseline group, which carries one PIM policy.
 * One place for what the constructs synthesize and what the reports say about it.
 */
import type { ResolvedRole, ResolvedTask } from './resolved';
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
