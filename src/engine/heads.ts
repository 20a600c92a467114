/**
 * Output heads: the output activation and the loss travel together because the task fixes
 * the pair, and together their backward pass is simple (softmax + cross-entropy gives y − t).
 *
 * Targets arrive as the dataset's labels: ±1 for two classes, the value for regression, the
 * class index for K classes. Each head maps them to what its loss needs.
 */
import type { OutputHeadId } from '../config/config';
import { sigmoid, softplus } from './activations';

export interface OutputHead {
  /**
   * From the logits z (batch × K, row-major) compute the outputs y in place of `out`, and
   * return nothing: y = tanh(z), σ(z), softmax(z) or z.
   */
  forward(z: Float64Array, out: Float64Array, batch: number, units: number): void;
  /** Loss of one sample, from its logits row and outputs row starting at `offset`. */
  loss(z: Float64Array, y: Float64Array, offset: number, units: number, target: number): number;
  /**
   * Writes ∂loss/∂z for one sample, times `scale` (1/batch when averaging), into delta at
   * `offset`; exact for the loss above.
   */
  logitsDer(z: Float64Array, y: Float64Array, offset: number, units: number, target: number, scale: number, delta: Float64Array): void;
  /** 1 if the sample counts as right, 0 if wrong, NaN when the task has no accuracy. */
  correct(y: Float64Array, offset: number, units: number, target: number): number;
  /** The head's output mapped onto [−1, 1] for the heatmap's diverging scale (single-unit heads). */
  toDisplay(y: number): number;
  /** Number of output units for a problem with K classes (1 unless softmax). */
  units(numClasses: number): number;
  /**
   * The interval the outputs lie in (probabilities [0, 1], tanh's [−1, 1]), or null for
   * regression: the output layer's histogram axis, as an activation's `range` is a hidden layer's.
   */
  range: readonly [number, number] | null;
}

/** Binary labels come as ±1 (TF Playground's convention); cross-entropy wants 0/1. */
const toZeroOne = (label: number): number => (label > 0 ? 1 : 0);

export const HEAD_REGISTRY: Record<OutputHeadId, OutputHead> = {
  // TF Playground's classification: tanh output, labels ±1, ½(o − t)².
  'tanh-square': {
    range: [-1, 1],
    forward(z, out, batch) {
      for (let b = 0; b < batch; b++) out[b] = Math.tanh(z[b]);
    },
    loss(_z, y, offset, _units, target) {
      const e = y[offset] - target;
      return 0.5 * e * e;
    },
    logitsDer(_z, y, offset, _units, target, scale, delta) {
      // TF Playground's order: (o − t) · (1 − o²), then the scale (1 in training, so exact).
      const o = y[offset];
      delta[offset] = (o - target) * (1 - o * o) * scale;
    },
    correct: (y, offset, _units, target) => ((y[offset] >= 0 ? 1 : -1) === (target > 0 ? 1 : -1) ? 1 : 0),
    toDisplay: (y) => y,
    units: () => 1,
  },
  // Sigmoid + binary cross-entropy, computed from the logit so that log never sees 0:
  // −[t log σ(z) + (1 − t) log(1 − σ(z))] = softplus(z) − t·z.
  'sigmoid-xent': {
    range: [0, 1],
    forward(z, out, batch) {
      for (let b = 0; b < batch; b++) out[b] = sigmoid(z[b]);
    },
    loss: (z, _y, offset, _units, target) => softplus(z[offset]) - toZeroOne(target) * z[offset],
    logitsDer(_z, y, offset, _units, target, scale, delta) {
      delta[offset] = scale * (y[offset] - toZeroOne(target));
    },
    correct: (y, offset, _units, target) => ((y[offset] >= 0.5) === target > 0 ? 1 : 0),
    toDisplay: (y) => 2 * y - 1,
    units: () => 1,
  },
  // Softmax + cross-entropy; subtracting the max keeps exp() finite at logits of ±1000.
  'softmax-xent': {
    range: [0, 1],
    forward(z, out, batch, units) {
      for (let b = 0; b < batch; b++) {
        const o = b * units;
        let max = -Infinity;
        for (let k = 0; k < units; k++) if (z[o + k] > max) max = z[o + k];
        let sum = 0;
        for (let k = 0; k < units; k++) {
          const e = Math.exp(z[o + k] - max);
          out[o + k] = e;
          sum += e;
        }
        for (let k = 0; k < units; k++) out[o + k] /= sum;
      }
    },
    loss(z, _y, offset, units, target) {
      // −log y_t = logsumexp(z) − z_t, exact even where y_t underflows to 0.
      let max = -Infinity;
      for (let k = 0; k < units; k++) if (z[offset + k] > max) max = z[offset + k];
      let sum = 0;
      for (let k = 0; k < units; k++) sum += Math.exp(z[offset + k] - max);
      return max + Math.log(sum) - z[offset + target];
    },
    logitsDer(_z, y, offset, units, target, scale, delta) {
      for (let k = 0; k < units; k++) delta[offset + k] = scale * (y[offset + k] - (k === target ? 1 : 0));
    },
    correct(y, offset, units, target) {
      let best = 0;
      for (let k = 1; k < units; k++) if (y[offset + k] > y[offset + best]) best = k;
      return best === target ? 1 : 0;
    },
    toDisplay: (y) => y,
    units: (numClasses) => Math.max(2, numClasses),
  },
  'linear-square': {
    range: null,
    forward(z, out, batch) {
      for (let b = 0; b < batch; b++) out[b] = z[b];
    },
    loss(_z, y, offset, _units, target) {
      const e = y[offset] - target;
      return 0.5 * (e * e);
    },
    logitsDer(_z, y, offset, _units, target, scale, delta) {
      delta[offset] = (y[offset] - target) * scale;
    },
    correct: () => NaN,
    toDisplay: (y) => y,
    units: () => 1,
  },
  'linear-abs': {
    range: null,
    forward(z, out, batch) {
      for (let b = 0; b < batch; b++) out[b] = z[b];
    },
    loss: (_z, y, offset, _units, target) => Math.abs(y[offset] - target),
    logitsDer(_z, y, offset, _units, target, scale, delta) {
      const e = y[offset] - target;
      delta[offset] = e > 0 ? scale : e < 0 ? -scale : 0;
    },
    correct: () => NaN,
    toDisplay: (y) => y,
    units: () => 1,
  },
};
