/**
 * Weight initialisers keyed by the URL token. They fill one layer's weights and biases from
 * the run's rng (mutating the arrays passed in), weight by weight in TF Playground's build
 * order (W[to · fanIn + from]: for each neuron, each of its inputs), so that fed TF's stream
 * they give TF's weights.
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
  // TF Playground's initZero: weights and biases 0. Every neuron of a layer starts identical
  // and, receiving identical gradients, stays so. TF still draws each weight's random number
  // before zeroing it, so the draws are made and dropped here too: the stream after them (the
  // next Reset's weights, Regenerate's seed) stays TF's.
  zeros: {
    init(weights, biases, _fanIn, _fanOut, rng) {
      for (let k = 0; k < weights.length; k++) {
        rng.next();
        weights[k] = 0;
      }
      biases.fill(0);
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
  // Glorot uniform, as Deep Insider's playground draws it when initOrigin is off: uniform in
  // ±√(6 / (fanIn + fanOut)), biases 0; its arithmetic, r · 2limit − limit.
  glorot: {
    init(weights, biases, fanIn, fanOut, rng) {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      for (let k = 0; k < weights.length; k++) weights[k] = rng.next() * (limit * 2) - limit;
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
