import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIMIZER_SETTINGS } from '../config/config';
import { landscapeExtent, lossLandscape, normalizedDirection, projectPath } from './landscape';
import { Network } from './network';
import { createRng } from './rng';
import { evaluate, Trainer, type DataTable } from './training';

function setup(): { net: Network; data: DataTable } {
  const rng = createRng(21);
  const count = 60;
  const inputs = Float64Array.from({ length: count * 2 }, () => rng.uniform(-6, 6));
  const targets = Float64Array.from({ length: count }, (_, k) => (inputs[2 * k] * inputs[2 * k + 1] > 0 ? 1 : -1));
  const net = new Network(
    { inputSize: 2, hidden: [{ units: 5, activation: 'tanh', dropout: 0, batchNorm: false }, { units: 3, activation: 'relu', dropout: 0, batchNorm: false }], head: 'tanh-square', outputUnits: 1, init: 'xavier' },
    createRng(22),
  );
  return { net, data: { inputs, targets, count, width: 2 } };
}

describe('loss landscape', () => {
  it('its value at the origin of the plane equals the current training loss, and the weights are put back', () => {
    const { net, data } = setup();
    const before = Float64Array.from(net.params);
    const rng = createRng(1);
    const d1 = normalizedDirection(net, rng);
    const d2 = normalizedDirection(net, rng);
    const grid = lossLandscape(net, data, d1, d2, 41, 1);
    expect(grid.losses[20 * 41 + 20]).toBe(evaluate(net, data).loss);
    expect(Array.from(net.params)).toEqual(Array.from(before));
    // The plane is not flat: away from the origin the loss differs.
    expect(grid.losses[0]).not.toBe(grid.losses[20 * 41 + 20]);
    // A corner is θ + (−1)·d₁ + (−1)·d₂, measured by hand.
    for (let k = 0; k < net.params.length; k++) net.params[k] = before[k] - d1[k] - d2[k];
    const corner = evaluate(net, data).loss;
    net.params.set(before);
    expect(grid.losses[0]).toBeCloseTo(corner, 12);
  });

  it('each neuron\'s incoming weights in a direction have the norm of the neuron\'s own', () => {
    const { net } = setup();
    const d = normalizedDirection(net, createRng(2));
    const layer = net.layers[0];
    const start = (layer.weights.byteOffset - net.params.byteOffset) / 8;
    for (let j = 0; j < layer.fanOut; j++) {
      const row = (a: Float64Array) => Math.hypot(...a.subarray(start + j * 2, start + j * 2 + 2));
      expect(row(d)).toBeCloseTo(row(net.params), 12);
    }
  });

  it('the training path projected on the plane ends at the origin', () => {
    const { net, data } = setup();
    const trainer = new Trainer(net, data, 'sgd', { ...DEFAULT_OPTIMIZER_SETTINGS }, { learningRate: 0.03, batchSize: 10, regularization: 'none', regularizationRate: 0, reshuffle: false }, createRng(5));
    const path: Float64Array[] = [Float64Array.from(net.params)];
    for (let e = 0; e < 20; e++) {
      trainer.trainEpoch();
      path.push(Float64Array.from(net.params));
    }
    const rng = createRng(3);
    const d1 = normalizedDirection(net, rng);
    const d2 = normalizedDirection(net, rng);
    const xy = projectPath(path, net.params, d1, d2);
    expect(xy.length).toBe(2 * path.length);
    expect(xy[xy.length - 2]).toBe(0);
    expect(xy[xy.length - 1]).toBe(0);
    // The start is somewhere else, and the plane is wide enough to hold it.
    expect(Math.hypot(xy[0], xy[1])).toBeGreaterThan(0);
    const extent = landscapeExtent(xy);
    expect(extent).toBeGreaterThanOrEqual(Math.max(1, Math.abs(xy[0]), Math.abs(xy[1])));
  });

  it('a point in the plane projects to its own coordinates', () => {
    const { net } = setup();
    const rng = createRng(4);
    const d1 = normalizedDirection(net, rng);
    const d2 = normalizedDirection(net, rng);
    const p = net.params.map((v, k) => v + 0.3 * d1[k] - 0.7 * d2[k]);
    const [a, b] = projectPath([p], net.params, d1, d2);
    expect(a).toBeCloseTo(0.3, 10);
    expect(b).toBeCloseTo(-0.7, 10);
  });
});
