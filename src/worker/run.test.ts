import { describe, expect, it } from 'vitest';
import { defaultConfig, OPTIMIZERS, type PlaygroundConfig } from '../config/config';
import { HEAD_REGISTRY } from '../engine';
import { Run } from './run';

function config(overrides: Partial<PlaygroundConfig>): PlaygroundConfig {
  const c = { ...defaultConfig(), ...overrides };
  if (!overrides.activations) c.activations = c.networkShape.map(() => 'tanh');
  return c;
}

describe('a run', () => {
  it('is deterministic: same seed and configuration give bit-identical weights', () => {
    const c = config({ dataset: 'spiral', networkShape: [6, 5], activations: ['relu', 'tanh'], optimizer: 'adam', dropout: 0.2, batchNorm: true, noise: 20 });
    const a = new Run(c);
    const b = new Run(structuredClone(c));
    a.trainEpochs(40);
    b.trainEpochs(40);
    expect(Array.from(a.net.params)).toEqual(Array.from(b.net.params));
    expect(a.lastTest.loss).toBe(b.lastTest.loss);
    const other = new Run({ ...c, seed: 'another' });
    other.trainEpochs(40);
    expect(Array.from(other.net.params)).not.toEqual(Array.from(a.net.params));
  });

  it('reset returns to the very first weights', () => {
    const run = new Run(config({}));
    const first = Array.from(run.net.params);
    run.trainEpochs(5);
    expect(Array.from(run.net.params)).not.toEqual(first);
    run.reset();
    expect(Array.from(run.net.params)).toEqual(first);
    expect(run.trainer.epoch).toBe(0);
  });

  it('all-zero initialisation keeps the neurons of a hidden layer identical', () => {
    // Sigmoid, because σ(0) = ½ passes a signal on: with TF Playground's initZero the biases are
    // 0 too, so under tanh or ReLU every hidden neuron outputs 0 and only the output bias learns.
    const run = new Run(config({ init: 'zeros', networkShape: [4, 3], activations: ['sigmoid', 'sigmoid'] }));
    run.trainEpochs(30);
    // They learn, but all alike.
    expect(Array.from(run.net.layers[0].weights).some((w) => w !== 0)).toBe(true);
    for (const layer of run.net.layers.slice(0, -1)) {
      const rows = Array.from({ length: layer.fanOut }, (_, j) => Array.from(layer.weights.subarray(j * layer.fanIn, (j + 1) * layer.fanIn)));
      for (const row of rows) expect(row).toEqual(rows[0]);
      expect(new Set(Array.from(layer.biases)).size).toBe(1);
    }
  });

  it('with step activations the weights before the step layer never change', () => {
    const run = new Run(config({ networkShape: [4, 2], activations: ['step', 'step'] }));
    const hiddenBefore = Array.from(run.net.layers[0].weights).concat(Array.from(run.net.layers[1].weights));
    const outputBefore = Array.from(run.net.layers[2].weights);
    run.trainEpochs(20);
    const hiddenAfter = Array.from(run.net.layers[0].weights).concat(Array.from(run.net.layers[1].weights));
    expect(hiddenAfter).toEqual(hiddenBefore);
    // The output layer sits after the steps, so it does learn: the run is not frozen.
    expect(Array.from(run.net.layers[2].weights)).not.toEqual(outputBefore);
  });

  for (const optimizer of OPTIMIZERS) {
    it(`${optimizer} lowers the loss of a small problem`, () => {
      const run = new Run(config({ dataset: 'gauss', optimizer, learningRate: optimizer === 'sgd' || optimizer === 'momentum' ? 0.03 : 0.01 }));
      const before = run.lastTrain.loss;
      run.trainEpochs(20);
      expect(run.lastTrain.loss).toBeLessThan(before * 0.7);
    });
  }

  it('reports divergence with its epoch instead of passing NaN on', () => {
    const run = new Run(config({ problem: 'regression', outputHead: 'linear-square', regDataset: 'reg-plane', networkShape: [8, 8], activations: ['relu', 'relu'], learningRate: 10 }));
    run.trainEpochs(50);
    expect(run.divergence).not.toBeNull();
    expect(run.divergence!.epoch).toBeGreaterThanOrEqual(0);
    expect(run.divergence!.epoch).toBeLessThan(50);
    expect(['loss', 'weights']).toContain(run.divergence!.what);
  });

  it('softmax stays finite at logits of ±1000', () => {
    const head = HEAD_REGISTRY['softmax-xent'];
    const z = new Float64Array([1000, -1000, 999]);
    const y = new Float64Array(3);
    head.forward(z, y, 1, 3);
    expect(Array.from(y).every(Number.isFinite)).toBe(true);
    expect(y[0] + y[1] + y[2]).toBeCloseTo(1, 12);
    expect(y[0] / y[2]).toBeCloseTo(Math.E, 9);
    expect(Number.isFinite(head.loss(z, y, 0, 3, 1))).toBe(true);
    expect(head.loss(z, y, 0, 3, 1)).toBeCloseTo(2000 + Math.log(1 + Math.exp(-1)), 6);
  });

  it('multi-class data trains a softmax network above chance', () => {
    const run = new Run(config({ problem: 'multiclass', multiDataset: 'blobs3', outputHead: 'softmax-xent', networkShape: [6], activations: ['relu'] }));
    expect(run.net.outputUnits).toBe(3);
    run.trainEpochs(30);
    expect(run.lastTest.accuracy).toBeGreaterThan(0.8);
  });

  it('live settings change the next update without a reset', () => {
    const run = new Run(config({}));
    run.trainEpochs(2);
    const epoch = run.trainer.epoch;
    run.updateLive({ ...run.config, learningRate: 0, batchSize: 25 });
    const before = Array.from(run.net.params);
    run.trainEpochs(1);
    expect(run.trainer.epoch).toBe(epoch + 1);
    expect(run.trainer.updates).toBe(2 * 25 + 10);
    expect(Array.from(run.net.params)).toEqual(before);
  });
});
