/**
 * The construct that takes a whole definition and synthesizes it into the current stack, and the one pipeline
 * both entry points run: snapshot, validate and resolve, rule pack ({@link checkAccessModel}), then build and hook
 * the report into synthesis ({@link buildCheckedModel}). {@link TaskAccessStacks} composes the same two steps
 * around the stacks it creates.
 */
import type { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { Construct, type IConstruct } from 'constructs';
import type { AccessModelDefinition } from '../model/definition';
import { resolveDefinition } from '../model/resolve';
import { snapshotDefinition } from '../model/snapshot';
import type { ResolvedModel } from '../model/resolved';
import { enforceRulePack } from '../rules/enforce';
import { checkModelProps } from './props-check';
import type { RulePackOptions } from '../rules/options';
import type { RulePackResult } from '../rules/pack';
import { buildAccessModel, type BuildOptions, type BuiltAccessModel } from './build';
import { AccessProviders, type AccessProvidersProps } from './providers';
import { writeAccessReportOnSynth, type AccessReportOptions } from './access-report-synthesis';
import type { VpnUserGroups } from './vpn-user-groups';
import { AccessUsageError } from '../model/errors';
import { importExisting } from './existing-imports';
import { didYouMean } from '../model/suggest';

/** Props of {@link TaskAccessModel}. */
export interface TaskAccessModelProps extends BuildOptions, AccessReportOptions {
  /** The organisation's access model. Validated first: any problem throws before a resource exists. */
  readonly definition: AccessModelDefinition;
  /** Providers to use; any one left out is created in the stack. @default - created */
  readonly providers?: AccessProvidersProps;
  /**
   * The rule pack run before any construct exists: limits, designations, suppressions (with reasons), and what
   * to do with warnings. Errors throw {@link RulePackError}. @default - every rule with its defaults; warnings to stderr
   */
  readonly rules?: RulePackOptions;
}

/** A definition that passed validation and the rule pack: the resolved model and what the rule pack found. */
export interface CheckedAccessModel {
  /** The resolved model. */
  readonly model: ResolvedModel;
  /** What the rule pack found (warnings, suppressions; errors would have thrown). */
  readonly rulePack: RulePackResult;
}

/**
 * The first step of both entry points, before any construct exists: one plain-data snapshot of the definition,
 * read by validation, resolution and the rule pack alike (snapshot.ts).
 * @throws AccessModelError listing every problem of an invalid definition.
 * @throws RulePackError listing every rule pack finding when an error remains.
 */
export function checkAccessModel(definition: AccessModelDefinition, rules?: RulePackOptions): CheckedAccessModel {
  const snapshot = snapshotDefinition(definition);
  const model = resolveDefinition(snapshot);
  return { model, rulePack: enforceRulePack(model, rules) };
}

/**
 * The second step: `build` creates the constructs of the checked model, the resources the definition's `existing`
 * names get their import blocks (searched for under `importRoots`), then the report files are hooked into the
 * synthesis of the stack holding `reportScope` (unless `report: false`).
 */
export function buildCheckedModel(
  checked: CheckedAccessModel,
  options: AccessReportOptions,
  reportScope: () => IConstruct,
  build: (model: ResolvedModel) => BuiltAccessModel,
  importRoots: () => readonly IConstruct[],
): BuiltAccessModel {
  const built = build(checked.model);
  importExisting(importRoots(), checked.model.existing);
  if (options.report ?? true) writeAccessReportOnSynth(reportScope(), checked.model);
  return built;
}

/**
 * The whole access model in one stack: BASE_, TASK_ and ROLE_ groups, memberships, PIM eligibilities and
 * policies, Azure role assignments, custom roles, Kubernetes bindings, VPN user groups, break-glass.
 *
 * @example
 * const app = new App();
 * const stack = new TerraformStack(app, 'access');
 * new TaskAccessModel(stack, 'access', { definition });
 * app.synth();
 *
 * @throws AccessModelError listing every problem of an invalid definition.
 * @throws RulePackError listing every rule pack finding when an error remains.
 */
export class TaskAccessModel extends Construct {
  /** The resolved model the resources were built from. */
  public readonly model: ResolvedModel;
  /** The constructs built, by name. */
  public readonly built: BuiltAccessModel;
  /** What the rule pack found (warnings, suppressions; errors would have thrown). */
  public readonly rulePack: RulePackResult;

  constructor(scope: Construct, id: string, props: TaskAccessModelProps) {
    checkModelProps(props);
    const checked = checkAccessModel(props.definition, props.rules);
    super(scope, id);
    this.model = checked.model;
    this.rulePack = checked.rulePack;
    this.built = buildCheckedModel(
      checked,
      props,
      () => this,
      (model) => {
        const placement = { scope: this, providers: new AccessProviders(this, 'providers', props.providers) };
        return buildAccessModel(model, placement, () => placement, props);
      },
      () => [this],
    );
  }

  /** The Entra group of a BASE_, TASK_ or ROLE_ name. Throws for an unknown name. */
  public group(name: string): GroupWithoutMembers {
    return groupOf(this.built, name);
  }

  /** The VPN user groups, when the definition grants VPN pools. */
  public get vpn(): VpnUserGroups | undefined {
    return this.built.vpn;
  }
}

/**
 * The group of a layer name in a built model. Throws {@link AccessUsageError} for a name the model has no group
 * of, with the nearest one.
 */
export function groupOf(built: BuiltAccessModel, name: string): GroupWithoutMembers {
  const g = built.baselines.get(name)?.group ?? built.tasks.get(name)?.group ?? built.roles.get(name)?.group;
  if (!g) {
    const names = [...built.baselines.keys(), ...built.tasks.keys(), ...built.roles.keys()];
    throw new AccessUsageError(
      `No group named "${name}" in the access model.${didYouMean(name, names)} Use a BASE_, TASK_ or ROLE_ name from the definition.`,
    );
  }
  return g;
}
