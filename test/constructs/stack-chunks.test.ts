/** Cutting ordered units into ranges of at most `max`: bounds, determinism and locality under insertion. */
import fc from 'fast-check';
import {
  cutIntoRanges,
  keyPriority,
  UnitTooLargeError,
  type SizedUnit,
  type UnitRange,
} from '../../lib/constructs/stack-chunks';
import { keySlug } from '../../lib/constructs/stack-plan';

const units = (sizes: readonly number[], prefix = 'U'): SizedUnit[] =>
  sizes.map((resources, i) => ({ key: `${prefix}${String(i).padStart(4, '0')}`, resources }));
/** The name of each unit's range, by unit key, as stacks are named: the first range has a fixed name, the others their first key. */
const rangeName = (list: readonly SizedUnit[], ranges: readonly UnitRange[]): Map<string, string> =>
  new Map(
    ranges.flatMap((r) =>
      list.slice(r.start, r.end).map((u) => [u.key, r.start === 0 ? '(first)' : list[r.start].key] as const),
    ),
  );

describe('cutIntoRanges', () => {
  test('covers every unit once, in order, each range within the maximum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 300 }),
        fc.integer({ min: 30, max: 200 }),
        (sizes, max) => {
          const ranges = cutIntoRanges(units(sizes), max);
          let next = 0;
          for (const r of ranges) {
            expect(r.start).toBe(next);
            expect(r.end).toBeGreaterThan(r.start);
            expect(r.resources).toBe(sizes.slice(r.start, r.end).reduce((a, b) => a + b, 0));
            expect(r.resources).toBeLessThanOrEqual(max);
            next = r.end;
          }
          expect(next).toBe(sizes.length);
        },
      ),
    );
  });

  test('keeps everything in one range when it fits, and nothing when there is nothing', () => {
    expect(cutIntoRanges(units([5, 5, 5]), 15)).toEqual([{ start: 0, end: 3, resources: 15 }]);
    expect(cutIntoRanges([], 10)).toEqual([]);
  });

  test('depends on keys and sizes only: the same input gives the same ranges', () => {
    const list = units(Array.from({ length: 500 }, (_, i) => (i * 7) % 13));
    expect(cutIntoRanges(list, 100)).toEqual(cutIntoRanges([...list], 100));
  });

  test('adding a unit moves at most twice the maximum of resources to another range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 50, maxLength: 400 }),
        fc.integer({ min: 40, max: 150 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 20 }),
        (sizes, max, at, size) => {
          const before = units(sizes);
          const pos = at % (before.length + 1);
          // A key sorting between its neighbours: U0012 < U0012+ < U0013.
          const added: SizedUnit = { key: `${pos === 0 ? 'T' : `${before[pos - 1].key}+`}`, resources: size };
          const after = [...before.slice(0, pos), added, ...before.slice(pos)];
          const a = rangeName(before, cutIntoRanges(before, max));
          const b = rangeName(after, cutIntoRanges(after, max));
          const moved = before.filter((u) => a.get(u.key) !== b.get(u.key)).reduce((n, u) => n + u.resources, 0);
          expect(moved).toBeLessThanOrEqual(2 * max);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('fails, naming the unit and the smallest maximum that works, when one unit is larger than the maximum', () => {
    expect(() => cutIntoRanges([{ key: 'ROLE_BIG', resources: 120 }], 100)).toThrow(UnitTooLargeError);
    expect(() => cutIntoRanges([{ key: 'ROLE_BIG', resources: 120 }], 100)).toThrow(
      'ROLE_BIG creates 120 Terraform resources and data sources, more than maxResourcesPerStack (100), and a unit is never split between stacks (its resources depend on each other); raise maxResourcesPerStack to at least 120.',
    );
  });

  test('fails on a maximum that is not a positive integer', () => {
    expect(() => cutIntoRanges(units([1]), 0)).toThrow('maxResourcesPerStack must be a positive integer, got 0');
    expect(() => cutIntoRanges(units([1]), 2.5)).toThrow('got 2.5');
  });

  test('priorities and stack-name suffixes are pure functions of the key', () => {
    expect(keyPriority('TASK_PROD_VIEWER')).toBe(keyPriority('TASK_PROD_VIEWER'));
    expect(keyPriority('TASK_PROD_VIEWER')).not.toBe(keyPriority('TASK_PROD_VIEWES'));
    expect(keySlug('TASK_PROD_KV3_READ/ROLE_TEAM1_DEVELOPER')).toBe('task-prod-kv3-read--role-team1-developer');
    expect(keySlug('CUSTOM_ROLE/VM Power Operator (PROD)')).toBe('custom-role--vm-power-operator-prod');
  });
});
