import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { FEATURE_REGISTRY } from '../data';
import { forward } from '../engine';
import { Run } from '../worker/run';
import { packParams } from '../worker/snapshot';
import { NeuronProbe } from './probe';

describe('neuron probe', () => {
  it('reads each neuron at a point as the worker network computes it', () => {
    const config = { ...defaultConfig(), features: ['x', 'y', 'xTimesY'] as const, batchNorm: true } as ReturnType<typeof defaultConfig>;
    const run = new Run(config);
    run.trainEpochs(3);
    const probe = new NeuronProbe();
    probe.sync(config, 2, packParams(run.net));
    expect(probe.valuesAt(1, 0)).toBeNull();
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
