/**
 * Weight penalties keyed by the URL token. Only weights are penalised, never biases or the
 * batch-norm γ and β, as in TF Playground and the usual texts.
 *
 * Training applies a penalty as TF Playground does: after the optimizer's step on the data's
 * gradient, each weight moves by −η·λ·der(w), der taken at the weight it had before that step
 * (see update.ts). The gradient check reads `addGradient`, the same der added to a gradient.
 */
import type { RegularizationId } from '../config/config';

export interface Regularizer {
  /** Penalty of the weights, before multiplying by the rate λ. */
  penalty(params: Float64Array, ranges: readonly (readonly [number, number])[]): number;
  /** ∂penalty/∂w of one weight (TF's `der`). */
  der(weight: number): number;
  /** grads[k] += λ · ∂penalty/∂w over the weight ranges (mutates grads). */
  addGradient(params: Float64Array, grads: Float64Array, ranges: readonly (readonly [number, number])[], rate: number): void;
  /** A step that carries a weight across zero sets it to exactly 0, and it stays there (TF's L1 rule). */
  readonly clampsAtZero: boolean;
}

function penaltyOf(term: (w: number) => number) {
  return (params: Float64Array, ranges: readonly (readonly [number, number])[]): number => {
    let s = 0;
    for (const [start, end] of ranges) for (let k = start; k < end; k++) s += term(params[k]);
    return s;
  };
}

function gradientOf(der: (w: number) => number): Regularizer['addGradient'] {
  return (params, grads, ranges, rate) => {
    for (const [start, end] of ranges) for (let k = start; k < end; k++) grads[k] += rate * der(params[k]);
  };
}

const l1Der = (w: number): number => (w < 0 ? -1 : w > 0 ? 1 : 0);
const l2Der = (w: number): number => w;

export const REGULARIZER_REGISTRY: Record<RegularizationId, Regularizer> = {
  none: {
    penalty: () => 0,
    der: () => 0,
    addGradient() {},
    clampsAtZero: false,
  },
  // L1 = λ Σ |w|: pushes small weights to exactly zero (sparse weights).
  L1: {
    penalty: penaltyOf(Math.abs),
    der: l1Der,
    addGradient: gradientOf(l1Der),
    clampsAtZero: true,
  },
  // L2 = (λ/2) Σ w²: weight decay, shrinks every weight in proportion to its size.
  L2: {
    penalty: penaltyOf((w) => 0.5 * w * w),
    der: l2Der,
    addGradient: gradientOf(l2Der),
    clampsAtZero: false,
  },
};
