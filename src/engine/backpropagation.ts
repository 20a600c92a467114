/**
 * The backward pass over a batch of rows, mirror of propagation.ts's forward pass: the loss's
 * gradient flows from the head back through each layer (batch norm, dropout mask, activation)
 * into net.grads. The matrix products live in denseGradients.ts; they apply the ReLU and tanh
 * derivatives as they go.
 */
import { denseInputGradients, denseWeightGradients } from './denseGradients';
import type { Network } from './network';
import { inlineFor } from './propagation';

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
