/**
 * The access model in several stacks: one per environment (baselines, tasks, their grants, policies and
 * role links) and one directory stack (role groups, members, break-glass). Each plans on its own; an
 * environment stack reads role group IDs from the directory stack (cdktf cross-stack references).
 */
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import type { AccessModelDefinition } from '../model/definition';
import { resolveDefinition } from '../model/resolve';
import type { ResolvedModel } from '../model/resolved';
import { buildAccessModel, type BuildOptions, type BuiltAccessModel, type Placement } from './build';
import { AccessProviders, type AccessProvidersProps } from './providers';
import { groupOf } from './task-access-model';

/** Props of {@link TaskAccessStacks}. */
export interface TaskAccessStacksProps extends BuildOptions {
  /** The organisation's access model. Validated first: any problem throws before a stack exists. */
  readonly definition: AccessModelDefinition;
  /** `none`: one stack named after the id; `environment`: `<id>-directory` and `<id>-<env>` per environment. @default 'none' */
  readonly split?: 'none' | 'environment';
  /** Providers per stack are created unless given here (only for `split: 'none'`). @default - created */
  readonly providers?: AccessProvidersProps;
  /** Kubernetes connection settings for created providers. @default - kubeconfig context = cluster name */
  readonly kubernetesAccess?: AccessProvidersProps['kubernetesAccess'];
  /**
   * Called with each stack and its name right after it is created: configure its backend here (CI needs remote
   * state, e.g. `new AzurermBackend(stack, { ..., key: `${name}.tfstate`, useOidc: true })`).
   * @default - cdktf's default local backend
   */
  readonly configureStack?: (stack: TerraformStack, name: string) => void;
}

/** Creates the stacks of an access model in an app. */
export class TaskAccessStacks {
  /** The resolved model. */
  public readonly model: ResolvedModel;
  /** The stacks, by name. */
  public readonly stacks = new Map<string, TerraformStack>();
  /** The constructs built, by name. */
  public readonly built: BuiltAccessModel;

  constructor(app: Construct, id: string, props: TaskAccessStacksProps) {
    this.model = resolveDefinition(props.definition);
    const place = (name: string, providers?: AccessProvidersProps): Placement => {
      const stack = new TerraformStack(app, name);
      props.configureStack?.(stack, name);
      this.stacks.set(name, stack);
      return { scope: stack, providers: new AccessProviders(stack, 'providers', { kubernetesAccess: props.kubernetesAccess, ...providers }) };
    };
    if ((props.split ?? 'none') === 'none') {
      const single = place(id, props.providers);
      this.built = buildAccessModel(this.model, single, () => single, props);
    } else {
      const directory = place(`${id}-directory`);
      const envs = new Map(this.model.environments.map((e) => [e.name, place(`${id}-${e.name.toLowerCase()}`)]));
      this.built = buildAccessModel(this.model, directory, (env) => envs.get(env) as Placement, props);
    }
  }

  /** The Entra group of a BASE_, TASK_ or ROLE_ name. */
  public group(name: string): GroupWithoutMembers {
    return groupOf(this.built, name);
  }
}
