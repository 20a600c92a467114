import { describe, expect, it } from 'vitest';
import type { ActivationId, OutputHeadId } from '../config/config';
import { traceExample } from '../engine/backpropTrace';
import { Network } from '../engine/network';
import { backward } from '../engine/backpropagation';
import { forward } from '../engine/propagation';
import { createRng } from '../engine/rng';
import { deltaFormula, forwardFormula, lossFormula, num, stagesFor, updateFormula, weightFormula, type NetworkView } from './backpropSteps';

function setup(activation: ActivationId, head: OutputHeadId, units: number, target: number) {
  const net = new Network(
    { inputSize: 2, hidden: [{ units: 3, activation, dropout: 0, batchNorm: false }], head, outputUnits: units, init: 'xavier' },
    createRng(12),
  );
  net.layers.forEach((l) => l.biases.forEach((_, j) => (l.biases[j] = 0.1 * (j + 1))));
  const input = Float64Array.of(0.7, -1.3);
  const view: NetworkView = {
    weights: net.layers.map((l) => l.weights),
    biases: net.layers.map((l) => l.biases),
    sizes: [2, 3, units],
    head,
    activations: [activation],
    batchNorm: false,
  };
  return { net, input, view, trace: traceExample(net, input, target) };
}

describe('the step-by-step formulas', () => {
  it('walks forward through every layer, the loss, backward through every layer, then the update', () => {
    expect(stagesFor(2).map((s) => (s.kind === 'forward' || s.kind === 'backward' ? `${s.kind}${s.layer}` : s.kind))).toEqual([
      'forward1', 'forward2', 'loss', 'backward2', 'backward1', 'update',
    ]);
  });

  for (const [activation, head, units, target] of [
    ['tanh', 'tanh-square', 1, -1],
    ['relu', 'sigmoid-xent', 1, 1],
    ['tanh', 'softmax-xent', 3, 1],
  ] as const) {
    it(`${activation} with ${head}: the ∂L/∂w shown is the engine's gradient for that point, written δ · a = product`, () => {
      const { net, input, view, trace } = setup(activation, head, units, target);
      forward(net, input, 1, 'train');
      backward(net, input, Float64Array.of(target), 1);
      const sel = { layer: 1, to: 2, from: 1 };
      const f = weightFormula(trace, view, sel);
      expect(f.value === net.layers[0].weightDer[2 * 2 + 1]).toBe(true);
      expect(f.text).toContain('∂L/∂w⁽¹⁾₃₂ = δ⁽¹⁾₃ · x₂');
      expect(f.text).toContain(`${num(trace.layers[0].delta[2])} × (−1.300) = ${num(f.value)}`);
      const d = deltaFormula(trace, view, { layer: 2, to: 0, from: 0 });
      expect(d.endsWith(`= ${num(net.layers[1].delta[0])}`)).toBe(true);
      const hidden = deltaFormula(trace, view, { layer: 1, to: 0, from: 0 });
      expect(hidden.endsWith(`= ${num(net.layers[0].delta[0])}`)).toBe(true);
      expect(lossFormula(trace, head).endsWith(num(trace.loss)) || lossFormula(trace, head).includes(`= ${num(trace.loss)}`)).toBe(true);
      const z = forwardFormula(trace, view, { layer: 1, to: 0, from: 0 });
      expect(z[0].endsWith(`= ${num(net.layers[0].z[0])}`)).toBe(true);
    });
  }

  it('the update reads w − η ∂L/∂w with the numbers', () => {
    const { view, trace, net } = setup('tanh', 'tanh-square', 1, 1);
    const w = net.layers[1].weights[1];
    const g = trace.layers[1].weightDer[1];
    const text = updateFormula(trace, view, { layer: 2, to: 0, from: 1 }, 0.5, w - 0.5 * g);
    expect(text).toContain(`w⁽²⁾₁₂ ← w⁽²⁾₁₂ − η ∂L/∂w⁽²⁾₁₂ = ${num(w)} − 0.500 ×`);
    expect(text.endsWith(num(w - 0.5 * g))).toBe(true);
  });

  it('shows what is not a number as a dash, and negatives with a true minus', () => {
    expect(num(NaN)).toBe('–');
    expect(num(-0.24)).toBe('−0.240');
    expect(num(0.00001234)).toBe('1.23e−5');
  });
});
