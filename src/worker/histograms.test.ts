import { describe, expect, it } from 'vitest';
import { defaultConfig, type ActivationId, type InitializerId, type PlaygroundConfig } from '../config/config';
import { activationHistograms, HISTOGRAM_BINS } from './histograms';
import { Run } from './run';

function run(activation: ActivationId, init: InitializerId, shape: number[], extra: Partial<PlaygroundConfig> = {}): Run {
  return new Run({ ...defaultConfig(), dataset: 'circle', networkShape: shape, activations: shape.map(() => activation), init, ...extra });
}

const layerCounts = (h: ReturnType<typeof activationHistograms>, l: number) => Array.from(h.counts.subarray(l * h.bins, (l + 1) * h.bins));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('activation histograms', () => {
  it('give each layer, the output layer too, shares that add up to one, over a fixed axis for tanh', () => {
    const r = run('tanh', 'tfp', [4, 3]);
    const h = activationHistograms(r.net, r.data.trainTable);
    expect(h.bins).toBe(HISTOGRAM_BINS);
    expect(h.counts.length).toBe(3 * HISTOGRAM_BINS);
    // Two hidden layers and TF Playground's tanh output.
    for (let l = 0; l < 3; l++) {
      expect(sum(layerCounts(h, l))).toBeCloseTo(1, 5);
      expect([h.domains[2 * l], h.domains[2 * l + 1]]).toEqual([-1, 1]);
    }
  });

  it('show zero initialisation as one spike: every neuron outputs the same value', () => {
    const r = run('tanh', 'zeros', [4, 4]);
    const h = activationHistograms(r.net, r.data.trainTable);
    for (let l = 0; l < 2; l++) expect(Math.max(...layerCounts(h, l))).toBeCloseTo(1, 5);
  });

  it('show a tanh layer started with large weights saturating at ±1', () => {
    const r = run('tanh', 'tfp', [8]);
    for (let k = 0; k < r.net.layers[0].weights.length; k++) r.net.layers[0].weights[k] *= 20;
    const counts = layerCounts(activationHistograms(r.net, r.data.trainTable), 0);
    expect(counts[0] + counts[HISTOGRAM_BINS - 1]).toBeGreaterThan(0.5);
  });

  it('put unbounded layers on one shared axis, so a spread shrinking with depth is visible', () => {
    const r = run('relu', 'xavier', [8, 8, 8, 8, 8]);
    const h = activationHistograms(r.net, r.data.trainTable);
    const lo = h.domains[0];
    const hi = h.domains[1];
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(0);
    for (let l = 1; l < 5; l++) expect([h.domains[2 * l], h.domains[2 * l + 1]]).toEqual([lo, hi]);
  });

  it('have only the output layer without hidden layers, on the head\'s range', () => {
    const r = run('tanh', 'tfp', [], { outputHead: 'sigmoid-xent' });
    const h = activationHistograms(r.net, r.data.trainTable);
    expect(h.counts.length).toBe(HISTOGRAM_BINS);
    expect(Array.from(h.domains)).toEqual([0, 1]);
    expect(sum(layerCounts(h, 0))).toBeCloseTo(1, 5);
  });

  it('give a regression output its own axis, spanning its values', () => {
    const r = run('tanh', 'tfp', [3], { problem: 'regression', outputHead: 'linear-square' });
    const h = activationHistograms(r.net, r.data.trainTable);
    const [lo, hi] = [h.domains[2], h.domains[3]];
    expect(hi).toBeGreaterThan(lo);
    expect(sum(layerCounts(h, 1))).toBeCloseTo(1, 5);
  });

  it('keep finite axis ends when a layer has blown up to infinity', () => {
    const r = run('relu', 'xavier', [4, 4]);
    r.net.layers[0].weights.fill(Infinity);
    const h = activationHistograms(r.net, r.data.trainTable);
    for (const d of h.domains) expect(Number.isFinite(d)).toBe(true);
    // Finite in double precision but not in the Float32 the page receives.
    r.net.layers[0].weights.fill(1e300);
    for (const d of activationHistograms(r.net, r.data.trainTable).domains) expect(Number.isFinite(d)).toBe(true);
  });
});
