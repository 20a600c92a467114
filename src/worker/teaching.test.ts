/**
 * The teaching facts the playground exists to show, on TF Playground's default network
 * (2 inputs, hidden 4-2, batch 10, learning rate 0.03, tanh + ½(o − t)², its initialiser,
 * 300 epochs, a fixed seed). TF Playground's own figures are in the comments.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type ActivationId, type PlaygroundConfig } from '../config/config';
import { Run } from './run';

function tfRun(overrides: Partial<PlaygroundConfig>, activation: ActivationId = 'tanh'): Run {
  const base = defaultConfig();
  const config = { ...base, ...overrides };
  config.activations = config.networkShape.map(() => activation);
  return new Run(config);
}

describe('TF Playground default network, 300 epochs', () => {
  it('linear hidden layers stay near chance on circle (TF: test loss ≈ 0.50)', () => {
    const run = tfRun({ dataset: 'circle' }, 'linear');
    run.trainEpochs(300);
    expect(run.lastTest.loss).toBeGreaterThan(0.4);
    expect(run.lastTest.accuracy).toBeLessThan(0.75);
  });

  it('linear hidden layers stay near chance on XOR (TF: ≈ 0.50)', () => {
    const run = tfRun({ dataset: 'xor' }, 'linear');
    run.trainEpochs(300);
    expect(run.lastTest.loss).toBeGreaterThan(0.4);
    expect(run.lastTest.accuracy).toBeLessThan(0.75);
  });

  for (const activation of ['tanh', 'relu'] as const) {
    it(`${activation} solves circle (TF: ≈ 0.001)`, () => {
      const run = tfRun({ dataset: 'circle' }, activation);
      run.trainEpochs(300);
      expect(run.lastTest.loss).toBeLessThan(0.02);
      expect(run.lastTest.accuracy).toBeGreaterThan(0.98);
    });
  }

  it('a linear network given x₁x₂ solves XOR (TF: ≈ 0.003)', () => {
    const run = tfRun({ dataset: 'xor', features: ['x', 'y', 'xTimesY'] }, 'linear');
    run.trainEpochs(300);
    expect(run.lastTest.loss).toBeLessThan(0.02);
  });
});
