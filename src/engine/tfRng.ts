/**
 * TF Playground's random stream: the seedrandom library's ARC4 generator, seeded with the
 * link's `seed` string exactly as TF's `Math.seedrandom(state.seed)` seeds it. A run draws its
 * data, the shuffle and every initial weight from one such stream, in TF's order, so a TF link
 * gives TF's points and weights bit for bit. Kept apart from rng.ts so that only the worker,
 * which builds runs, carries the library; the page's thumbnails use the light generator.
 */
import seedrandom from 'seedrandom/seedrandom';
import { rngFrom, type Rng } from './rng';

type Arc4State = seedrandom.State.Arc4;

function fromState(state: Arc4State): Rng {
  const prng = seedrandom('', { state });
  return rngFrom(prng, () => fromState(prng.state()));
}

/** A stream that draws what TF Playground's Math.random draws after `Math.seedrandom(seed)`. */
export function createTfRng(seed: string): Rng {
  const prng = seedrandom(seed, { state: true });
  return rngFrom(prng, () => fromState(prng.state()));
}
