/**
 * Dead and saturated neurons over the training points. A ReLU neuron whose z ≤ 0 at every
 * point outputs 0 everywhere and gets no gradient from any of them: it is dead and stays so.
 * A tanh or sigmoid neuron whose z sits far out on its flat tails passes almost no gradient:
 * saturated, once that holds for more than SATURATED_SHARE of the points.
 */
import type { Network } from './network';
import { forward } from './propagation';
import type { DataTable } from './training';

export const NEURON_OK = 0;
export const NEURON_DEAD = 1;
export const NEURON_SATURATED = 2;
export type NeuronState = typeof NEURON_OK | typeof NEURON_DEAD | typeof NEURON_SATURATED;

/** Saturated when more than this share of the points are on the flat tails. */
export const SATURATED_SHARE = 0.95;
/** On a flat tail where h'(z) is below this share of h's largest slope (tanh: |z| > 3; σ: |z| > 6). */
export const FLAT_SLOPE = 0.01;

const MAX_SLOPE: Partial<Record<string, number>> = { tanh: 1, sigmoid: 0.25 };

export interface NeuronHealth {
  /** Per hidden layer, each neuron's state. */
  states: NeuronState[][];
  dead: number[];
  saturated: number[];
}

/** Rows per forward call, as evaluate() does. */
const CHUNK = 256;

/** Runs every training point through the network in inference mode (uses its workspace). */
export function neuronHealth(net: Network, data: DataTable): NeuronHealth {
  const hidden = net.layers.filter((l) => !l.isOutput);
  const alive = hidden.map((l) => new Uint8Array(l.fanOut));
  const flat = hidden.map((l) => new Uint32Array(l.fanOut));
  for (let start = 0; start < data.count; start += CHUNK) {
    const size = Math.min(CHUNK, data.count - start);
    forward(net, data.inputs.subarray(start * data.width, (start + size) * data.width), size, 'infer');
    hidden.forEach((layer, l) => {
      const max = MAX_SLOPE[layer.activationId];
      const { fanOut, z } = layer;
      for (let b = 0; b < size; b++) {
        for (let j = 0; j < fanOut; j++) {
          const v = z[b * fanOut + j];
          if (v > 0) alive[l][j] = 1;
          if (max !== undefined && layer.activation.der(v) < FLAT_SLOPE * max) flat[l][j]++;
        }
      }
    });
  }
  const states = hidden.map((layer, l) =>
    Array.from({ length: layer.fanOut }, (_, j): NeuronState => {
      if (data.count === 0) return NEURON_OK;
      if (layer.activationId === 'relu' && alive[l][j] === 0) return NEURON_DEAD;
      if (flat[l][j] > SATURATED_SHARE * data.count) return NEURON_SATURATED;
      return NEURON_OK;
    }),
  );
  return {
    states,
    dead: states.map((s) => s.filter((v) => v === NEURON_DEAD).length),
    saturated: states.map((s) => s.filter((v) => v === NEURON_SATURATED).length),
  };
}
