/**
 * Building a model into the stacks of a {@link StackPlan} (`maxResourcesPerStack`), and checking afterwards
 * that no stack holds more than the maximum.
 */
import { TerraformDataSource, TerraformResource, type TerraformStack } from 'cdktf';
import type { ResolvedModel } from '../model/resolved';
import { buildAccessModel, type BuildOptions, type BuiltAccessModel, type Placement } from './build';
import { isDeployingIdentityRead } from './group-owners';
import type { StackPlan } from './stack-plan';

/**
 * Terraform resources and data sources in a stack (before synthesis, so without cross-stack remote state reads),
 * without the stack's one read of the deploying identity (group-owners.ts).
 */
export function countStackResources(stack: TerraformStack): number {
  return stack.node
    .findAll()
    .filter(
      (c) =>
        (TerraformResource.isTerraformResource(c) || TerraformDataSource.isTerraformDataSource(c)) &&
        !isDeployingIdentityRead(c),
    ).length;
}

/**
 * Creates the plan's stacks with `createStack` (in plan order), builds the model into them and checks their
 * sizes (the constructs render their units' plans, so this only fails on a bug). A unit the stack plan does not know
 * goes to its bucket's first stack, and the check still holds the maximum.
 */
export function buildInPlannedStacks(
  model: ResolvedModel,
  plan: StackPlan,
  createStack: (name: string) => Placement,
  options: BuildOptions,
): BuiltAccessModel {
  const placements = new Map(plan.stacks.map((s) => [s.name, createStack(s.name)]));
  const first = (env: string | undefined): Placement =>
    placements.get(
      plan.firstStackOf.get(env ?? '') ?? plan.firstStackOf.get('') ?? (plan.stacks[0]?.name as string),
    ) as Placement;
  const built = buildAccessModel(
    model,
    first(undefined),
    (env) => first(env),
    options,
    (unit) => {
      const name = plan.stackOfUnit.get(unit.key);
      return name !== undefined ? (placements.get(name) as Placement) : first(unit.environment);
    },
  );
  for (const s of plan.stacks) {
    const actual = countStackResources((placements.get(s.name) as Placement).scope as TerraformStack);
    if (actual > plan.maxResourcesPerStack) {
      throw new Error(
        `Stack ${s.name} holds ${actual} Terraform resources and data sources, more than maxResourcesPerStack (${plan.maxResourcesPerStack}); ` +
          `its units were sized at ${s.resources}. This is a bug of cdktf-task-access (lib/constructs/plan/unit-plan.ts): please report it; ` +
          `meanwhile lower maxResourcesPerStack.`,
      );
    }
  }
  return built;
}
