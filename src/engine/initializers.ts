/**
 * Weight initialisers keyed by the URL token. They fill one layer's weights and biases from
 * the run's rng (mutating the arrays passed in).
 */
import type { InitializerId } from '../config/config';
import type { Rng } from './rng';

export interface Initializer {
  init(weights: Float64Array, biases: Float64Array, fanIn: number, fanOut: number, rng: Rng): void;
}

export const INITIALIZER_REGISTRY: Record<InitializerId, Initializer> = {
  // TF Playground's: weights uniform in ±0.5, biases 0.1.
  tfp: {
    init(weights, biases, _fanIn, _fanOut, rng) {
      for (let k = 0; k < weights.length; k++) weights[k] = rng.next() - 0.5;
      biases.fill(0.1);
    },
  },
  // Every neuron of a layer starts identical and, receiving identical gradients, stays so.
  // Biases stay at TF Playground's 0.1, as its initZero leaves them: with biases at 0 too, a
  // tanh network would output 0 everywhere and not move at all, which hides the lesson (the
  // neurons do learn, but all the same thing).
  zeros: {
    init(weights, biases) {
      weights.fill(0);
      biases.fill(0.1);
    },
  },
  // Xavier / Glorot: σ = 1/√n keeps the variance of sigmoid and tanh layers steady.
  xavier: {
    init(weights, biases, fanIn, _fanOut, rng) {
      const std = 1 / Math.sqrt(fanIn);
      for (let k = 0; k < weights.length; k++) weights[k] = rng.normal(0, std);
      biases.fill(0);
    },
  },
  // He: σ = √(2/n) makes up for ReLU zeroing half its inputs.
  he: {
    init(weights, biases, fanIn, _fanOut, rng) {
      const std = Math.sqrt(2 / fanIn);
      for (let k = 0; k < weights.length; k++) weights[k] = rng.normal(0, std);
      biases.fill(0);
    },
  },
};
