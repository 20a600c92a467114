/**
 * Seeded randomness. Nothing in the engine or the data calls Math.random: every generator and
 * initialiser takes an Rng made from the run's seed, so one URL gives one run, bit for bit.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Gaussian with the given mean and standard deviation. */
  normal(mean: number, std: number): number;
  /** Integer uniform in [0, n). */
  int(n: number): number;
}

/** FNV-1a over the UTF-16 code units: turns any seed string into a 32-bit state. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * mulberry32: 32 bits of state, passes the usual statistical batteries for this use, and is
 * a handful of integer operations, so it costs nothing beside the maths it feeds.
 */
export function createRng(seed: string | number): Rng {
  // The state lives in a typed array: V8 would box a number kept in a closure variable in a
  // fresh heap number whenever it leaves the small-integer range, on every call.
  const state = new Int32Array([typeof seed === 'number' ? seed >>> 0 : hashSeed(seed)]);
  const next = (): number => {
    state[0] = (state[0] + 0x6d2b79f5) | 0;
    let t = state[0];
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal: (mean, std) => {
      // Marsaglia's polar method, as TF Playground uses for its gaussian data.
      let v1: number, v2: number, s: number;
      do {
        v1 = 2 * next() - 1;
        v2 = 2 * next() - 1;
        s = v1 * v1 + v2 * v2;
      } while (s >= 1 || s === 0);
      return mean + std * Math.sqrt((-2 * Math.log(s)) / s) * v1;
    },
    int: (n) => Math.floor(next() * n),
  };
}

/** Fisher–Yates in place (mutates `order`). */
export function shuffleInPlace(order: Uint32Array | number[], rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
}
