/**
 * A task group: an active member of each of its (non role-assignable) baseline groups, so its members get
 * the baselines' permissions transitively, and, for a just-in-time task, its PIM policy. It renders the resources
 * of its plan (plan/layer-plans.ts).
 */
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { GroupMember } from '@cdktf/provider-azuread/lib/group-member';
import { Construct } from 'constructs';
import type { ResolvedGroupOwners } from '../model/group-owners';
import type { ResolvedJitPolicy, ResolvedTask } from '../model/resolved';
import { renderAs } from './addresses';
import type { GroupJitPolicyApprovers } from './baseline-group';
import { createLayerGroup } from './entra-group';
import { GroupJitPolicy } from './jit-policy';
import { planTaskResources, type TaskResources } from './plan/layer-plans';
import type { AccessProviders } from './providers';

/** Props of {@link TaskGroup}. */
export interface TaskGroupProps {
  /** The resolved task. */
  readonly task: ResolvedTask;
  /** Providers of the stack the task is placed in. */
  readonly providers: AccessProviders;
  /** Baseline groups by name. */
  readonly baselineGroups: ReadonlyMap<string, GroupWithoutMembers>;
  /** Approvers of the task's policy, resolved to object IDs. */
  readonly approvers: GroupJitPolicyApprovers;
  /** Put `prevent_destroy` on the group. */
  readonly preventDestroy: boolean;
  /** Owners of the group (the model's `groupOwners`). @default - the deploying identity only, read at plan time */
  readonly groupOwners?: ResolvedGroupOwners;
  /** What to create, from the unit plan. @default - planned from `task` */
  readonly plan?: TaskResources;
}

/** One task: its group, its memberships into baselines and its PIM policy. */
export class TaskGroup extends Construct {
  /** The Entra group. */
  public readonly group: GroupWithoutMembers;
  /** The PIM policy, for a just-in-time task or one held time-bound. */
  public readonly policy?: GroupJitPolicy;

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: TaskGroupProps) {
    super(scope, id);
    const t = props.task;
    const plan = props.plan ?? planTaskResources(t);
    this.group = createLayerGroup(this, {
      displayName: t.name,
      description: t.description,
      preventDestroy: props.preventDestroy,
      owners: props.groupOwners,
      provider: props.providers.azuread,
      planned: plan.group,
    });
    for (const { baseline, membership } of plan.memberships) {
      renderAs(
        new GroupMember(this, `in-${baseline}`, {
          provider: props.providers.azuread,
          groupObjectId: (props.baselineGroups.get(baseline) as GroupWithoutMembers).objectId,
          memberObjectId: this.group.objectId,
        }),
        membership,
      );
    }
    // A standing-only task held time-bound gets the default policy, so PIM onboards it and accepts the assignment.
    if (plan.policy) {
      this.policy = new GroupJitPolicy(this, 'jit', {
        groupName: t.name,
        groupObjectId: this.group.objectId,
        policy: (t.jit ?? t.assignmentPolicy) as ResolvedJitPolicy,
        approvers: props.approvers,
        provider: props.providers.azuread,
        dependsOn: [this.group],
        planned: plan.policy,
      });
    }
  }
}
