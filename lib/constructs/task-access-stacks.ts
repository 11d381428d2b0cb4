/**
 * The access model in several stacks: one per environment (baselines, tasks, their grants, policies and
 * role links) and one directory stack (role groups, members, break-glass). Each plans on its own; an
 * environment stack reads role group IDs from the directory stack (cdktf cross-stack references).
 * `maxResourcesPerStack` cuts those stacks further (stack-plan.ts); one stack skips cdktf's preparing pass
 * (access-stack.ts). The pipeline (check, build, report) is TaskAccessModel's (task-access-model.ts); this
 * construct only creates the stacks and says where each part of the model goes.
 */
import type { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import type { AccessModelDefinition } from '../model/definition';
import type { ResolvedModel } from '../model/resolved';
import type { RulePackOptions } from '../rules/options';
import type { RulePackResult } from '../rules/pack';
import { buildAccessModel, type BuildOptions, type BuiltAccessModel, type Placement } from './build';
import { AccessProviders, type AccessProvidersProps } from './providers';
import { buildCheckedModel, checkAccessModel, groupOf } from './task-access-model';
import type { AccessReportOptions } from './access-report-synthesis';
import { AccessStack } from './access-stack';
import { withoutTokenStackTraces } from './private/cdktf-internals';
import { makePathTransparent } from './private/path-transparent';
import { buildInPlannedStacks } from './split-stacks';
import { planStacks, type StackPlan } from './stack-plan';
import { checkStacksProps } from './props-check';

/** Props of {@link TaskAccessStacks}. */
export interface TaskAccessStacksProps extends BuildOptions, AccessReportOptions {
  /** The organisation's access model. Validated first: any problem throws before a stack exists. */
  readonly definition: AccessModelDefinition;
  /** `none`: one stack named after the id; `environment`: `<id>-directory` and `<id>-<env>` per environment. @default 'none' */
  readonly split?: 'none' | 'environment';
  /**
   * Cut stacks to at most this many Terraform resources and data sources each, after the `split` by environment
   * if any. The limit keeps plans quick (Terraform reads every resource and data source of a state on each plan),
   * so a unit's data sources count with its resources (a member by UPN is a membership and a `data.azuread_user`
   * lookup). Deliberately not counted, being one per stack and no Graph request each: the stack's read of the
   * deploying identity (`data.azuread_client_config`, which copies the IDs the provider signed in with:
   * internal/services/serviceprincipals/client_config_data_source.go in azuread 3.7.0; counting it would move
   * units between the stacks of existing deployments), and the `terraform_remote_state` reads cdktf adds for
   * references between stacks (a state file, not the tenant). Which stack a unit goes to derives from names and
   * sizes, so adding an element moves only the units around it; references between the stacks only point one way
   * (never a cycle). Stacks are named `<bucket>` (the first), then `<bucket>-<first unit>`. See docs/scale.md
   * (Splitting stacks).
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

/**
 * The access model in stacks of its own: one stack named after the id, or split by environment and cut to a
 * maximum size (see the props). A construct in the tree, at `scope` under `id`, holding its stacks; it adds no
 * segment to their paths, so each stack is named and synthesized as if it were the app's own
 * (`cdktf.out/stacks/<stack name>`), and its own `node.id` is empty (`scope.node.findChild(id)` finds it).
 * Aspects added to it visit every construct of its stacks (cdktf 0.21 itself only runs a stack's own Aspects).
 *
 * @example
 * const app = new App();
 * const access = new TaskAccessStacks(app, 'access', { definition, split: 'environment' });
 * Aspects.of(access).add(myTaggingAspect);
 * app.synth();
 *
 * @throws AccessModelError listing every problem of an invalid definition, before any construct exists.
 * @throws RulePackError listing every rule pack finding when an error remains, before any construct exists.
 */
export class TaskAccessStacks extends Construct {
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

  constructor(scope: Construct, id: string, props: TaskAccessStacksProps) {
    checkStacksProps(props);
    const checked = checkAccessModel(props.definition, props.rules);
    const split = props.split ?? 'none';
    const plan =
      props.maxResourcesPerStack !== undefined
        ? planStacks(checked.model, { id, split, maxResourcesPerStack: props.maxResourcesPerStack })
        : undefined;
    super(scope, id);
    makePathTransparent(this);
    this.model = checked.model;
    this.rulePack = checked.rulePack;
    this.stackPlan = plan;
    const place = (name: string, providers?: AccessProvidersProps): Placement => {
      const stack = new AccessStack(this, name);
      props.configureStack?.(stack, name);
      this.stacks.set(name, stack);
      return {
        scope: stack,
        providers: new AccessProviders(stack, 'providers', { kubernetesAccess: props.kubernetesAccess, ...providers }),
      };
    };
    this.built = buildCheckedModel(
      checked,
      props,
      () => this.stacks.values().next().value as TerraformStack,
      (model) => {
        if (plan) return withoutTokenStackTraces(() => buildInPlannedStacks(model, plan, (name) => place(name), props));
        if (split === 'none') {
          const single = place(id, props.providers);
          // One stack: what the library builds refers only to it, so cdktf's preparing pass would find nothing there.
          // What configureStack added is the user's and may refer to another stack: it is prepared as usual.
          return (single.scope as AccessStack).buildSelfContained(() =>
            withoutTokenStackTraces(() => buildAccessModel(model, single, () => single, props)),
          );
        }
        const directory = place(`${id}-directory`);
        const envs = new Map(model.environments.map((e) => [e.name, place(`${id}-${e.name.toLowerCase()}`)]));
        return withoutTokenStackTraces(() =>
          buildAccessModel(model, directory, (env) => envs.get(env) as Placement, props),
        );
      },
      () => [...this.stacks.values()],
    );
  }

  /** The Entra group of a BASE_, TASK_ or ROLE_ name. */
  public group(name: string): GroupWithoutMembers {
    return groupOf(this.built, name);
  }
}
