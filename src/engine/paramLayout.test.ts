import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { Network } from './network';
import { networkSpec, specSizes } from './networkSpec';
import { biasIndex, layerWeights, networkSizes, packParams, paramLayout, refFits, unpackParams, weightIndex } from './paramLayout';
import { createRng } from './rng';

const net = (batchNorm: boolean, seed = 1) =>
  new Network(networkSpec({ ...defaultConfig(), networkShape: [3, 2], activations: ['relu', 'tanh'], batchNorm }, 2), createRng(seed));

describe('the flat parameter layout', () => {
  it('finds every weight and bias of every layer where the network keeps it', () => {
    const n = net(false);
    const layout = paramLayout(networkSizes(n));
    expect(layout.sizes).toEqual([2, 3, 2, 1]);
    expect(layout.weightCount).toBe(2 * 3 + 3 * 2 + 2 * 1);
    expect(layout.biasCount).toBe(3 + 2 + 1);
    const packed = packParams(n);
    n.layers.forEach((layer, k) => {
      const l = k + 1;
      for (let to = 0; to < layer.fanOut; to++) {
        // The network's own layout, written out: row `to` of W holds the weights into neuron `to`.
        for (let from = 0; from < layer.fanIn; from++) expect(packed.weights[weightIndex(layout, l, to, from)]).toBe(Math.fround(layer.weights[to * layer.fanIn + from]));
        expect(packed.biases[biasIndex(layout, l, to)]).toBe(Math.fround(layer.biases[to]));
      }
      expect(Array.from(layerWeights(layout, packed.weights, l))).toEqual(Array.from(layer.weights, Math.fround));
    });
  });

  it('sizes come the same from a spec and from the network built from it', () => {
    const n = net(true);
    expect(specSizes(n.spec)).toEqual(networkSizes(n));
  });

  it('unpacks into a network of the same shape exactly what was packed, batch norm included', () => {
    const from = net(true, 1);
    from.layers[0].runningMean.fill(0.25);
    from.layers[1].gamma.fill(1.5);
    const to = net(true, 2);
    expect(unpackParams(to, packParams(from))).toBe(true);
    expect(packParams(to)).toEqual(packParams(from));
  });

  it('refuses parameters of another shape, and changes nothing then', () => {
    const small = net(false);
    const other = new Network(networkSpec({ ...defaultConfig(), networkShape: [4], activations: ['tanh'] }, 2), createRng(3));
    const before = packParams(small);
    expect(unpackParams(small, packParams(other))).toBe(false);
    expect(unpackParams(small, packParams(net(true)))).toBe(false);
    expect(packParams(small)).toEqual(before);
  });

  it('tells which references name a parameter', () => {
    const layout = paramLayout([2, 3, 1]);
    expect(refFits(layout, { kind: 'weight', layer: 1, to: 2, from: 1 })).toBe(true);
    expect(refFits(layout, { kind: 'weight', layer: 2, to: 0, from: 2 })).toBe(true);
    expect(refFits(layout, { kind: 'bias', layer: 2, neuron: 0 })).toBe(true);
    for (const bad of [
      { kind: 'weight', layer: 0, to: 0, from: 0 },
      { kind: 'weight', layer: 3, to: 0, from: 0 },
      { kind: 'weight', layer: 1, to: 3, from: 0 },
      { kind: 'weight', layer: 1, to: 0, from: 2 },
      { kind: 'weight', layer: 1, to: 0.5, from: 0 },
      { kind: 'bias', layer: 2, neuron: 1 },
      { kind: 'bias', layer: 1, neuron: -1 },
    ] as const) {
      expect(refFits(layout, bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
