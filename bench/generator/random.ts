/**
 * A small seeded PRNG (mulberry32) and the picks the generator needs. The
 * corpus must be byte-identical for a seed, so nothing here may touch
 * `Math.random`, the clock or the environment.
 */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** True with probability `p`. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items, in their original order. */
  sample: <T>(items: readonly T[], count: number) => T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) {
      throw new RangeError('pick() from an empty list');
    }
    return item;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const indexes = items.map((_, index) => index);
    for (let index = indexes.length - 1; index > 0; index--) {
      const other = int(0, index);
      [indexes[index], indexes[other]] = [indexes[other] ?? 0, indexes[index] ?? 0];
    }
    const chosen = new Set(indexes.slice(0, Math.min(count, items.length)));
    return items.filter((_, index) => chosen.has(index));
  };
  return { next, int, chance: (p) => next() < p, pick, sample };
}

/** One seed per file from the corpus seed, so file `i` is the same whatever the file count. */
export function deriveSeed(seed: number, index: number): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  hash = Math.imul(hash ^ (index + 1), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}
