import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { snapCustomData, type CustomData } from '../config/customData';
import { fakeHost } from './fakeHost';
import type { DataMessage, Frame } from './protocol';
import { Run } from './run';
import { TrainingSession } from './session';

/** XOR as a learner would draw it: a few clicks in each quadrant. */
function drawnXor(): CustomData {
  const xs: number[] = [];
  const ys: number[] = [];
  const ls: number[] = [];
  for (const [sx, sy] of [[1, 1], [-1, 1], [-1, -1], [1, -1]]) {
    for (const [a, b] of [[1.5, 2], [3, 1.2], [4, 4], [2.2, 3.5], [1, 4.5], [4.6, 1.4]]) {
      xs.push(sx * a);
      ys.push(sy * b);
      ls.push(sx * sy);
    }
  }
  return snapCustomData(2, xs, ys, ls);
}

const config = (o: Partial<PlaygroundConfig> = {}): PlaygroundConfig => ({ ...defaultConfig(), ...o });

describe('a run on drawn points', () => {
  it('splits by the train share, every point once', () => {
    const run = new Run(config({ customData: drawnXor(), percTrainData: 70 }));
    expect(run.data.train.count).toBe(Math.floor(24 * 0.7));
    expect(run.data.train.count + run.data.test.count).toBe(24);
    const seen = new Set<string>();
    for (const p of [run.data.train, run.data.test]) for (let i = 0; i < p.count; i++) seen.add(`${p.x[i]},${p.y[i]}`);
    expect(seen.size).toBe(24);
  });

  it('adding a point moves at most one other point across the split', () => {
    const d = drawnXor();
    const trainSet = (c: CustomData) => {
      const r = new Run(config({ customData: c }));
      return new Set(Array.from({ length: r.data.train.count }, (_, i) => `${r.data.train.x[i]},${r.data.train.y[i]}`));
    };
    const before = trainSet(d);
    const after = trainSet({ ...d, x: [...d.x, 0.5], y: [...d.y, 0.5], label: [...d.label, 1] });
    const moved = [...before].filter((p) => !after.has(p)).length;
    expect(moved).toBeLessThanOrEqual(1);
  });

  it('learns a drawn XOR with features x₁x₂ in Node', () => {
    const run = new Run(config({ customData: drawnXor(), percTrainData: 90, features: ['xTimesY'], networkShape: [], activations: [], learningRate: 0.1 }));
    run.trainEpochs(200);
    expect(run.lastTrain.accuracy).toBe(1);
  });
});

describe('the session: new points keep the network', () => {
  it('set-data swaps the points and keeps the weights and the epoch', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    const c = config({ customData: drawnXor() });
    s.handle({ type: 'configure', config: c });
    s.handle({ type: 'step', unit: 'epoch' });
    s.handle({ type: 'request-frame' });
    const before = h.frames().at(-1)!;
    const d = drawnXor();
    s.handle({ type: 'set-data', config: { ...c, customData: { ...d, x: [...d.x, 0], y: [...d.y, 0], label: [...d.label, -1] } } });
    s.handle({ type: 'request-frame' });
    const after = h.frames().at(-1)! as Frame;
    const data = h.messages.filter((m): m is DataMessage => m.type === 'data').at(-1)!;
    expect(data.trainLabels.length + data.testLabels.length).toBe(25);
    expect(after.generation).toBe(before.generation);
    expect(after.epoch).toBe(1);
    expect(Array.from(after.weights)).toEqual(Array.from(before.weights));
  });

  it('a new number of classes rebuilds the network', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    const three = snapCustomData(3, [0, 1, 2], [0, 1, 2], [0, 1, 2]);
    const c = config({ problem: 'multiclass', outputHead: 'softmax-xent', customData: three });
    s.handle({ type: 'configure', config: c });
    const before = h.frames().at(-1)!;
    s.handle({ type: 'set-data', config: { ...c, customData: snapCustomData(4, [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]) } });
    s.handle({ type: 'request-frame' });
    const after = h.frames().at(-1)!;
    expect(after.generation).toBe(before.generation + 1);
    expect(after.weights.length).toBeGreaterThan(before.weights.length);
  });
});
