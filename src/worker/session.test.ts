import { describe, expect, it, vi } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { fakeHost } from './fakeHost';
import { TrainingSession } from './session';

const config = (o: Partial<PlaygroundConfig> = {}): PlaygroundConfig => ({ ...defaultConfig(), ...o });

describe('training session', () => {
  it('configure sends the data and a first frame with pictures', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    expect(h.messages[0].type).toBe('data');
    const frame = h.frames()[0];
    expect(frame.epoch).toBe(0);
    expect(frame.grids!.outputGrid.length).toBe(frame.grids!.gridSize ** 2);
    expect(frame.grids!.gridSize).toBeGreaterThanOrEqual(100);
    // 4 + 2 hidden neurons and 1 output, each with its own picture.
    expect(frame.grids!.neurons!.neuronGrids.length).toBe(7 * frame.grids!.neurons!.neuronGridSize ** 2);
    expect(frame.weights.length).toBe(2 * 4 + 4 * 2 + 2 * 1);
    // Typed arrays travel in the transfer list.
    expect(h.transfers[1]).toContain(frame.weights.buffer);
    expect(h.transfers[1]).toContain(frame.grids!.outputGrid.buffer);
  });

  it('play trains, pause stops, and frames are sent only when asked for (backpressure)', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    s.handle({ type: 'play' });
    const before = h.frames().length;
    h.runSlices(10);
    // The first frame was never acknowledged, so ten slices of training send nothing more.
    expect(h.frames().length).toBe(before);
    s.handle({ type: 'request-frame' });
    h.runSlices(1);
    expect(h.frames().length).toBe(before + 1);
    const f = h.frames().at(-1)!;
    expect(f.epoch).toBeGreaterThan(0);
    expect(f.running).toBe(true);
    expect(f.history.epoch.length).toBeGreaterThan(1);
    h.runSlices(5);
    expect(h.frames().length).toBe(before + 1);
    s.handle({ type: 'pause' });
    s.handle({ type: 'request-frame' });
    const paused = h.frames().at(-1)!;
    expect(paused.running).toBe(false);
    h.runSlices(5);
    s.handle({ type: 'request-frame' });
    expect(h.frames().at(-1)!.epoch).toBe(paused.epoch);
    expect(h.pendingSlices()).toBe(0);
  });

  it('while training, sends neuron pictures at most ten times a second, the output grid more often', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    s.handle({ type: 'play' });
    const start = h.frames().length;
    // The page asks as soon as it has drawn: one request per slice, slices 16 ms apart.
    for (let k = 0; k < 40; k++) {
      s.handle({ type: 'request-frame' });
      h.runSlices(1);
    }
    const withGrids = h.frames().slice(start).filter((f) => f.grids !== null);
    const withNeurons = withGrids.filter((f) => f.grids!.neurons !== null);
    expect(withGrids.length).toBeGreaterThan(withNeurons.length);
    expect(withNeurons.length).toBeGreaterThan(0);
    // 40 slices of 16 ms and more are well under a second: at most one set of pictures per 100 ms.
    expect(withNeurons.length).toBeLessThanOrEqual(Math.ceil((40 * 16 + 40 * 30) / 100));
    // Paused, the next frame brings everything.
    s.handle({ type: 'pause' });
    s.handle({ type: 'request-frame' });
    expect(h.frames().at(-1)!.grids?.neurons).not.toBeNull();
  });

  it('step advances one batch or one epoch', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    s.handle({ type: 'step', unit: 'batch' });
    s.handle({ type: 'request-frame' });
    let f = h.frames().at(-1)!;
    expect(f.updates).toBe(1);
    expect(f.epoch).toBe(0);
    s.handle({ type: 'step', unit: 'epoch' });
    // Not asked for yet: nothing sent (the page asks after drawing).
    expect(h.frames().at(-1)).toBe(f);
    s.handle({ type: 'request-frame' });
    f = h.frames().at(-1)!;
    expect(f.epoch).toBe(1);
    // 250 training points, batch 10: the first epoch needed 25 updates in all, one of them done before.
    expect(f.updates).toBe(25);
  });

  it('reset returns to the first weights and epoch 0', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    const first = h.frames()[0];
    for (let k = 0; k < 3; k++) s.handle({ type: 'step', unit: 'epoch' });
    s.handle({ type: 'reset', resets: 0 });
    s.handle({ type: 'request-frame' });
    const f = h.frames().at(-1)!;
    expect(f.epoch).toBe(0);
    expect(f.generation).toBeGreaterThan(first.generation);
    expect(Array.from(f.weights)).toEqual(Array.from(first.weights));
  });

  it('live hyper-parameters apply without a reset', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    s.handle({ type: 'step', unit: 'epoch' });
    s.handle({ type: 'set-live', settings: { learningRate: 0, batchSize: 50 } });
    s.handle({ type: 'request-frame' });
    const before = h.frames().at(-1)!;
    s.handle({ type: 'step', unit: 'epoch' });
    s.handle({ type: 'request-frame' });
    const after = h.frames().at(-1)!;
    expect(after.epoch).toBe(2);
    expect(after.updates - before.updates).toBe(5);
    expect(Array.from(after.weights)).toEqual(Array.from(before.weights));
  });

  it('a weight edited by the user is used from then on', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    s.handle({ type: 'set-param', ref: { kind: 'weight', layer: 1, to: 2, from: 1 }, value: 4.5 });
    s.handle({ type: 'set-param', ref: { kind: 'bias', layer: 2, neuron: 1 }, value: -0.25 });
    s.handle({ type: 'request-frame' });
    const f = h.frames().at(-1)!;
    expect(f.weights[2 * 2 + 1]).toBeCloseTo(4.5, 6);
    expect(f.biases[4 + 1]).toBeCloseTo(-0.25, 6);
    s.handle({ type: 'set-param', ref: { kind: 'weight', layer: 9, to: 0, from: 0 }, value: 1 });
    s.handle({ type: 'set-param', ref: { kind: 'weight', layer: 1, to: 0, from: 0 }, value: NaN });
    expect(h.messages.some((m) => m.type === 'error')).toBe(false);
  });

  it('divergence stops the run and says when and what', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config({ problem: 'regression', outputHead: 'linear-square', networkShape: [8, 8], activations: ['relu', 'relu'], learningRate: 10 }) });
    s.handle({ type: 'play' });
    for (let k = 0; k < 50; k++) {
      s.handle({ type: 'request-frame' });
      h.runSlices(1);
    }
    const diverged = h.messages.find((m) => m.type === 'diverged');
    expect(diverged).toBeDefined();
    expect(h.pendingSlices()).toBe(0);
    // No NaN is passed on as a loss in the history.
    for (const f of h.frames()) for (const v of f.history.trainLoss) expect(Number.isFinite(v)).toBe(true);
    s.handle({ type: 'play' });
    expect(h.pendingSlices()).toBe(0);
  });

  it('a paced speed trains about that many epochs per second', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    s.handle({ type: 'set-speed', speed: 2 });
    s.handle({ type: 'play' });
    h.runSlices(400);
    s.handle({ type: 'pause' });
    s.handle({ type: 'request-frame' });
    // 400 slices 16 ms apart (plus the clock's own creep) ≈ 7 s: about 14 epochs at 2 per second.
    const f = h.frames().at(-1)!;
    expect(f.epoch).toBeGreaterThanOrEqual(12);
    expect(f.epoch).toBeLessThanOrEqual(18);
  });

  it('an exception reaches the page as an error message', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: { ...config(), features: undefined as unknown as [] } });
    expect(h.messages.at(-1)!.type).toBe('error');
  });

  it('runs a gradient check on the current network, its code loaded with the first request', async () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    const before = h.messages.length;
    s.handle({ type: 'gradient-check' });
    await vi.waitFor(() => expect(h.messages.length).toBe(before + 1));
    const m = h.messages.at(-1)!;
    expect(m.type).toBe('gradient-check');
    if (m.type === 'gradient-check') expect(m.maxRelativeError).toBeLessThan(1e-5);
  });
});

describe('Reset in the worker', () => {
  it('draws new weights on the same data (no new points sent) and says how many weights are exactly 0', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: config() });
    const first = h.frames()[0];
    expect(Array.from(first.zeroWeights)).toEqual([0, 0, 0]);
    expect(first.nextSeed).toMatch(/^0\.\d{5}$/);
    const dataMessages = h.messages.filter((m) => m.type === 'data').length;
    s.handle({ type: 'step', unit: 'epoch' });
    s.handle({ type: 'reset', resets: 1 });
    s.handle({ type: 'request-frame' });
    const afterReset = h.frames().at(-1)!;
    expect(h.messages.filter((m) => m.type === 'data').length).toBe(dataMessages);
    expect(afterReset.epoch).toBe(0);
    expect(Array.from(afterReset.weights)).not.toEqual(Array.from(first.weights));
    expect(afterReset.testLoss).not.toBe(first.testLoss);
    expect(afterReset.nextSeed).not.toBe(first.nextSeed);
    // The same link opened again starts as the first run did.
    const again = fakeHost();
    new TrainingSession(again.host).handle({ type: 'configure', config: config() });
    expect(Array.from(again.frames()[0].weights)).toEqual(Array.from(first.weights));
    expect(again.frames()[0].testLoss).toBe(first.testLoss);
  });
});
