/**
 * Every problem at once, also with structural ones: the semantic rules need a well-formed definition, so the
 * definition they check is the given one repaired: unknown properties removed, and each top-level element (a
 * baseline, task, role, cluster, ...) with a wrong type or a missing property left out. Their problems are then
 * reported beside the `shape` problems, at the paths of the given definition, except the references to an element
 * that was left out (that element's `shape` problem says what is wrong with it).
 *
 * When the definition can't be repaired that way (a whole section of the wrong type, a problem in `settings`,
 * `vpn`, `exceptions` or `monitoring` other than an unknown property), the `shape` problems come alone.
 */
import type { AccessModelDefinition } from '../definition';
import type { Problem } from '../problem';
import { shapeIssues, topLevelElementName } from '../schema';

/** The definition's lists of elements, which an element can be left out of. */
const LISTS = new Set([
  'environments',
  'clusters',
  'customRoles',
  'baselines',
  'tasks',
  'roles',
  'breakGlass',
  'applications',
]);

/** A repaired definition, and how to read its problems as problems of the given one. */
export interface ShapeRepair {
  /** The definition with unknown properties removed and broken top-level elements left out. */
  readonly repaired: AccessModelDefinition;
  /** For each list an element was left out of: index in the repaired list -> index in the given one. */
  readonly indexes: ReadonlyMap<string, readonly number[]>;
  /** Names of the elements left out (`BASE_...`, `TASK_...`, ...), where they could be read. */
  readonly leftOut: ReadonlySet<string>;
}

function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Repairs the shape of a (plain-data) definition, or undefined when it can't be repaired. */
export function repairShape(definition: AccessModelDefinition): ShapeRepair | undefined {
  const copy = plainCopy(definition) as unknown as Record<string, unknown>;
  const drop = new Map<string, Set<number>>();
  for (const issue of shapeIssues(definition)) {
    const [list, index] = issue.path;
    if (issue.unknownKeys && issue.path.length > 0) {
      const node = at(copy, issue.path);
      if (node !== null && typeof node === 'object')
        for (const k of issue.unknownKeys) delete (node as Record<string, unknown>)[k];
      continue;
    }
    if (typeof list !== 'string' || !LISTS.has(list) || typeof index !== 'number') return undefined;
    drop.set(list, (drop.get(list) ?? new Set()).add(index));
  }
  const indexes = new Map<string, number[]>();
  const leftOut = new Set<string>();
  for (const [list, dropped] of drop) {
    const elements = copy[list] as unknown[];
    const kept: number[] = [];
    elements.forEach((e, i) => {
      if (!dropped.has(i)) kept.push(i);
      else {
        const name = topLevelElementName(list, e);
        if (name) leftOut.add(name);
      }
    });
    indexes.set(list, kept);
    copy[list] = kept.map((i) => elements[i]);
  }
  const repaired = copy as unknown as AccessModelDefinition;
  if (shapeIssues(repaired).length > 0) return undefined;
  return { repaired, indexes, leftOut };
}

/**
 * The problems of the repaired definition as problems of the given one: list indexes mapped back, and references
 * to an element left out dropped (its own `shape` problem covers them).
 */
export function unrepairedProblems(problems: readonly Problem[], repair: ShapeRepair): Problem[] {
  return problems
    .filter((p) => !(p.rule === 'unknown-reference' && typeof p.value === 'string' && repair.leftOut.has(p.value)))
    .map((p) => {
      const m = /^(\w+)\[(\d+)\]/.exec(p.path);
      const map = m ? repair.indexes.get(m[1] as string) : undefined;
      if (!m || !map) return p;
      const original = map[Number(m[2])];
      return original === undefined ? p : { ...p, path: `${m[1]}[${original}]${p.path.slice(m[0].length)}` };
    });
}
