import { describe, expect, it } from 'vitest';
import type { ActivationId, OutputHeadId } from '../config/config';
import { exampleLoss, numericDerivative, previewUpdate, traceDerivative, traceExample } from './backpropTrace';
import { Network } from './network';
import { backward } from './backpropagation';
import { forward } from './propagation';
import { createRng } from './rng';

interface Case {
  name: string;
  activation: ActivationId;
  head: OutputHeadId;
  outputUnits: number;
  target: number;
}

const CASES: Case[] = [
  { name: 'tanh, squared loss', activation: 'tanh', head: 'tanh-square', outputUnits: 1, target: -1 },
  { name: 'ReLU, sigmoid cross-entropy', activation: 'relu', head: 'sigmoid-xent', outputUnits: 1, target: 1 },
  { name: 'softmax, three classes', activation: 'tanh', head: 'softmax-xent', outputUnits: 3, target: 2 },
];

function build(c: Case, seed: number): { net: Network; input: Float64Array } {
  const net = new Network(
    {
      inputSize: 3,
      hidden: [
        { units: 4, activation: c.activation, dropout: 0, batchNorm: false },
        { units: 3, activation: c.activation, dropout: 0, batchNorm: false },
      ],
      head: c.head,
      outputUnits: c.outputUnits,
      init: 'xavier',
    },
    createRng(seed),
  );
  const rng = createRng(seed + 1);
  for (const layer of net.layers) for (let j = 0; j < layer.biases.length; j++) layer.biases[j] = rng.uniform(-0.5, 0.5);
  const input = Float64Array.from({ length: 3 }, () => rng.uniform(-2, 2));
  return { net, input };
}

/** Far enough from ReLU's kink that a central difference with h = 1e-5 does not straddle it. */
function clearOfKinks(net: Network, input: Float64Array): boolean {
  const trace = traceExample(net, input, 0);
  return trace.layers.every((t) => t.isOutput || t.z.every((z) => Math.abs(z) > 1e-3));
}

describe('one example, step by step', () => {
  for (const c of CASES) {
    it(`${c.name}: every δ and ∂L/∂w equals the engine's gradient for that point and the central difference`, () => {
      let seed = 11;
      let built = build(c, seed);
      while (!clearOfKinks(built.net, built.input)) built = build(c, ++seed);
      const { net, input } = built;
      const trace = traceExample(net, input, c.target);

      // The engine's own pass over a mini-batch of one.
      forward(net, input, 1, 'train');
      backward(net, input, Float64Array.of(c.target), 1);
      let nonZero = 0;
      net.layers.forEach((layer, l) => {
        const t = trace.layers[l];
        for (let j = 0; j < layer.fanOut; j++) {
          expect(Math.abs(t.delta[j] - layer.delta[j])).toBeLessThan(1e-12);
          expect(Math.abs(t.biasDer[j] - layer.biasDer[j])).toBeLessThan(1e-12);
          expect(Math.abs(t.z[j] - layer.z[j])).toBeLessThan(1e-12);
        }
        for (let k = 0; k < layer.weights.length; k++) {
          expect(Math.abs(t.weightDer[k] - layer.weightDer[k])).toBeLessThan(1e-12);
          if (Math.abs(t.weightDer[k]) > 1e-6) nonZero++;
        }
        // δ = ∂L/∂z, checked by nudging z through the bias (∂z/∂b = 1 without batch norm).
        for (let j = 0; j < layer.fanOut; j++) {
          const numeric = numericDerivative(net, input, c.target, { kind: 'bias', layer: l + 1, neuron: j });
          expect(Math.abs(t.delta[j] - numeric)).toBeLessThan(1e-6);
        }
        for (let to = 0; to < layer.fanOut; to++) {
          for (let from = 0; from < layer.fanIn; from++) {
            const ref = { kind: 'weight', layer: l + 1, to, from } as const;
            const numeric = numericDerivative(net, input, c.target, ref);
            expect(Math.abs(traceDerivative(trace, net, ref) - numeric)).toBeLessThan(1e-6);
          }
        }
      });
      // A test on all-zero gradients would prove nothing.
      expect(nonZero).toBeGreaterThan(5);
    });
  }

  it('∂L/∂w is δ of the neuron it enters times the activation it leaves', () => {
    const { net, input } = build(CASES[0], 3);
    const trace = traceExample(net, input, 1);
    const [first, second] = trace.layers;
    expect(second.weightDer[2 * 4 + 1]).toBe(second.delta[2] * first.a[1]);
    expect(first.weightDer[3 * 3 + 2]).toBe(first.delta[3] * input[2]);
  });

  it('the example loss matches the loss the trace reports, and the numeric derivative leaves the network as it was', () => {
    const { net, input } = build(CASES[1], 5);
    const before = Float64Array.from(net.params);
    const trace = traceExample(net, input, 1);
    numericDerivative(net, input, 1, { kind: 'weight', layer: 2, to: 1, from: 2 });
    expect(Array.from(net.params)).toEqual(Array.from(before));
    expect(exampleLoss(net, input, 1)).toBe(trace.loss);
  });

  it('a small gradient step lowers the example loss and leaves the network unchanged', () => {
    for (const c of CASES) {
      const { net, input } = build(c, 7);
      const before = Float64Array.from(net.params);
      const trace = traceExample(net, input, c.target);
      const preview = previewUpdate(net, trace, 0.01);
      expect(preview.lossAfter).toBeLessThan(preview.lossBefore);
      expect(Array.from(net.params)).toEqual(Array.from(before));
      const l = net.layers[1];
      expect(preview.weightsAfter[1][4]).toBeCloseTo(l.weights[4] - 0.01 * trace.layers[1].weightDer[4], 15);
    }
  });
});
