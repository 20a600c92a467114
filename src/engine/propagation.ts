/**
 * The forward pass over a batch of rows at once (row-major batch × units); its mirror, the
 * backward pass, is backpropagation.ts (apart so that the page, which only runs the network
 * forward for its hover card, does not load the backward kernels). Batch-at-a-time is what
 * batch normalisation needs, and it lets one call per layer do all the work, so the inner loops
 * are plain typed-array arithmetic with no allocation and no per-neuron calls. The matrix
 * products live in dense.ts; they apply ReLU and tanh as they go.
 */
import { ACTIVATION_REGISTRY, type Activation } from './activations';
import { denseForward, type Inline } from './dense';
import { BATCH_NORM_EPSILON, BATCH_NORM_MOMENTUM, type Network } from './network';
import type { Rng } from './rng';

export type Mode = 'train' | 'infer';

/**
 * Runs `batch` rows of `inputs` (batch × inputSize) through the network. In 'train' mode
 * batch norm uses the batch's statistics (and updates the running ones) and dropout draws a
 * mask from `rng`; in 'infer' mode batch norm uses the running statistics and dropout is off.
 * Results stay in each layer's workspace; the outputs are in the last layer's `a`.
 */
export function forward(net: Network, inputs: Float64Array, batch: number, mode: Mode, rng?: Rng): void {
  net.ensureCapacity(batch);
  let prev = inputs;
  const layers = net.layers;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l];
    const { fanIn, fanOut } = layer;
    // Batch norm comes between W·x + b and the activation, so it cannot be applied inline.
    const inline = layer.isOutput || layer.batchNorm ? null : inlineFor(layer.activation);
    denseForward(layer.weights, layer.biases, prev, layer.preNorm, layer.activated, batch, fanIn, fanOut, inline);
    if (layer.batchNorm) normalizeForward(net, l, batch, mode);
    if (layer.isOutput) {
      net.head.forward(layer.z, layer.a, batch, fanOut);
    } else {
      if (inline === null) layer.activation.forward(layer.z, layer.activated, batch * fanOut);
      if (mode === 'train' && layer.dropout > 0) {
        if (!rng) throw new Error('dropout in training needs an rng');
        const keep = 1 - layer.dropout;
        const scale = 1 / keep;
        const n = batch * fanOut;
        for (let k = 0; k < n; k++) {
          const m = rng.next() < keep ? scale : 0;
          layer.mask[k] = m;
          layer.a[k] = layer.activated[k] * m;
        }
      } else if (layer.a !== layer.activated) {
        // Inverted dropout scales in training, so inference uses f(z) as it is.
        layer.a.set(layer.activated.subarray(0, batch * fanOut));
      }
    }
    prev = layer.a;
  }
}

function normalizeForward(net: Network, l: number, batch: number, mode: Mode): void {
  const layer = net.layers[l];
  const { fanOut, preNorm, normalized, z, gamma, beta, batchMean, batchInvStd, runningMean, runningVar } = layer;
  for (let j = 0; j < fanOut; j++) {
    let mean: number;
    let invStd: number;
    if (mode === 'train') {
      mean = 0;
      for (let b = 0; b < batch; b++) mean += preNorm[b * fanOut + j];
      mean /= batch;
      let variance = 0;
      for (let b = 0; b < batch; b++) {
        const d = preNorm[b * fanOut + j] - mean;
        variance += d * d;
      }
      variance /= batch;
      invStd = 1 / Math.sqrt(variance + BATCH_NORM_EPSILON);
      runningMean[j] = BATCH_NORM_MOMENTUM * runningMean[j] + (1 - BATCH_NORM_MOMENTUM) * mean;
      // The running variance estimates the population's, hence Bessel's correction.
      const unbiased = batch > 1 ? (variance * batch) / (batch - 1) : variance;
      runningVar[j] = BATCH_NORM_MOMENTUM * runningVar[j] + (1 - BATCH_NORM_MOMENTUM) * unbiased;
    } else {
      mean = runningMean[j];
      invStd = 1 / Math.sqrt(runningVar[j] + BATCH_NORM_EPSILON);
    }
    batchMean[j] = mean;
    batchInvStd[j] = invStd;
    const g = gamma[j];
    const s = beta[j];
    for (let b = 0; b < batch; b++) {
      const k = b * fanOut + j;
      const xhat = (preNorm[k] - mean) * invStd;
      normalized[k] = xhat;
      z[k] = g * xhat + s;
    }
  }
}

/** Which activations the dense kernels apply inline, saving a pass over the batch. */
export function inlineFor(activation: Activation): Inline {
  if (activation === ACTIVATION_REGISTRY.relu) return 'relu';
  if (activation === ACTIVATION_REGISTRY.tanh) return 'tanh';
  return null;
}
