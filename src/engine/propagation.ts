/**
 * Forward and backward passes, side by side, over a batch of rows at once (row-major
 * batch × units). Batch-at-a-time is what batch normalisation needs, and it lets one call
 * per layer do all the work, so the inner loops are plain typed-array arithmetic with no
 * allocation and no per-neuron calls. The matrix products live in dense.ts (forward) and
 * denseGradients.ts (backward); they apply ReLU and tanh, and their derivatives, as they go.
 */
import { ACTIVATION_REGISTRY, type Activation } from './activations';
import { denseForward, type Inline } from './dense';
import { denseInputGradients, denseWeightGradients } from './denseGradients';
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

/**
 * Backpropagates the loss summed over the batch whose forward pass just ran in 'train' mode,
 * times `scale`, and WRITES ∂(scale · Σ loss)/∂param into net.grads (mutates it): every entry
 * is overwritten, so there is nothing to zero first. Training keeps scale = 1, the sums TF
 * Playground accumulates (each summed from 0 in the batch's order, as it does), and lets the
 * optimizer divide; 1/batch gives the mean loss's gradient.
 * `targets` holds the batch's labels. Returns nothing: read the gradients from net.grads.
 */
export function backward(net: Network, inputs: Float64Array, targets: Float64Array, batch: number, scale = 1): void {
  const layers = net.layers;
  const out = layers[layers.length - 1];
  const units = out.fanOut;
  for (let b = 0; b < batch; b++) net.head.logitsDer(out.z, out.a, b * units, units, targets[b], scale, out.delta);

  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const { fanIn, fanOut } = layer;
    if (layer.batchNorm) normalizeBackward(net, l, batch);
    const dPre = layer.preNormDelta;
    if (l === 0) {
      denseWeightGradients(dPre, inputs, layer.weightDer, layer.biasDer, batch, fanIn, fanOut);
      break;
    }
    const below = layers[l - 1];
    denseWeightGradients(dPre, below.a, layer.weightDer, layer.biasDer, batch, fanIn, fanOut);
    // ∂L/∂a below, then through its dropout mask and its activation to ∂L/∂z below. The mask
    // comes between the two, so with dropout the activation cannot be applied inline.
    const hasDropout = below.dropout > 0 && below.a !== below.activated;
    const inline = hasDropout ? null : inlineFor(below.activation);
    const dBelow = below.delta;
    denseInputGradients(dPre, layer.weights, dBelow, batch, fanIn, fanOut, inline, below.z, below.activated);
    if (inline !== null) continue;
    const n = batch * fanIn;
    if (hasDropout) {
      const mask = below.mask;
      for (let k = 0; k < n; k++) dBelow[k] *= mask[k];
    }
    below.activation.backward(below.z, below.activated, dBelow, n);
  }
}

/** Which activations the dense kernels apply inline, saving a pass over the batch. */
function inlineFor(activation: Activation): Inline {
  if (activation === ACTIVATION_REGISTRY.relu) return 'relu';
  if (activation === ACTIVATION_REGISTRY.tanh) return 'tanh';
  return null;
}

function normalizeBackward(net: Network, l: number, batch: number): void {
  const layer = net.layers[l];
  const { fanOut, delta, preNormDelta, normalized, gamma, gammaDer, betaDer, batchInvStd } = layer;
  for (let j = 0; j < fanOut; j++) {
    let sumDelta = 0;
    let sumDeltaXhat = 0;
    for (let b = 0; b < batch; b++) {
      const k = b * fanOut + j;
      sumDelta += delta[k];
      sumDeltaXhat += delta[k] * normalized[k];
    }
    gammaDer[j] = sumDeltaXhat;
    betaDer[j] = sumDelta;
    // dx = γ/(B·σ) · (B·δ − Σδ − x̂·Σ(δ·x̂)), the batch-norm backward pass with δ = ∂L/∂y.
    const factor = (gamma[j] * batchInvStd[j]) / batch;
    for (let b = 0; b < batch; b++) {
      const k = b * fanOut + j;
      preNormDelta[k] = factor * (batch * delta[k] - sumDelta - normalized[k] * sumDeltaXhat);
    }
  }
}
