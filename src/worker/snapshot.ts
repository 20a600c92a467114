/**
 * Packs what the page draws into Float32Arrays: the output over a grid of the plane, each
 * neuron's picture over a smaller grid, and the gradient sizes (the parameters are packed by
 * engine/paramLayout.ts). Allocates fresh arrays each time because they are transferred (and so
 * detached) with the message.
 */
import type { FeatureId } from '../config/config';
import { buildGridInputs } from '../data';
import { forward, type DataTable, type Network } from '../engine';
import { activationHistograms } from './histograms';
import type { Grids, NeuronPictures } from './protocol';

export const OUTPUT_GRID_SIZE = 100;
/**
 * Side of the boundary a compare run sends: its small multiple is 150 to 250 px wide, where a
 * quarter of the cells, smoothed by the browser's scaling, looks the same and costs a quarter.
 */
export const SMALL_GRID_SIZE = 50;
export const NEURON_GRID_SIZE = 32;
/** Rows per forward call when painting grids. */
const CHUNK = 500;

/** Grid inputs depend only on the features; cache them across frames. */
const gridInputCache = new Map<string, Float64Array>();
function gridInputs(size: number, features: readonly FeatureId[]): Float64Array {
  const key = `${size}|${features.join(',')}`;
  let inputs = gridInputCache.get(key);
  if (!inputs) {
    if (gridInputCache.size > 16) gridInputCache.clear();
    inputs = buildGridInputs(size, features);
    gridInputCache.set(key, inputs);
  }
  return inputs;
}

/** Network output over the output grid (mapped for display), or K probabilities per cell, class-major. */
export function outputGrid(net: Network, features: readonly FeatureId[], size = OUTPUT_GRID_SIZE): Float32Array {
  const inputs = gridInputs(size, features);
  const cells = size * size;
  const units = net.outputUnits;
  const width = features.length;
  const out = new Float32Array(units > 1 ? units * cells : cells);
  const last = net.layers[net.layers.length - 1];
  for (let start = 0; start < cells; start += CHUNK) {
    const n = Math.min(CHUNK, cells - start);
    forward(net, inputs.subarray(start * width, (start + n) * width), n, 'infer');
    if (units > 1) {
      for (let b = 0; b < n; b++) for (let k = 0; k < units; k++) out[k * cells + start + b] = last.a[b * units + k];
    } else {
      for (let b = 0; b < n; b++) out[start + b] = net.head.toDisplay(last.a[b]);
    }
  }
  return out;
}

/**
 * Every hidden and output neuron's activation over a small grid, neuron after neuron in
 * layer order (for the output layer: the displayed value, or each class's probability).
 */
export function neuronGrids(net: Network, features: readonly FeatureId[], size = NEURON_GRID_SIZE): Float32Array {
  const inputs = gridInputs(size, features);
  const cells = size * size;
  const width = features.length;
  let neurons = 0;
  for (const layer of net.layers) neurons += layer.fanOut;
  const out = new Float32Array(neurons * cells);
  for (let start = 0; start < cells; start += CHUNK) {
    const n = Math.min(CHUNK, cells - start);
    forward(net, inputs.subarray(start * width, (start + n) * width), n, 'infer');
    let base = 0;
    for (const layer of net.layers) {
      const units = layer.fanOut;
      const single = layer.isOutput && units === 1;
      for (let j = 0; j < units; j++) {
        const offset = (base + j) * cells + start;
        for (let b = 0; b < n; b++) {
          const v = layer.a[b * units + j];
          out[offset + b] = single ? net.head.toDisplay(v) : v;
        }
      }
      base += units;
    }
  }
  return out;
}

/** The output grid (`size` cells a side), and with `withNeurons` each neuron's picture and each layer's histogram too. */
export function packGrids(net: Network, features: readonly FeatureId[], train: DataTable, withNeurons = true, size = OUTPUT_GRID_SIZE): Grids {
  return { gridSize: size, outputGrid: outputGrid(net, features, size), neurons: withNeurons ? packNeurons(net, features, train) : null };
}

function packNeurons(net: Network, features: readonly FeatureId[], train: DataTable): NeuronPictures {
  const histograms = activationHistograms(net, train);
  return {
    neuronGridSize: NEURON_GRID_SIZE,
    neuronGrids: neuronGrids(net, features),
    histogramBins: histograms.bins,
    activationCounts: histograms.counts,
    activationDomains: histograms.domains,
  };
}

/** Root-mean-square of each layer's weight gradient from the last update. */
export function gradientNorms(net: Network): Float64Array {
  const norms = new Float64Array(net.layers.length);
  net.layers.forEach((layer, l) => {
    let s = 0;
    for (let k = 0; k < layer.weightDer.length; k++) s += layer.weightDer[k] * layer.weightDer[k];
    norms[l] = Math.sqrt(s / Math.max(1, layer.weightDer.length)) / net.gradientRows;
  });
  return norms;
}

/** Per layer (hidden layers, then the output layer), how many weights are exactly 0: L1 drives weights there, and they stay. */
export function zeroWeightCounts(net: Network): Uint32Array {
  const counts = new Uint32Array(net.layers.length);
  net.layers.forEach((layer, l) => {
    for (let k = 0; k < layer.weights.length; k++) if (layer.weights[k] === 0) counts[l]++;
  });
  return counts;
}
