import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, OUTPUT_HEADS, type ActivationId, type OutputHeadId } from '../config/config';
import { gradientCheck } from './gradientCheck';
import { Network } from './network';
import { forward } from './propagation';
import { createRng } from './rng';
import type { DataTable } from './training';

const DIFFERENTIABLE = ACTIVATIONS.filter((a) => a !== 'step');
const CLASSES = 3;

function table(head: OutputHeadId, seed: number, count = 6, width = 3): DataTable {
  const rng = createRng(seed);
  const inputs = new Float64Array(count * width).map(() => rng.uniform(-1.5, 1.5));
  const targets = new Float64Array(count).map((_, k) => {
    if (head === 'softmax-xent') return k % CLASSES;
    if (head === 'linear-square' || head === 'linear-abs') return rng.uniform(-1, 1);
    return k % 2 === 0 ? 1 : -1;
  });
  return { inputs, targets, count, width };
}

/** Smallest |z| of any layer whose activation has a kink: a central difference across it is meaningless. */
function distanceToKink(net: Network, data: DataTable): number {
  forward(net, data.inputs, data.count, 'train');
  let min = Infinity;
  for (const layer of net.layers) {
    if (layer.isOutput || layer.activation.kinkAt === undefined) continue;
    for (let k = 0; k < data.count * layer.fanOut; k++) min = Math.min(min, Math.abs(layer.z[k] - layer.activation.kinkAt));
  }
  return min;
}

function build(activation: ActivationId, head: OutputHeadId, options: { batchNorm?: boolean; seed?: number } = {}): { net: Network; data: DataTable } {
  // Try seeds until no pre-activation sits within 1e-3 of a kink (ReLU's 0).
  for (let seed = options.seed ?? 1; ; seed++) {
    const data = table(head, seed);
    const net = new Network(
      {
        inputSize: 3,
        hidden: [
          { units: 4, activation, dropout: 0, batchNorm: options.batchNorm ?? false },
          { units: 3, activation, dropout: 0, batchNorm: options.batchNorm ?? false },
        ],
        head,
        outputUnits: head === 'softmax-xent' ? CLASSES : 1,
        init: 'xavier',
      },
      createRng(seed * 7919),
    );
    // Non-zero biases and β so every path carries gradient.
    const rng = createRng(seed);
    for (const layer of net.layers) {
      for (let j = 0; j < layer.biases.length; j++) layer.biases[j] = rng.uniform(-0.3, 0.3);
      for (let j = 0; j < layer.beta.length; j++) layer.beta[j] = rng.uniform(-0.3, 0.3);
      for (let j = 0; j < layer.gamma.length; j++) layer.gamma[j] = rng.uniform(0.5, 1.5);
    }
    if (distanceToKink(net, data) > 1e-3) return { net, data };
  }
}

describe('gradient check: backpropagation matches central differences', () => {
  for (const head of OUTPUT_HEADS) {
    for (const activation of DIFFERENTIABLE) {
      it(`${activation} hidden layers, ${head}`, () => {
        const { net, data } = build(activation, head);
        const result = gradientCheck(net, data);
        expect(result.checked).toBeGreaterThan(net.params.length / 2);
        expect(result.maxRelativeError).toBeLessThan(1e-6);
        expect(result.maxAbsoluteError).toBeLessThan(1e-8);
      });
    }
  }

  for (const regularization of ['L1', 'L2'] as const) {
    for (const head of OUTPUT_HEADS) {
      it(`${regularization} penalty, tanh, ${head}`, () => {
        const { net, data } = build('tanh', head);
        const result = gradientCheck(net, data, regularization, 0.05);
        expect(result.maxRelativeError).toBeLessThan(1e-6);
      });
    }
  }

  for (const activation of ['tanh', 'relu', 'sigmoid'] as const) {
    for (const head of OUTPUT_HEADS) {
      it(`batch normalisation, ${activation}, ${head}`, () => {
        const { net, data } = build(activation, head, { batchNorm: true });
        const result = gradientCheck(net, data, 'L2', 0.01);
        expect(result.checked).toBeGreaterThan(0);
        expect(result.maxRelativeError).toBeLessThan(1e-6);
        expect(result.maxAbsoluteError).toBeLessThan(1e-8);
      });
    }
  }

  it('catches a wrong gradient (the check can fail)', () => {
    const { net, data } = build('tanh', 'tanh-square');
    const original = net.head.logitsDer;
    // A deliberately wrong derivative: forgets tanh's (1 − o²) factor.
    net.head.logitsDer = (z, y, offset, units, target, scale, delta) => {
      delta[offset] = scale * (y[offset] - target);
      void z;
      void units;
    };
    try {
      expect(gradientCheck(net, data).maxRelativeError).toBeGreaterThan(1e-2);
    } finally {
      net.head.logitsDer = original;
    }
  });

  it('leaves the parameters as they were', () => {
    const { net, data } = build('tanh', 'sigmoid-xent');
    const before = Float64Array.from(net.params);
    gradientCheck(net, data);
    expect(Array.from(net.params)).toEqual(Array.from(before));
  });
});
