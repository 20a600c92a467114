/**
 * The specification of the dense kernels (dense.ts, denseGradients.ts): the same products as
 * plain loops, one result at a time, in the order each sum must be taken. The tiled kernels
 * must equal these bit for bit, whatever the shape (dense.test.ts holds them to it); read these
 * first to know what the kernels compute, and change these first to change it.
 */
import type { Inline } from './dense';

/** z = W·input + b per row, summed bias first, then input by input; with `inline`, out = f(z). */
export function denseForwardReference(
  weights: Float64Array,
  biases: Float64Array,
  input: Float64Array,
  z: Float64Array,
  out: Float64Array,
  batch: number,
  fanIn: number,
  fanOut: number,
  inline: Inline,
): void {
  for (let b = 0; b < batch; b++) {
    for (let j = 0; j < fanOut; j++) {
      let s = biases[j];
      for (let i = 0; i < fanIn; i++) s += weights[j * fanIn + i] * input[b * fanIn + i];
      z[b * fanOut + j] = s;
      if (inline === 'relu') out[b * fanOut + j] = s > 0 ? s : 0;
      else if (inline === 'tanh') out[b * fanOut + j] = Math.tanh(s);
    }
  }
}

/** ∂L/∂W = δ·xᵀ and ∂L/∂b = Σ δ over the batch, summed row by row; overwrites both. */
export function denseWeightGradientsReference(
  delta: Float64Array,
  input: Float64Array,
  weightDer: Float64Array,
  biasDer: Float64Array,
  batch: number,
  fanIn: number,
  fanOut: number,
): void {
  for (let j = 0; j < fanOut; j++) {
    let bias = 0;
    for (let b = 0; b < batch; b++) bias += delta[b * fanOut + j];
    biasDer[j] = bias;
    for (let i = 0; i < fanIn; i++) {
      let s = 0;
      for (let b = 0; b < batch; b++) s += delta[b * fanOut + j] * input[b * fanIn + i];
      weightDer[j * fanIn + i] = s;
    }
  }
}

/**
 * ∂L/∂(layer below's output) = Wᵀ·δ, summed output by output, then through the layer below's
 * inline activation: ReLU passes it where z > 0, tanh multiplies by 1 − a².
 */
export function denseInputGradientsReference(
  delta: Float64Array,
  weights: Float64Array,
  inputDelta: Float64Array,
  batch: number,
  fanIn: number,
  fanOut: number,
  inline: Inline,
  belowZ: Float64Array,
  belowActivated: Float64Array,
): void {
  for (let b = 0; b < batch; b++) {
    for (let i = 0; i < fanIn; i++) {
      let s = 0;
      for (let j = 0; j < fanOut; j++) s += weights[j * fanIn + i] * delta[b * fanOut + j];
      const k = b * fanIn + i;
      const a = belowActivated[k];
      inputDelta[k] = inline === 'relu' ? (belowZ[k] <= 0 ? 0 : s) : inline === 'tanh' ? s * (1 - a * a) : s;
    }
  }
}
