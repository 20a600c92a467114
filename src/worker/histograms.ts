/**
 * How each hidden layer's activations are spread over the training points: what makes an
 * initialiser or batch normalisation visible (tanh started too large piles up at ±1, zero
 * initialisation is a single spike, He keeps a deep ReLU net's spread from shrinking layer
 * after layer). Binned here, so a frame carries a few hundred numbers, not every activation.
 */
import { forward, HEAD_REGISTRY, type DataTable, type Network } from '../engine';

export const HISTOGRAM_BINS = 24;
/** Points pushed through the network for the histograms: the whole default training set. */
const MAX_POINTS = 256;

export interface ActivationHistograms {
  bins: number;
  /** Share of the layer's values in each bin, layer after layer (hidden layers, then the output layer). */
  counts: Float32Array;
  /** [lo, hi] of each layer's axis. */
  domains: Float32Array;
}

/**
 * Runs up to MAX_POINTS training points through the network (inference mode, as the pictures
 * are) and bins every unit's output, the output layer's included. Unbounded activations share
 * one axis across hidden layers, so a spread that shrinks with depth shows as bars that narrow
 * from layer to layer.
 */
export function activationHistograms(net: Network, table: DataTable, bins = HISTOGRAM_BINS): ActivationHistograms {
  const layers = net.layers;
  const hidden = layers.filter((layer) => !layer.isOutput);
  const rangeOf = (layer: (typeof layers)[number]): readonly [number, number] | null | undefined =>
    layer.isOutput ? HEAD_REGISTRY[net.spec.head].range : layer.activation.range;
  const counts = new Float32Array(layers.length * bins);
  const domains = new Float32Array(layers.length * 2);
  const n = Math.min(MAX_POINTS, table.count);
  if (n === 0) return { bins, counts, domains };
  forward(net, table.inputs.subarray(0, n * table.width), n, 'infer');

  let sharedLo = 0;
  let sharedHi = 0;
  for (const layer of hidden) {
    if (rangeOf(layer)) continue;
    const values = layer.a;
    for (let k = 0; k < n * layer.fanOut; k++) {
      const v = values[k];
      // A diverged layer's Infinity must not become an axis end, nor a value past Float32's
      // range, in which the axis travels to the page: it would arrive as Infinity.
      if (!Number.isFinite(Math.fround(v))) continue;
      if (v < sharedLo) sharedLo = v;
      else if (v > sharedHi) sharedHi = v;
    }
  }
  // All values equal (zero initialisation of a ReLU net: every activation 0) still get a bar.
  if (sharedHi - sharedLo < 1e-9) {
    sharedLo -= 0.5;
    sharedHi += 0.5;
  }

  layers.forEach((layer, l) => {
    // Bounded activations get their range as their axis, so shapes compare across layers and runs.
    const [lo, hi] = rangeOf(layer) ?? (layer.isOutput ? valueRange(layer.a, n * layer.fanOut) : [sharedLo, sharedHi]);
    domains[2 * l] = lo;
    domains[2 * l + 1] = hi;
    const total = n * layer.fanOut;
    const scale = bins / (hi - lo);
    const base = l * bins;
    const values = layer.a;
    for (let k = 0; k < total; k++) {
      const v = values[k];
      // Non-finite values (a diverged run) land in no bin; the run is reported as diverged anyway.
      if (!Number.isFinite(v)) continue;
      const bin = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) * scale)));
      // Whole counts first (exact in a Float32), shares after: adding 1/total would drift.
      counts[base + bin] += 1;
    }
    for (let b = 0; b < bins; b++) counts[base + b] /= total;
  });
  return { bins, counts, domains };
}

/** The finite extremes of values[0 … n), widened when they coincide: a regression output's own axis. */
function valueRange(values: Float64Array, n: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (!Number.isFinite(Math.fround(v))) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi >= lo)) return [-1, 1];
  return hi - lo < 1e-9 ? [lo - 0.5, hi + 0.5] : [lo, hi];
}
