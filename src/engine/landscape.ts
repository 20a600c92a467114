/**
 * The loss landscape (Li et al., 2018, "Visualizing the Loss Landscape of Neural Nets"): the
 * training loss over the plane θ + α·d₁ + β·d₂ through the current weights θ, along two random
 * directions. A random direction means nothing at the scale of its own draw: a layer with small
 * weights would be swamped and one with large weights barely moved. So each direction is scaled
 * filter by filter (for a dense layer, a neuron's incoming weights) to the norm of the weights
 * it perturbs, and each layer's biases to the norm of that layer's biases; batch-norm γ and β
 * are left where they are.
 */
import type { Network } from './network';
import type { Rng } from './rng';
import { evaluate, type DataTable } from './training';

export interface LandscapeGrid {
  /** Cells per side. */
  size: number;
  /** α and β run over [−extent, extent]. */
  extent: number;
  /** Mean training loss at (α_i, β_j) in losses[j · size + i], α left to right, β bottom (j = 0) to top. */
  losses: Float64Array;
}

const offsetIn = (net: Network, view: Float64Array) => (view.byteOffset - net.params.byteOffset) / Float64Array.BYTES_PER_ELEMENT;

function scaleTo(direction: Float64Array, params: Float64Array, start: number, end: number): void {
  let dn = 0;
  let pn = 0;
  for (let k = start; k < end; k++) {
    dn += direction[k] * direction[k];
    pn += params[k] * params[k];
  }
  const factor = dn > 0 ? Math.sqrt(pn / dn) : 0;
  for (let k = start; k < end; k++) direction[k] *= factor;
}

/** One direction of the same length as net.params, normalised filter by filter. */
export function normalizedDirection(net: Network, rng: Rng): Float64Array {
  const d = new Float64Array(net.params.length);
  for (const layer of net.layers) {
    const w = offsetIn(net, layer.weights);
    for (let j = 0; j < layer.fanOut; j++) {
      const start = w + j * layer.fanIn;
      for (let k = start; k < start + layer.fanIn; k++) d[k] = rng.normal(0, 1);
      scaleTo(d, net.params, start, start + layer.fanIn);
    }
    const b = offsetIn(net, layer.biases);
    for (let k = b; k < b + layer.fanOut; k++) d[k] = rng.normal(0, 1);
    scaleTo(d, net.params, b, b + layer.fanOut);
  }
  return d;
}

/**
 * Where each point of a path of parameter vectors lies on the plane through `center` spanned by
 * d₁ and d₂: the least-squares (α, β) of point − center. Interleaved α, β per point.
 */
export function projectPath(path: readonly Float64Array[], center: Float64Array, d1: Float64Array, d2: Float64Array): Float64Array {
  let g11 = 0;
  let g12 = 0;
  let g22 = 0;
  for (let k = 0; k < center.length; k++) {
    g11 += d1[k] * d1[k];
    g12 += d1[k] * d2[k];
    g22 += d2[k] * d2[k];
  }
  const det = g11 * g22 - g12 * g12;
  const out = new Float64Array(2 * path.length);
  if (!(det > 1e-300)) return out;
  path.forEach((p, n) => {
    let r1 = 0;
    let r2 = 0;
    for (let k = 0; k < center.length; k++) {
      const v = p[k] - center[k];
      r1 += d1[k] * v;
      r2 += d2[k] * v;
    }
    out[2 * n] = (g22 * r1 - g12 * r2) / det;
    out[2 * n + 1] = (g11 * r2 - g12 * r1) / det;
  });
  return out;
}

/**
 * The mean training loss (what the page reports as the training loss) at every cell of the
 * plane. Moves the parameters while it measures and puts them back exactly.
 */
export function lossLandscape(net: Network, data: DataTable, d1: Float64Array, d2: Float64Array, size: number, extent: number): LandscapeGrid {
  const params = net.params;
  const center = Float64Array.from(params);
  const losses = new Float64Array(size * size);
  const mid = (size - 1) / 2;
  try {
    for (let j = 0; j < size; j++) {
      const beta = ((j - mid) / mid) * extent;
      for (let i = 0; i < size; i++) {
        const alpha = ((i - mid) / mid) * extent;
        for (let k = 0; k < params.length; k++) params[k] = center[k] + alpha * d1[k] + beta * d2[k];
        losses[j * size + i] = evaluate(net, data).loss;
      }
    }
  } finally {
    params.set(center);
  }
  return { size, extent, losses };
}

/** The plane's half-width: the unit square of Li et al., widened to hold the whole path. */
export function landscapeExtent(path: Float64Array, cap = 10): number {
  let far = 0;
  for (const v of path) if (Number.isFinite(v)) far = Math.max(far, Math.abs(v));
  return Math.min(cap, Math.max(1, far * 1.15));
}
