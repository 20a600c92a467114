/**
 * How a network's parameters travel flat, the one layout the worker packs and the page reads
 * (a frame's `weights`, `biases` and `batchNorm`, the probe's copy of the network, the diagram's
 * links, the histograms' rows, an edited weight):
 * - weights: layer after layer (1 = first hidden layer … last = output), each row-major by the
 *   neuron it goes to, W[to · fanIn + from];
 * - biases: layer after layer, one per neuron;
 * - batch norm: per batch-norm layer in layer order, γ, β, running mean, running variance.
 * Pure, and no import at run time, so charts can read it as well as the worker.
 */
import type { Network } from './network';

/** One parameter: layer l (1 = first hidden layer, last = output), to-neuron j, from-neuron i. */
export type ParamRef = { kind: 'weight'; layer: number; to: number; from: number } | { kind: 'bias'; layer: number; neuron: number };

export interface ParamLayout {
  /** Neurons per layer, inputs first. */
  readonly sizes: readonly number[];
  /** Index in the flat weights of layer l's first weight, for l = 1 … L ([0] is 0: the inputs have none). */
  readonly weightStart: readonly number[];
  /** Index in the flat biases of layer l's first bias, as weightStart. */
  readonly biasStart: readonly number[];
  readonly weightCount: number;
  readonly biasCount: number;
}

export function paramLayout(sizes: readonly number[]): ParamLayout {
  const weightStart = [0];
  const biasStart = [0];
  let weightCount = 0;
  let biasCount = 0;
  for (let l = 1; l < sizes.length; l++) {
    weightStart.push(weightCount);
    biasStart.push(biasCount);
    weightCount += sizes[l] * sizes[l - 1];
    biasCount += sizes[l];
  }
  return { sizes: [...sizes], weightStart, biasStart, weightCount, biasCount };
}

/** Where the weight from neuron `from` of layer l − 1 to neuron `to` of layer l sits in a layer's own weights. */
export function weightInLayer(fanIn: number, to: number, from: number): number {
  return to * fanIn + from;
}

/** Where that weight sits in the flat weights. */
export function weightIndex(layout: ParamLayout, layer: number, to: number, from: number): number {
  return layout.weightStart[layer] + weightInLayer(layout.sizes[layer - 1], to, from);
}

/** Where neuron `neuron` of layer l's bias sits in the flat biases. */
export function biasIndex(layout: ParamLayout, layer: number, neuron: number): number {
  return layout.biasStart[layer] + neuron;
}

/** Layer l's weights out of the flat weights (a view, no copy). */
export function layerWeights<A extends Float32Array | Float64Array>(layout: ParamLayout, weights: A, layer: number): A {
  const start = layout.weightStart[layer];
  return weights.subarray(start, start + layout.sizes[layer] * layout.sizes[layer - 1]) as A;
}

/** Whether `ref` names a parameter of a network of this layout (a stale or hostile edit does not). */
export function refFits(layout: ParamLayout, ref: ParamRef): boolean {
  const { sizes } = layout;
  const ok = (i: number, n: number) => Number.isInteger(i) && i >= 0 && i < n;
  if (!ok(ref.layer - 1, sizes.length - 1)) return false;
  if (ref.kind === 'bias') return ok(ref.neuron, sizes[ref.layer]);
  return ok(ref.to, sizes[ref.layer]) && ok(ref.from, sizes[ref.layer - 1]);
}

/** A network's parameters, flat, in single precision: what a frame carries. */
export interface PackedParams {
  weights: Float32Array;
  biases: Float32Array;
  batchNorm: Float32Array;
}

/** Layer sizes of a built network, inputs first. */
export function networkSizes(net: Network): number[] {
  return [net.spec.inputSize, ...net.layers.map((l) => l.fanOut)];
}

const batchNormParts = (l: Network['layers'][number]) => [l.gamma, l.beta, l.runningMean, l.runningVar];

function batchNormCount(net: Network): number {
  let n = 0;
  for (const l of net.layers) if (l.batchNorm) n += 4 * l.fanOut;
  return n;
}

/** Copies every parameter out into fresh arrays (they are transferred, and so detached, with the message). */
export function packParams(net: Network): PackedParams {
  const layout = paramLayout(networkSizes(net));
  const packed = { weights: new Float32Array(layout.weightCount), biases: new Float32Array(layout.biasCount), batchNorm: new Float32Array(batchNormCount(net)) };
  let n = 0;
  net.layers.forEach((l, k) => {
    packed.weights.set(l.weights, layout.weightStart[k + 1]);
    packed.biases.set(l.biases, layout.biasStart[k + 1]);
    if (!l.batchNorm) return;
    for (const part of batchNormParts(l)) {
      packed.batchNorm.set(part, n);
      n += part.length;
    }
  });
  return packed;
}

/**
 * Copies packed parameters into `net` (mutates it). Returns false, changing nothing, when they
 * do not fit its shape: a frame sent before a change of shape.
 */
export function unpackParams(net: Network, packed: PackedParams): boolean {
  const layout = paramLayout(networkSizes(net));
  const fits = packed.weights.length === layout.weightCount && packed.biases.length === layout.biasCount && packed.batchNorm.length === batchNormCount(net);
  if (!fits) return false;
  let n = 0;
  net.layers.forEach((l, k) => {
    l.weights.set(layerWeights(layout, packed.weights, k + 1));
    l.biases.set(packed.biases.subarray(layout.biasStart[k + 1], layout.biasStart[k + 1] + l.fanOut));
    if (!l.batchNorm) return;
    for (const part of batchNormParts(l)) {
      part.set(packed.batchNorm.subarray(n, n + part.length));
      n += part.length;
    }
  });
  return true;
}

/** The buffers of packed parameters, for a message's transfer list. */
export function paramBuffers(packed: PackedParams): ArrayBuffer[] {
  return [packed.weights.buffer, packed.biases.buffer, packed.batchNorm.buffer] as ArrayBuffer[];
}
