/**
 * Weight penalties keyed by the URL token. Only weights are penalised, never biases or the
 * batch-norm γ and β, as in TF Playground and the usual texts.
 */
import type { RegularizationId } from '../config/config';

export interface Regularizer {
  /** Penalty of the weights, before multiplying by the rate λ. */
  penalty(params: Float64Array, ranges: readonly (readonly [number, number])[]): number;
  /** grads[k] += λ · ∂penalty/∂w over the weight ranges (mutates grads). */
  addGradient(params: Float64Array, grads: Float64Array, ranges: readonly (readonly [number, number])[], rate: number): void;
}

export const REGULARIZER_REGISTRY: Record<RegularizationId, Regularizer> = {
  none: {
    penalty: () => 0,
    addGradient() {},
  },
  // L1 = λ Σ |w|: pushes small weights to exactly zero (sparse weights).
  L1: {
    penalty(params, ranges) {
      let s = 0;
      for (const [start, end] of ranges) for (let k = start; k < end; k++) s += Math.abs(params[k]);
      return s;
    },
    addGradient(params, grads, ranges, rate) {
      for (const [start, end] of ranges)
        for (let k = start; k < end; k++) grads[k] += rate * (params[k] > 0 ? 1 : params[k] < 0 ? -1 : 0);
    },
  },
  // L2 = (λ/2) Σ w²: weight decay, shrinks every weight in proportion to its size.
  L2: {
    penalty(params, ranges) {
      let s = 0;
      for (const [start, end] of ranges) for (let k = start; k < end; k++) s += params[k] * params[k];
      return 0.5 * s;
    },
    addGradient(params, grads, ranges, rate) {
      for (const [start, end] of ranges) for (let k = start; k < end; k++) grads[k] += rate * params[k];
    },
  },
};
