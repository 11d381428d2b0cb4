/**
 * Which stack each unit of the model goes to when stacks have a maximum size (`maxResourcesPerStack`): a pure
 * function of the resolved model, computed before any construct exists.
 *
 * 1. Bucket: one bucket for `split: 'none'`; for `split: 'environment'`, a directory bucket (applications,
 *    roles and members, break-glass, monitoring, Conditional Access, custom roles) and one per environment
 *    (baselines, tasks, role links, VPN user groups).
 * 2. Order each bucket by kind, then key (see {@link UNIT_KIND_RANK}): references only point backwards.
 * 3. Cut each bucket with {@link cutIntoRanges}: the cut depends on keys and sizes only, and adding a unit
 *    re-cuts only the ranges around it.
 * 4. Check that the units' references (from their plans) make no cycle between stacks.
 *
 * The first stack of a bucket keeps the bucket's name (`<id>`, `<id>-directory`, `<id>-<env>`); the others are
 * named after their first unit (`<id>-prod-task-prod-kv3-read`), so a stack keeps its name as long as that
 * unit exists and still starts it.
 */
import type { ResolvedModel } from '../model/resolved';
import { shortHash } from './addresses';
import { cutIntoRanges } from './stack-chunks';
import { isDirectoryUnit, placementUnits, UNIT_KIND_RANK, type PlacementUnit } from './stack-units';

/** A planned stack. */
export interface PlannedStack {
  /** Stack name (construct id under the app, directory under `cdktf.out/stacks/`). */
  readonly name: string;
  /** Name of the bucket (the first stack of the bucket has this name). */
  readonly bucket: string;
  /** Its units, in order. */
  readonly units: readonly PlacementUnit[];
  /** Terraform resources and data sources its units' plans create (without the read of the deploying identity). */
  readonly resources: number;
}

/** Where every unit goes. */
export interface StackPlan {
  /** The maximum it was cut to. */
  readonly maxResourcesPerStack: number;
  /** Every stack: buckets in order (directory, then environments by name), each bucket's stacks in order. */
  readonly stacks: readonly PlannedStack[];
  /** Stack name of each unit, by key. */
  readonly stackOfUnit: ReadonlyMap<string, string>;
  /** The first stack of each bucket, by environment name (`''` for the directory bucket, or the only bucket). */
  readonly firstStackOf: ReadonlyMap<string, string>;
}

/** Options of {@link planStacks}. */
export interface StackPlanOptions {
  /** Prefix of stack names (the `id` of TaskAccessStacks). */
  readonly id: string;
  /** Bucket by environment first. */
  readonly split: 'none' | 'environment';
  /** Maximum Terraform resources and data sources per stack. */
  readonly maxResourcesPerStack: number;
}

const compareUnits = (a: PlacementUnit, b: PlacementUnit): number =>
  UNIT_KIND_RANK[a.kind] - UNIT_KIND_RANK[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** A readable stack-name suffix from a unit key: `TASK_PROD_KV3_READ/ROLE_X` -> `task-prod-kv3-read--role-x`. */
export function keySlug(key: string): string {
  return key
    .toLowerCase()
    .replace(/\//g, '--')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Plans the stacks of a model. */
export function planStacks(model: ResolvedModel, options: StackPlanOptions): StackPlan {
  const units = placementUnits(model);
  const buckets: { name: string; env: string; units: PlacementUnit[] }[] = [];
  if (options.split === 'none') {
    buckets.push({ name: options.id, env: '', units });
  } else {
    buckets.push({ name: `${options.id}-directory`, env: '', units: units.filter((u) => isDirectoryUnit(u.kind)) });
    for (const e of model.environments) {
      buckets.push({
        name: `${options.id}-${e.name.toLowerCase()}`,
        env: e.name,
        units: units.filter((u) => !isDirectoryUnit(u.kind) && u.environment === e.name),
      });
    }
  }
  const stacks: PlannedStack[] = [];
  const stackOfUnit = new Map<string, string>();
  const firstStackOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const bucket of buckets) {
    const ordered = [...bucket.units].sort(compareUnits);
    const ranges =
      ordered.length > 0 ? cutIntoRanges(ordered, options.maxResourcesPerStack) : [{ start: 0, end: 0, resources: 0 }];
    for (const r of ranges) {
      const first = ordered[r.start];
      let name = r.start === 0 ? bucket.name : `${bucket.name}-${keySlug(first.key)}`;
      if (taken.has(name)) name = `${name}-${shortHash(first.key)}`;
      taken.add(name);
      const mine = ordered.slice(r.start, r.end);
      mine.forEach((u) => stackOfUnit.set(u.key, name));
      stacks.push({ name, bucket: bucket.name, units: mine, resources: r.resources });
    }
    firstStackOf.set(bucket.env, bucket.name);
  }
  checkNoCycle(stacks, stackOfUnit);
  return { maxResourcesPerStack: options.maxResourcesPerStack, stacks, stackOfUnit, firstStackOf };
}

/**
 * Throws when the units' references (from their plans) would make stacks depend on each other in a cycle, or point
 * to a unit placed nowhere. The order of kinds ({@link UNIT_KIND_RANK}) rules it out within a bucket, and only the
 * VPN unit refers to another environment (the pool baselines of every environment), so it would be a bug of the library.
 */
function checkNoCycle(stacks: readonly PlannedStack[], stackOfUnit: ReadonlyMap<string, string>): void {
  const dependsOn = new Map<string, Set<string>>(stacks.map((s) => [s.name, new Set<string>()]));
  for (const s of stacks) {
    for (const u of s.units) {
      for (const r of u.references) {
        const target = stackOfUnit.get(r);
        if (target === undefined)
          throw new Error(
            `${u.key} refers to ${r}, which is placed in no stack: this is a bug of cdktf-task-access, please report it.`,
          );
        if (target !== s.name) (dependsOn.get(s.name) as Set<string>).add(target);
      }
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: readonly string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting')
      throw new Error(
        `stacks would depend on each other in a cycle (${[...path, name].join(' -> ')}): this is a bug of cdktf-task-access (lib/constructs/stack-units.ts), please report it.`,
      );
    state.set(name, 'visiting');
    for (const d of dependsOn.get(name) as Set<string>) visit(d, [...path, name]);
    state.set(name, 'done');
  };
  for (const s of stacks) visit(s.name, []);
}
