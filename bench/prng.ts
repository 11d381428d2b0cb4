/**
 * A small seeded pseudo-random number generator (mulberry32) and the few draws the generator needs, so a
 * synthetic organisation is a pure function of its size and seed.
 */

/** Draws from a seeded stream; the same seed always gives the same sequence. */
export class Prng {
  private state: number;

  /** @param seed any integer; only its low 32 bits are used */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  public int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  public chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  public pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Up to `count` distinct elements of a list, in draw order (fewer when the list is shorter). */
  public sample<T>(list: readonly T[], count: number): T[] {
    const n = Math.min(count, list.length);
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].map((i) => list[i]);
  }

  /** A random version-4-shaped UUID (lower-case hex). */
  public uuid(): string {
    const hex = (digits: number): string => {
      let s = '';
      for (let i = 0; i < digits; i++) s += Math.floor(this.next() * 16).toString(16);
      return s;
    };
    return `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  }
}
