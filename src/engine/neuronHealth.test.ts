import { describe, expect, it } from 'vitest';
import type { ActivationId } from '../config/config';
import { Network } from './network';
import { NEURON_DEAD, NEURON_OK, NEURON_SATURATED, neuronHealth } from './neuronHealth';
import { createRng } from './rng';
import type { DataTable } from './training';

function points(count = 200): DataTable {
  const rng = createRng(3);
  const inputs = Float64Array.from({ length: count * 2 }, () => rng.uniform(-6, 6));
  return { inputs, targets: new Float64Array(count).fill(1), count, width: 2 };
}

function net(activation: ActivationId, units = 4): Network {
  return new Network(
    { inputSize: 2, hidden: [{ units, activation, dropout: 0, batchNorm: false }, { units: 3, activation, dropout: 0, batchNorm: false }], head: 'tanh-square', outputUnits: 1, init: 'xavier' },
    createRng(8),
  );
}

describe('neuron health', () => {
  it('marks the ReLU neuron built to be dead, and only it', () => {
    const n = net('relu');
    // Neuron 2 of the first layer: zero weights and a negative bias, so z = −1 at every point.
    const first = n.layers[0];
    first.weights[2 * 2] = 0;
    first.weights[2 * 2 + 1] = 0;
    first.biases[2] = -1;
    // Give the others a positive bias so that none dies by chance.
    for (const j of [0, 1, 3]) first.biases[j] = 0.5;
    const health = neuronHealth(n, points());
    expect(health.states[0]).toEqual([NEURON_OK, NEURON_OK, NEURON_DEAD, NEURON_OK]);
    expect(health.dead[0]).toBe(1);
    expect(health.saturated[0]).toBe(0);
  });

  it('a ReLU neuron alive at one point only is not dead', () => {
    const n = net('relu');
    const first = n.layers[0];
    // z = x − 5.9 is positive only far right on the plane.
    first.weights.set([1, 0], 0);
    first.biases[0] = -5.9;
    const data = points();
    data.inputs.set([6, 0], 0);
    expect(neuronHealth(n, data).states[0][0]).toBe(NEURON_OK);
    data.inputs.set([5, 0], 0);
    const far = Array.from({ length: data.count }, (_, k) => data.inputs[2 * k]).some((x) => x > 5.9);
    expect(neuronHealth(n, data).states[0][0]).toBe(far ? NEURON_OK : NEURON_DEAD);
  });

  for (const activation of ['tanh', 'sigmoid'] as const) {
    it(`${activation}: huge weights saturate every neuron; small ones saturate none`, () => {
      const n = net(activation);
      // Every weight ±1000: |z| > 6 except within 0.006 of a line through the plane, a sliver no point falls in.
      for (const l of n.layers) l.weights.forEach((w, k) => (l.weights[k] = (w < 0 ? -1000 : 1000)));
      const health = neuronHealth(n, points());
      expect(health.saturated[0]).toBe(4);
      expect(health.states[0].every((s) => s === NEURON_SATURATED)).toBe(true);
      expect(health.dead).toEqual([0, 0]);
      const small = net(activation);
      for (const l of small.layers) l.weights.forEach((w, k) => (l.weights[k] = w * 0.01));
      expect(neuronHealth(small, points()).saturated).toEqual([0, 0]);
    });
  }

  it('ReLU neurons are never called saturated, tanh never dead', () => {
    const n = net('relu');
    for (const l of n.layers) l.weights.forEach((w, k) => (l.weights[k] = w * 1000));
    expect(neuronHealth(n, points()).saturated).toEqual([0, 0]);
    const t = net('tanh');
    t.layers[0].weights.fill(0);
    t.layers[0].biases.fill(-1);
    expect(neuronHealth(t, points()).dead).toEqual([0, 0]);
  });
});
