import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { FEATURE_REGISTRY } from '../data';
import { forward } from '../engine';
import { Run } from '../worker/run';
import { packParams } from '../engine/paramLayout';
import { DEFAULT_PROBE_POINT, NeuronProbe } from './probe';

describe('neuron probe', () => {
  it('reads each neuron at a point as the worker network computes it', () => {
    const config = { ...defaultConfig(), features: ['x', 'y', 'xTimesY'] as const, batchNorm: true } as ReturnType<typeof defaultConfig>;
    const run = new Run(config);
    run.trainEpochs(3);
    const probe = new NeuronProbe();
    expect(probe.valuesAt(1, 0)).toBeNull();
    probe.sync(config, 2, packParams(run.net));
    // Numbers at once, at the default point, before anyone points anywhere.
    expect(Number.isFinite(probe.valuesAt(1, 0)?.a)).toBe(true);
    probe.setPoint({ x: 1.5, y: -2 });
    const input = new Float64Array(config.features.map((f) => FEATURE_REGISTRY[f].f(1.5, -2)));
    forward(run.net, input, 1, 'infer');
    for (let l = 1; l <= run.net.layers.length; l++) {
      const layer = run.net.layers[l - 1];
      for (let j = 0; j < layer.fanOut; j++) {
        const v = probe.valuesAt(l, j)!;
        // Parameters travel as float32, so agreement is to float32 precision.
        expect(v.a).toBeCloseTo(layer.a[j], 4);
        expect(v.z).toBeCloseTo(layer.z[j], 4);
      }
    }
    expect(probe.valuesAt(0, 2)!.a).toBeCloseTo(1.5 * -2, 12);
    expect(probe.valuesAt(9, 0)).toBeNull();
  });
});

describe('probe point', () => {
  it('starts at a default, takes suggestions until the learner picks a point, then keeps theirs', () => {
    const probe = new NeuronProbe();
    expect(probe.point).toEqual(DEFAULT_PROBE_POINT);
    probe.suggestPoint({ x: 2, y: 3 });
    expect(probe.point).toEqual({ x: 2, y: 3 });
    probe.setPoint({ x: -1, y: 0.5 });
    probe.suggestPoint({ x: 4, y: 4 });
    expect(probe.point).toEqual({ x: -1, y: 0.5 });
  });

  it('is marked while a card reads it or once pinned by a tap, and tells listeners', () => {
    const probe = new NeuronProbe();
    let calls = 0;
    const off = probe.subscribe(() => calls++);
    expect(probe.marker()).toBeNull();
    probe.setActive(true);
    expect(probe.marker()).toEqual(DEFAULT_PROBE_POINT);
    probe.setActive(true);
    probe.setActive(false);
    expect(probe.marker()).toBeNull();
    probe.setPoint({ x: 3, y: -3 });
    expect(probe.marker()).toBeNull();
    probe.setPoint({ x: 3, y: -2 }, true);
    expect(probe.marker()).toEqual({ x: 3, y: -2 });
    // A later hover moves a pinned point, and the marker goes with it.
    probe.setPoint({ x: 0, y: 0 });
    expect(probe.marker()).toEqual({ x: 0, y: 0 });
    expect(calls).toBe(5);
    off();
    probe.setActive(true);
    expect(calls).toBe(5);
  });
});
