/**
 * Cutting an ordered list of sized units into chunks of at most `max`, so that the cut depends only on the
 * units' keys and sizes (no positions, no history) and changes locally when a unit is added or removed.
 *
 * The list is cut like a treap: a range larger than `max` is split just before its unit with the highest
 * priority (a hash of the key), and each half is cut the same way, until every range fits. Adding a unit only
 * re-cuts the ranges around it: units elsewhere keep their chunk, where a greedy "fill each chunk in order"
 * would shift every later chunk by one unit. The price: chunks are filled to about 50-100% of `max`, not to
 * the brim, so there are more of them than the minimum.
 */
import { AccessUsageError } from '../model/errors';

/** A unit to place: a unique key and a size. */
export interface SizedUnit {
  /** Unique key; its hash decides where ranges are cut. */
  readonly key: string;
  /** Size in resources (0 allowed). */
  readonly resources: number;
}

/** A range `[start, end)` of the ordered units. */
export interface UnitRange {
  /** Index of its first unit. */
  readonly start: number;
  /** Index after its last unit. */
  readonly end: number;
  /** Total size of the range. */
  readonly resources: number;
}

/** A 32-bit hash of a string (FNV-1a, then the murmur3 finalizer to spread similar keys). */
export function keyPriority(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Thrown when one unit alone is larger than the maximum. */
export class UnitTooLargeError extends Error {
  /**
   * @param unit - the unit, with its size
   * @param max - the maximum it exceeds
   */
  constructor(
    public readonly unit: SizedUnit,
    public readonly max: number,
  ) {
    super(
      `${unit.key} creates ${unit.resources} Terraform resources and data sources, more than maxResourcesPerStack (${max}), and a unit is never split ` +
        `between stacks (its resources depend on each other); raise maxResourcesPerStack to at least ${unit.resources}.`,
    );
    this.name = 'UnitTooLargeError';
  }

  /** True for a UnitTooLargeError, also across copies of the library. */
  public static isUnitTooLargeError(e: unknown): e is UnitTooLargeError {
    return e instanceof Error && e.name === 'UnitTooLargeError';
  }
}

/**
 * Cuts `units` (in their given order) into consecutive ranges of at most `max` resources each. Deterministic;
 * the first range always starts at 0. Throws {@link UnitTooLargeError} when a single unit is larger than `max`.
 */
export function cutIntoRanges(units: readonly SizedUnit[], max: number): UnitRange[] {
  if (!(Number.isInteger(max) && max >= 1))
    throw new AccessUsageError(`maxResourcesPerStack must be a positive integer, got ${max}`);
  const prefix = new Array<number>(units.length + 1);
  prefix[0] = 0;
  units.forEach((u, i) => {
    if (u.resources > max) throw new UnitTooLargeError(u, max);
    prefix[i + 1] = prefix[i] + u.resources;
  });
  const priority = units.map((u) => keyPriority(u.key));
  const out: UnitRange[] = [];
  const todo: [number, number][] = units.length > 0 ? [[0, units.length]] : [];
  while (todo.length > 0) {
    const [start, end] = todo.pop() as [number, number];
    const resources = prefix[end] - prefix[start];
    if (resources <= max || end - start === 1) {
      out.push({ start, end, resources });
      continue;
    }
    // Split before the highest-priority unit other than the first (ties: the smaller key).
    let cut = start + 1;
    for (let i = start + 2; i < end; i++) {
      if (priority[i] > priority[cut] || (priority[i] === priority[cut] && units[i].key < units[cut].key)) cut = i;
    }
    todo.push([cut, end], [start, cut]);
  }
  return out;
}
