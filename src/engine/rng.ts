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
  /** An independent copy at the same position: both go on to draw the same numbers. */
  clone(): Rng;
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
 * a handful of integer operations, so it costs nothing beside the maths it feeds. Streams that
 * TF Playground has no counterpart for (dropout masks, the reshuffled order) use it.
 */
export function createRng(seed: string | number): Rng {
  return mulberry(typeof seed === 'number' ? seed >>> 0 : hashSeed(seed));
}

function mulberry(start: number): Rng {
  // The state lives in a typed array: V8 would box a number kept in a closure variable in a
  // fresh heap number whenever it leaves the small-integer range, on every call.
  const state = new Int32Array([start]);
  const next = (): number => {
    state[0] = (state[0] + 0x6d2b79f5) | 0;
    let t = state[0];
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return rngFrom(next, () => mulberry(state[0]));
}

/**
 * The Rng methods over a source of uniform numbers, computed with TF Playground's arithmetic
 * (dataset.ts: randUniform, normalRandom; playground.ts: the shuffle), operation for operation,
 * so that fed TF's own stream they give its numbers bit for bit.
 */
export function rngFrom(next: () => number, clone: () => Rng): Rng {
  return {
    next,
    // TF: Math.random() * (b − a) + a, the same two roundings.
    uniform: (lo, hi) => next() * (hi - lo) + lo,
    normal: (mean, std) => {
      // Marsaglia's polar method, as TF Playground draws its gaussian data. TF accepts s = 0,
      // which would give NaN; that draw (one in 2⁵⁰ or so) is redrawn here.
      let v1: number, v2: number, s: number;
      do {
        v1 = 2 * next() - 1;
        v2 = 2 * next() - 1;
        s = v1 * v1 + v2 * v2;
      } while (s > 1 || s === 0);
      return mean + std * (Math.sqrt((-2 * Math.log(s)) / s) * v1);
    },
    int: (n) => Math.floor(next() * n),
    clone,
  };
}

/**
 * Fisher–Yates in place (mutates `order`), as TF Playground's shuffle: from the last position
 * down to the first, each swapped with a position drawn at or below it. Down to the first
 * included, so it draws `order.length` numbers, one more than needed, as TF does.
 */
export function shuffleInPlace(order: Uint32Array | number[], rng: Rng): void {
  for (let i = order.length - 1; i >= 0; i--) {
    const j = rng.int(i + 1);
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
}
