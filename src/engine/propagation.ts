/**
 * Forward and backward passes, side by side, over a batch of rows at once (row-major
 * batch × units). Batch-at-a-time is what batch normalisation needs, and it lets one call
 * per layer do all the work, so the inner loops are plain typed-array arithmetic with no
 * allocation and no per-neuron calls.
 */
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
    const { fanIn, fanOut, weights, biases } = layer;
    const pre = layer.preNorm;
    for (let b = 0; b < batch; b++) {
      const inRow = b * fanIn;
      const outRow = b * fanOut;
      for (let j = 0; j < fanOut; j++) {
        let sum = biases[j];
        const w = j * fanIn;
        for (let i = 0; i < fanIn; i++) sum += weights[w + i] * prev[inRow + i];
        pre[outRow + j] = sum;
      }
    }
    if (layer.batchNorm) normalizeForward(net, l, batch, mode);
    if (layer.isOutput) {
      net.head.forward(layer.z, layer.a, batch, fanOut);
    } else {
      layer.activation.forward(layer.z, layer.activated, batch * fanOut);
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
 * Backpropagates the mean loss over the batch whose forward pass just ran in 'train' mode,
 * and ADDS ∂(mean loss)/∂param into net.grads (mutates it; zero it first for a fresh step).
 * `targets` holds the batch's labels. Returns nothing: read the gradients from net.grads.
 */
export function backward(net: Network, inputs: Float64Array, targets: Float64Array, batch: number): void {
  const layers = net.layers;
  const out = layers[layers.length - 1];
  const units = out.fanOut;
  const scale = 1 / batch;
  for (let b = 0; b < batch; b++) net.head.logitsDer(out.z, out.a, b * units, units, targets[b], scale, out.delta);

  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const { fanIn, fanOut, weights, weightDer, biasDer } = layer;
    if (layer.batchNorm) normalizeBackward(net, l, batch);
    const dPre = layer.preNormDelta;
    if (l === 0) {
      accumulateWeightDer(dPre, inputs, weightDer, biasDer, batch, fanIn, fanOut);
      break;
    }
    const below = layers[l - 1];
    const prevA = below.a;
    // One pass gives both ∂L/∂W += dPre · aᵀ and ∂L/∂a_below = Wᵀ · dPre (then through the
    // layer below's dropout mask and activation).
    const dBelow = below.delta;
    const n = batch * fanIn;
    dBelow.fill(0, 0, n);
    for (let b = 0; b < batch; b++) {
      const inRow = b * fanIn;
      const outRow = b * fanOut;
      for (let j = 0; j < fanOut; j++) {
        const d = dPre[outRow + j];
        if (d === 0) continue;
        biasDer[j] += d;
        const w = j * fanIn;
        for (let i = 0; i < fanIn; i++) {
          weightDer[w + i] += d * prevA[inRow + i];
          dBelow[inRow + i] += weights[w + i] * d;
        }
      }
    }
    if (below.dropout > 0 && below.a !== below.activated) {
      const mask = below.mask;
      for (let k = 0; k < n; k++) dBelow[k] *= mask[k];
    }
    below.activation.backward(below.z, below.activated, dBelow, n);
  }
}

/** ∂L/∂W += dPre · inputsᵀ and ∂L/∂b += Σ dPre for the first layer, which passes nothing further back. */
function accumulateWeightDer(
  dPre: Float64Array,
  inputs: Float64Array,
  weightDer: Float64Array,
  biasDer: Float64Array,
  batch: number,
  fanIn: number,
  fanOut: number,
): void {
  for (let b = 0; b < batch; b++) {
    const inRow = b * fanIn;
    const outRow = b * fanOut;
    for (let j = 0; j < fanOut; j++) {
      const d = dPre[outRow + j];
      if (d === 0) continue;
      biasDer[j] += d;
      const w = j * fanIn;
      for (let i = 0; i < fanIn; i++) weightDer[w + i] += d * inputs[inRow + i];
    }
  }
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
    gammaDer[j] += sumDeltaXhat;
    betaDer[j] += sumDelta;
    // dx = γ/(B·σ) · (B·δ − Σδ − x̂·Σ(δ·x̂)), the batch-norm backward pass with δ = ∂L/∂y.
    const factor = (gamma[j] * batchInvStd[j]) / batch;
    for (let b = 0; b < batch; b++) {
      const k = b * fanOut + j;
      preNormDelta[k] = factor * (batch * delta[k] - sumDelta - normalized[k] * sumDeltaXhat);
    }
  }
}
