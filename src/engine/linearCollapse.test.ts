import { describe, expect, it } from 'vitest';
import type { ActivationId, OutputHeadId } from '../config/config';
import { collapsedBoundary, collapsedLogit, collapseLinear, collapses } from './linearCollapse';
import { Network } from './network';
import { forward } from './propagation';
import { createRng } from './rng';

function net(activations: ActivationId[], options: { head?: OutputHeadId; units?: number; inputs?: number; batchNorm?: boolean; seed?: number } = {}): Network {
  const head = options.head ?? 'tanh-square';
  const n = new Network(
    {
      inputSize: options.inputs ?? 2,
      hidden: activations.map((activation, k) => ({ units: 3 + k, activation, dropout: 0, batchNorm: options.batchNorm ?? false })),
      head,
      outputUnits: options.units ?? 1,
      init: 'xavier',
    },
    createRng(options.seed ?? 4),
  );
  const rng = createRng((options.seed ?? 4) + 100);
  for (const l of n.layers) {
    for (let j = 0; j < l.biases.length; j++) l.biases[j] = rng.uniform(-0.5, 0.5);
    for (let j = 0; j < l.gamma.length; j++) {
      l.gamma[j] = rng.uniform(0.5, 1.5);
      l.beta[j] = rng.uniform(-0.5, 0.5);
      l.runningMean[j] = rng.uniform(-0.5, 0.5);
      l.runningVar[j] = rng.uniform(0.5, 2);
    }
  }
  return n;
}

/** 1,000 random points of the plane, as the network's inputs. */
function randomInputs(width: number, seed = 9): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: 1000 * width }, () => rng.uniform(-6, 6));
}

describe('linear collapse', () => {
  for (const [name, opts] of [
    ['three linear layers, one output', {}],
    ['with batch norm (its running averages)', { batchNorm: true }],
    ['softmax over three classes, five inputs', { head: 'softmax-xent' as const, units: 3, inputs: 5 }],
  ] as const) {
    it(`W_eff, b_eff give the network's output on 1,000 random points to 1e-12: ${name}`, () => {
      const n = net(['linear', 'linear', 'linear'], opts);
      const layer = collapseLinear(n)!;
      expect(layer).not.toBeNull();
      const width = n.spec.inputSize;
      const inputs = randomInputs(width);
      forward(n, inputs, 1000, 'infer');
      const out = n.layers[n.layers.length - 1];
      let worst = 0;
      for (let p = 0; p < 1000; p++) {
        for (let u = 0; u < layer.outputs; u++) {
          const z = collapsedLogit(layer, inputs.subarray(p * width, (p + 1) * width), u);
          worst = Math.max(worst, Math.abs(z - out.z[p * layer.outputs + u]));
        }
      }
      expect(worst).toBeLessThan(1e-12);
      // The head's output follows from the same logits.
      if (layer.outputs === 1) expect(Math.abs(Math.tanh(collapsedLogit(layer, inputs.subarray(0, width))) - out.a[0])).toBeLessThan(1e-12);
    });
  }

  it('does not apply once one hidden layer is non-linear', () => {
    expect(collapses(net(['linear', 'linear']))).toBe(true);
    expect(collapses(net(['linear', 'tanh']))).toBe(false);
    expect(collapseLinear(net(['relu', 'linear']))).toBeNull();
    // No hidden layer at all is linear by definition: the network is its output layer.
    expect(collapseLinear(net([]))).not.toBeNull();
  });

  it('the boundary line lies on the network\'s zero level', () => {
    let drawn = 0;
    for (const seed of [4, 5, 6, 7]) {
      const n = net(['linear', 'linear'], { seed });
      const layer = collapseLinear(n)!;
      const seg = collapsedBoundary(layer, ['x', 'y']);
      if (!seg) continue;
      drawn++;
      const length = Math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1);
      expect(length).toBeGreaterThan(0);
      const pts = new Float64Array(2 * 11);
      for (let k = 0; k <= 10; k++) {
        pts[2 * k] = seg.x1 + ((seg.x2 - seg.x1) * k) / 10;
        pts[2 * k + 1] = seg.y1 + ((seg.y2 - seg.y1) * k) / 10;
      }
      forward(n, pts, 11, 'infer');
      const out = n.layers[n.layers.length - 1];
      for (let k = 0; k <= 10; k++) {
        expect(Math.abs(out.z[k])).toBeLessThan(1e-12);
        expect(Math.max(Math.abs(pts[2 * k]), Math.abs(pts[2 * k + 1]))).toBeLessThanOrEqual(6 + 1e-9);
      }
      // Either side of the line the network's output has opposite signs.
      const mx = (seg.x1 + seg.x2) / 2;
      const my = (seg.y1 + seg.y2) / 2;
      const nx = -(seg.y2 - seg.y1) / length;
      const ny = (seg.x2 - seg.x1) / length;
      forward(n, Float64Array.of(mx + 0.5 * nx, my + 0.5 * ny, mx - 0.5 * nx, my - 0.5 * ny), 2, 'infer');
      expect(Math.sign(out.z[0])).toBe(-Math.sign(out.z[1]));
    }
    expect(drawn).toBeGreaterThan(1);
  });

  it('gives no line for curved features', () => {
    const n = net(['linear'], { inputs: 3 });
    expect(collapsedBoundary(collapseLinear(n)!, ['x', 'y', 'xSquared'])).toBeNull();
  });
});
