// The one seeded PRNG of the tests and the benchmarks (mulberry32), so every random test and every
// generated graph is reproducible by its seed.

/**
 * Floats in [0, 1) from a 32-bit seed.
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {object} Rng
 * @property {() => number} next a float in [0, 1)
 * @property {(n: number) => number} int an integer in [0, n)
 * @property {<T>(items: readonly T[]) => T} pick
 * @property {(p: number) => boolean} chance true with probability p
 * @property {<T>(items: T[]) => T[]} shuffle shuffles in place (Fisher–Yates) and returns the array
 */

/**
 * @param {number} seed
 * @returns {Rng}
 */
export function rng(seed) {
  const next = mulberry32(seed);
  /** @param {number} n */
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)],
    chance: (p) => next() < p,
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}
