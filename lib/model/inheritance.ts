/** Role inheritance, shared by validation and resolution. Cycle-safe. */
import type { RoleDefinition } from './definition';
import { roleName } from './names';

/** Roles by full name (`ROLE_...`); the first definition wins on duplicates. */
export function rolesByName(roles: readonly RoleDefinition[]): Map<string, RoleDefinition> {
  const m = new Map<string, RoleDefinition>();
  for (const r of roles) {
    const n = roleName(r);
    if (!m.has(n)) m.set(n, r);
  }
  return m;
}

/**
 * Every role `start` inherits from, directly or not, each with the chain that leads to it
 * (`[start, parent, grandparent]`), breadth first, so the shortest chain is kept. Cycles and unknown
 * names are skipped (validation reports them).
 */
export function inheritanceChains(start: string, byName: ReadonlyMap<string, RoleDefinition>): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    const parents = [...(byName.get(current)?.inherits ?? [])].sort();
    for (const p of parents) {
      if (chains.has(p) || !byName.has(p)) continue;
      chains.set(p, [...(chains.get(current) as string[]), p]);
      queue.push(p);
    }
  }
  return chains;
}
