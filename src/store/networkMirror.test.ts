import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { backward, forward } from '../engine';
import { fakeHost } from '../worker/fakeHost';
import type { DataMessage } from '../worker/protocol';
import { Run } from '../worker/run';
import { TrainingSession } from '../worker/session';
import { NEURON_DEAD, NetworkMirror } from './networkMirror';

/** A session's data message and latest frame for a configuration, after a few epochs. */
function fromWorker(config: PlaygroundConfig) {
  const h = fakeHost();
  const s = new TrainingSession(h.host);
  s.handle({ type: 'configure', config });
  for (let k = 0; k < 3; k++) s.handle({ type: 'step', unit: 'epoch' });
  s.handle({ type: 'request-frame' });
  const data = h.messages.find((m) => m.type === 'data') as DataMessage;
  return { data, frame: h.frames().at(-1)! };
}

describe('the page\'s mirror of the network', () => {
  it('gives the gradient the engine computes for one training point, from what the worker sends', () => {
    const config = { ...defaultConfig(), activations: ['relu', 'relu'], learningRate: 0.1 } as PlaygroundConfig;
    const { data, frame } = fromWorker(config);
    const mirror = new NetworkMirror();
    expect(mirror.refresh(config, data.numClasses, frame, data)).toBe(true);
    expect(mirror.trainCount).toBe(data.trainLabels.length);
    const trace = mirror.trace(5)!;
    // The worker's own network, with the frame's (single precision) weights, on the same point.
    const run = new Run(config);
    run.net.layers.forEach((l, k) => {
      const m = mirror.params();
      l.weights.set(m.weights[k]);
      l.biases.set(m.biases[k]);
    });
    const p = mirror.trainPoint(5)!;
    const input = Float64Array.of(p.x, p.y);
    forward(run.net, input, 1, 'train');
    backward(run.net, input, Float64Array.of(p.label), 1);
    trace.layers.forEach((t, l) => t.weightDer.forEach((g, k) => expect(Math.abs(g - run.net.layers[l].weightDer[k])).toBeLessThan(1e-12)));
    const numeric = mirror.numeric(5, { kind: 'weight', layer: 2, to: 0, from: 1 })!;
    expect(Math.abs(numeric - trace.layers[1].weightDer[1])).toBeLessThan(1e-6);
  });

  it('a frame of another shape is refused until one of the new shape comes', () => {
    const config = defaultConfig();
    const { data, frame } = fromWorker(config);
    const mirror = new NetworkMirror();
    const bigger = { ...config, networkShape: [5, 2] };
    expect(mirror.refresh(bigger, data.numClasses, frame, data)).toBe(false);
    expect(mirror.refresh(config, data.numClasses, frame, data)).toBe(true);
    expect(mirror.refresh(config, data.numClasses, null, data)).toBe(false);
  });

  it('finds the nearest training point, and marks a neuron the worker has made dead', () => {
    const config = { ...defaultConfig(), activations: ['relu', 'relu'] } as PlaygroundConfig;
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config });
    s.handle({ type: 'set-param', ref: { kind: 'bias', layer: 1, neuron: 2 }, value: -100 });
    s.handle({ type: 'request-frame' });
    const data = h.messages.find((m) => m.type === 'data') as DataMessage;
    const mirror = new NetworkMirror();
    mirror.refresh(config, data.numClasses, h.frames().at(-1)!, data);
    const health = mirror.health()!;
    expect(health.states[0][2]).toBe(NEURON_DEAD);
    expect(health.dead[0]).toBe(1);
    const p = mirror.trainPoint(7)!;
    expect(mirror.nearestTrainPoint(p.x + 1e-4, p.y)).toBe(7);
    // With ReLU layers the network is not one affine map.
    expect(mirror.collapse()).toBeNull();
  });
});
