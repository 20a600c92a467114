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

describe('Reset, Regenerate and the order of the points', () => {
  it('Reset twice: new weights each time on the very same points; the count replays them', () => {
    const run = new Run(config({}));
    const points = [Array.from(run.data.train.x), Array.from(run.data.test.y)];
    const losses = [run.lastTest.loss];
    const weights = [Array.from(run.net.params)];
    for (const resets of [1, 2]) {
      run.trainEpochs(3);
      run.reset(resets);
      expect(run.trainer.epoch).toBe(0);
      expect([Array.from(run.data.train.x), Array.from(run.data.test.y)]).toEqual(points);
      losses.push(run.lastTest.loss);
      weights.push(Array.from(run.net.params));
    }
    expect(new Set(losses).size).toBe(3);
    expect(new Set(weights.map((w) => w.join())).size).toBe(3);
    // A link carrying the count opens on the weights on screen.
    expect(Array.from(new Run(config({ resets: 2 })).net.params)).toEqual(weights[2]);
  });

  it('the first run of a link is the same every time it is opened, epoch for epoch', () => {
    const c = config({ dataset: 'spiral', networkShape: [6, 4], activations: ['relu', 'tanh'], noise: 15, resets: 3 });
    const curves = [new Run(c), new Run(structuredClone(c))].map((run) =>
      Array.from({ length: 20 }, () => {
        run.trainEpochs(1);
        return [run.lastTrain.loss, run.lastTest.loss];
      }),
    );
    expect(curves[1]).toEqual(curves[0]);
  });

  it('two runs with the same seed, Reset count and network start from identical weights, whatever else differs', () => {
    const a = new Run(config({ resets: 1, optimizer: 'adam', learningRate: 0.01, batchSize: 5 }));
    const b = new Run(config({ resets: 1, optimizer: 'sgd', learningRate: 0.3, reshuffle: true, regularization: 'L2', regularizationRate: 0.01 }));
    expect(Array.from(b.net.params)).toEqual(Array.from(a.net.params));
    expect(Array.from(new Run(config({ resets: 2 })).net.params)).not.toEqual(Array.from(a.net.params));
  });

  it("Regenerate's seed follows the weights' draw: another Reset count, another seed", () => {
    const seeds = [0, 1, 2].map((resets) => new Run(config({ resets })).nextSeed);
    for (const s of seeds) expect(s).toMatch(/^0\.\d{5}$/);
    expect(new Set(seeds).size).toBe(3);
  });

  it("TF's order: the stored order every epoch, a leftover carried into the next epoch's first update", () => {
    // 250 training points in batches of 30: 8 updates an epoch, 10 points left over.
    const run = new Run(config({ batchSize: 30 }));
    expect(run.trainer.updatesPerEpoch).toBe(8);
    run.trainEpochs(1);
    expect(run.trainer.updates).toBe(8);
    run.trainer.step();
    expect(run.net.gradientRows).toBe(40);
    run.trainer.step();
    expect(run.net.gradientRows).toBe(30);
    run.trainEpochs(1);
    expect(run.trainer.updates).toBe(16);
  });

  it('reshuffled: a new order every epoch and a shorter last batch', () => {
    const run = new Run(config({ batchSize: 30, reshuffle: true }));
    expect(run.trainer.updatesPerEpoch).toBe(9);
    for (let k = 0; k < 8; k++) run.trainer.step();
    expect(run.net.gradientRows).toBe(30);
    expect(run.trainer.step()).toBe(true);
    expect(run.net.gradientRows).toBe(10);
    // Same start, another order: the weights part after the first update.
    const stored = new Run(config({ batchSize: 30 }));
    expect(Array.from(stored.net.params)).toEqual(Array.from(new Run(config({ batchSize: 30, reshuffle: true })).net.params));
    stored.trainEpochs(1);
    expect(Array.from(stored.net.params)).not.toEqual(Array.from(run.net.params));
  });
});

describe("L1 follows TF Playground's rule", () => {
  for (const optimizer of ['sgd', 'adam'] as const) {
    it(`drives weights of an 8-8 tanh net to exactly 0 within 300 epochs, and they stay 0 (${optimizer})`, () => {
      const run = new Run(
        config({ dataset: 'gauss', networkShape: [8, 8], regularization: 'L1', regularizationRate: 0.03, optimizer, learningRate: optimizer === 'sgd' ? 0.03 : 0.01 }),
      );
      const zeros = () => run.net.layers.reduce((n, l) => n + l.weights.filter((w) => w === 0).length, 0);
      expect(zeros()).toBe(0);
      let dead: number[] = [];
      for (let e = 0; e < 300 && dead.length === 0; e += 10) {
        run.trainEpochs(10);
        dead = Array.from(run.net.dead.keys()).filter((k) => run.net.dead[k] === 1);
      }
      expect(dead.length).toBeGreaterThan(0);
      expect(zeros()).toBeGreaterThanOrEqual(dead.length);
      run.trainEpochs(20);
      for (const k of dead) expect(run.net.params[k]).toBe(0);
    });
  }

  it('L2 shrinks weights but leaves none exactly 0', () => {
    const run = new Run(config({ dataset: 'gauss', networkShape: [8, 8], regularization: 'L2', regularizationRate: 0.03 }));
    run.trainEpochs(100);
    expect(run.net.deadCount).toBe(0);
    expect(run.net.layers.every((l) => l.weights.every((w) => w !== 0))).toBe(true);
  });
});
