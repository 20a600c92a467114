/**
 * With every hidden layer linear, the network is one affine map: a composition of affine maps
 * is affine. W_eff and b_eff are multiplied out of the weights (not trained), as the network
 * computes in inference: dropout off, batch norm the fixed affine map of its running averages.
 */
import { PLANE_EXTENT, type FeatureId } from '../config/config';
import { BATCH_NORM_EPSILON, type Network } from './network';

export interface CollapsedLayer {
  /** Output units × inputs, row-major: z_out = W_eff · x + b_eff. */
  weights: Float64Array;
  biases: Float64Array;
  inputs: number;
  outputs: number;
}

/** Whether the collapse applies: every hidden layer's activation is the identity. */
export function collapses(net: Network): boolean {
  return net.layers.every((l) => l.isOutput || l.activationId === 'linear');
}

/** The single layer the network equals, or null when a hidden layer is not linear. */
export function collapseLinear(net: Network): CollapsedLayer | null {
  if (!collapses(net)) return null;
  const inputs = net.spec.inputSize;
  // Start from the identity map x ↦ I·x + 0, then push it through each layer.
  let W = new Float64Array(inputs * inputs);
  for (let i = 0; i < inputs; i++) W[i * inputs + i] = 1;
  let b = new Float64Array(inputs);
  for (const layer of net.layers) {
    const { fanIn, fanOut } = layer;
    const nextW = new Float64Array(fanOut * inputs);
    const nextB = new Float64Array(fanOut);
    for (let j = 0; j < fanOut; j++) {
      let bias = layer.biases[j];
      for (let k = 0; k < fanIn; k++) bias += layer.weights[j * fanIn + k] * b[k];
      let scale = 1;
      let shift = 0;
      if (layer.batchNorm) {
        scale = layer.gamma[j] / Math.sqrt(layer.runningVar[j] + BATCH_NORM_EPSILON);
        shift = layer.beta[j] - scale * layer.runningMean[j];
      }
      nextB[j] = scale * bias + shift;
      for (let i = 0; i < inputs; i++) {
        let s = 0;
        for (let k = 0; k < fanIn; k++) s += layer.weights[j * fanIn + k] * W[k * inputs + i];
        nextW[j * inputs + i] = scale * s;
      }
    }
    W = nextW;
    b = nextB;
  }
  return { weights: W, biases: b, inputs, outputs: b.length };
}

/** z = W_eff · x + b_eff for one input (row `unit`). */
export function collapsedLogit(layer: CollapsedLayer, input: ArrayLike<number>, unit = 0): number {
  let s = layer.biases[unit];
  for (let i = 0; i < layer.inputs; i++) s += layer.weights[unit * layer.inputs + i] * input[i];
  return s;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where a * x + b * y + c = 0 crosses the plane's square, or null when it misses it (or a = b = 0).
 */
export function clipLine(a: number, b: number, c: number, extent = PLANE_EXTENT): Segment | null {
  const pts: [number, number][] = [];
  const push = (x: number, y: number) => {
    if (Math.abs(x) <= extent * (1 + 1e-12) && Math.abs(y) <= extent * (1 + 1e-12) && !pts.some(([px, py]) => Math.hypot(px - x, py - y) < 1e-9)) pts.push([x, y]);
  };
  if (b !== 0) for (const x of [-extent, extent]) push(x, -(a * x + c) / b);
  if (a !== 0) for (const y of [-extent, extent]) push(-(b * y + c) / a, y);
  if (pts.length < 2) return null;
  return { x1: pts[0][0], y1: pts[0][1], x2: pts[1][0], y2: pts[1][1] };
}

/**
 * The single layer's decision boundary in the plane (its zero level, where a one-output head
 * crosses its middle: tanh 0, σ ½), when the inputs are x and y themselves; null when a feature
 * is curved (x², sin x: the zero level is then not a line in the plane) or the line misses it.
 */
export function collapsedBoundary(layer: CollapsedLayer, features: readonly FeatureId[], unit = 0): Segment | null {
  if (features.some((f) => f !== 'x' && f !== 'y')) return null;
  let a = 0;
  let b = 0;
  features.forEach((f, i) => {
    const w = layer.weights[unit * layer.inputs + i];
    if (f === 'x') a += w;
    else b += w;
  });
  return clipLine(a, b, layer.biases[unit]);
}
