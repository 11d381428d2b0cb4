/**
 * The access model in several stacks: one per environment (baselines, tasks, their grants, policies and
 * role links) and one directory stack (role groups, members, break-glass). Each plans on its own; an
 * environment stack reads role group IDs from the directory stack (cdktf cross-stack references).
 * `maxResourcesPerStack` cuts those stacks further (stack-plan.ts); one stack skips cdktf's preparing pass
 * (access-stack.ts).
 */
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import type { AccessModelDefinition } from '../model/definition';
import { resolveDefinition } from '../model/resolve';
import { snapshotDefinition } from '../model/snapshot';
import type { ResolvedModel } from '../model/resolved';
import { enforceRulePack } from '../rules/enforce';
import type { RulePackOptions } from '../rules/options';
import type { RulePackResult } from '../rules/pack';
import { buildAccessModel, type BuildOptions, type BuiltAccessModel, type Placement } from './build';
import { AccessProviders, type AccessProvidersProps } from './providers';
import { groupOf } from './task-access-model';
import { writeAccessReportOnSynth, type AccessReportOptions } from './access-report-synthesis';
import { AccessStack } from './access-stack';
import { withoutTokenStackTraces } from './private/cdktf-internals';
import { buildInPlannedStacks } from './split-stacks';
import { planStacks, type StackPlan } from './stack-plan';

/** Props of {@link TaskAccessStacks}. */
export interface TaskAccessStacksProps extends BuildOptions, AccessReportOptions {
  /** The organisation's access model. Validated first: any problem throws before a stack exists. */
  readonly definition: AccessModelDefinition;
  /** `none`: one stack named after the id; `environment`: `<id>-directory` and `<id>-<env>` per environment. @default 'none' */
  readonly split?: 'none' | 'environment';
  /**
   * Cut stacks to at most this many Terraform resources (and data sources) each, after the `split` by
   * environment if any; a stack's read of the deploying identity (`data.azuread_client_config`) is not counted. Which stack a unit goes to derives from names and sizes, so adding an element moves
   * only the units around it; references between the stacks only point one way (never a cycle). Stacks are
   * named `<bucket>` (the first), then `<bucket>-<first unit>`. See the README (Stacks).
   * @default - no maximum: one stack, or one per environment plus the directory stack
   */
  readonly maxResourcesPerStack?: number;
  /** Providers per stack are created unless given here (only for `split: 'none'` without `maxResourcesPerStack`). @default - created */
  readonly providers?: AccessProvidersProps;
  /** Kubernetes connection settings for created providers. @default - kubeconfig context = cluster name */
  readonly kubernetesAccess?: AccessProvidersProps['kubernetesAccess'];
  /**
   * Called with each stack and its name right after it is created: configure its backend here (CI needs remote
   * state, e.g. `new AzurermBackend(stack, { ..., key: `${name}.tfstate`, useOidc: true })`).
   * @default - cdktf's default local backend
   */
  readonly configureStack?: (stack: TerraformStack, name: string) => void;
  /**
   * The rule pack run before any stack exists: limits, designations, suppressions (with reasons), and what to do
   * with warnings. Errors throw {@link RulePackError}. @default - every rule with its defaults; warnings to stderr
   */
  readonly rules?: RulePackOptions;
}

/** Creates the stacks of an access model in an app. */
export class TaskAccessStacks {
  /** The resolved model. */
  public readonly model: ResolvedModel;
  /** The stacks, by name. */
  public readonly stacks = new Map<string, TerraformStack>();
  /** The constructs built, by name. */
  public readonly built: BuiltAccessModel;

  /** What the rule pack found (warnings, suppressions; errors would have thrown). */
  public readonly rulePack: RulePackResult;

  /** Where each unit of the model went, when `maxResourcesPerStack` is set. */
  public readonly stackPlan?: StackPlan;

  constructor(app: Construct, id: string, props: TaskAccessStacksProps) {
    // One plain-data snapshot, read by validation, resolution and the rule pack alike (snapshot.ts).
    const definition = snapshotDefinition(props.definition);
    this.model = resolveDefinition(definition);
    this.rulePack = enforceRulePack(this.model, props.rules);
    const place = (name: string, providers?: AccessProvidersProps): Placement => {
      const stack = new AccessStack(app, name);
      props.configureStack?.(stack, name);
      this.stacks.set(name, stack);
      return {
        scope: stack,
        providers: new AccessProviders(stack, 'providers', { kubernetesAccess: props.kubernetesAccess, ...providers }),
      };
    };
    if (props.maxResourcesPerStack !== undefined) {
      if (props.providers)
        throw new Error(
          'TaskAccessStacks: providers can only be given for a single stack; with maxResourcesPerStack every stack creates its own (configure them with kubernetesAccess and configureStack).',
        );
      this.stackPlan = planStacks(this.model, {
        id,
        split: props.split ?? 'none',
        maxResourcesPerStack: props.maxResourcesPerStack,
      });
      const plan = this.stackPlan;
      this.built = withoutTokenStackTraces(() => buildInPlannedStacks(this.model, plan, (name) => place(name), props));
    } else if ((props.split ?? 'none') === 'none') {
      const single = place(id, props.providers);
      // One stack: what the library builds refers only to it, so cdktf's preparing pass would find nothing there.
      // What configureStack added is the user's and may refer to another stack: it is prepared as usual.
      this.built = (single.scope as AccessStack).buildSelfContained(() =>
        withoutTokenStackTraces(() => buildAccessModel(this.model, single, () => single, props)),
      );
    } else {
      const directory = place(`${id}-directory`);
      const envs = new Map(this.model.environments.map((e) => [e.name, place(`${id}-${e.name.toLowerCase()}`)]));
      this.built = withoutTokenStackTraces(() =>
        buildAccessModel(this.model, directory, (env) => envs.get(env) as Placement, props),
      );
    }
    if (props.report ?? true) writeAccessReportOnSynth(this.stacks.values().next().value as TerraformStack, this.model);
  }

  /** The Entra group of a BASE_, TASK_ or ROLE_ name. */
  public group(name: string): GroupWithoutMembers {
    return groupOf(this.built, name);
  }
}
