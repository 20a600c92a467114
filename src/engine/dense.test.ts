import { describe, expect, it } from 'vitest';
import { denseForward, type Inline } from './dense';
import { denseInputGradients, denseWeightGradients } from './denseGradients';
import { denseForwardReference, denseInputGradientsReference, denseWeightGradientsReference } from './denseReference';
import { createRng, type Rng } from './rng';

// The kernels tile their loops in several ways depending on the layer's shape and the batch
// size. Each tile sums in the same order as the plain loops of denseReference.ts (their
// specification), so every path must agree with them bit for bit, whatever the shape.

const INLINES: Inline[] = ['relu', 'tanh', null];
const BATCHES = [1, 2, 3, 4, 5, 7, 10];
const WIDTHS = [0, 1, 2, 3, 4, 5, 7, 8, 9];

function values(n: number, rng: Rng, zeroShare = 0): Float64Array {
  return new Float64Array(n).map(() => (rng.next() < zeroShare ? 0 : rng.uniform(-1, 1)));
}

function shapes(): { fanIn: number; fanOut: number; batch: number }[] {
  const all = [];
  for (const fanIn of WIDTHS) for (const fanOut of WIDTHS) for (const batch of BATCHES) if (fanOut > 0) all.push({ fanIn, fanOut, batch });
  return all;
}

/** Bit for bit: every element the same double, −0 and NaN included. */
function expectSame(actual: Float64Array, expected: Float64Array, what: string) {
  expect(actual.length, what).toBe(expected.length);
  for (let k = 0; k < actual.length; k++) if (!Object.is(actual[k], expected[k])) expect(actual[k], `${what} [${k}]`).toBe(expected[k]);
}

describe('dense kernels agree bit for bit with the plain loops of denseReference.ts', () => {
  it('forward: z = W·x + b and the inline activation', () => {
    const rng = createRng(11);
    for (const { fanIn, fanOut, batch } of shapes()) {
      for (const inline of INLINES) {
        const weights = values(fanIn * fanOut, rng);
        const biases = values(fanOut, rng);
        const input = values(batch * fanIn, rng, 0.2);
        const fresh = () => new Float64Array(batch * fanOut).fill(NaN);
        const [z, out, zRef, outRef] = [fresh(), fresh(), fresh(), fresh()];
        denseForward(weights, biases, input, z, out, batch, fanIn, fanOut, inline);
        denseForwardReference(weights, biases, input, zRef, outRef, batch, fanIn, fanOut, inline);
        const shape = `${batch}×${fanIn}→${fanOut} ${inline}`;
        expectSame(z, zRef, `z ${shape}`);
        expectSame(out, outRef, `out ${shape}`);
        // With no inline activation the output is the caller's to fill: left as it was.
        if (inline === null) expect(out.every(Number.isNaN)).toBe(true);
      }
    }
  });

  it('weight gradients: ∂L/∂W = δ·xᵀ and ∂L/∂b = Σ δ, overwriting what was there', () => {
    const rng = createRng(12);
    for (const { fanIn, fanOut, batch } of shapes()) {
      const delta = values(batch * fanOut, rng, 0.3);
      const input = values(batch * fanIn, rng, 0.2);
      const weightDer = new Float64Array(fanIn * fanOut).fill(NaN);
      const biasDer = new Float64Array(fanOut).fill(NaN);
      const weightRef = new Float64Array(fanIn * fanOut).fill(NaN);
      const biasRef = new Float64Array(fanOut).fill(NaN);
      denseWeightGradients(delta, input, weightDer, biasDer, batch, fanIn, fanOut);
      denseWeightGradientsReference(delta, input, weightRef, biasRef, batch, fanIn, fanOut);
      expectSame(weightDer, weightRef, `∂W ${batch}×${fanIn}→${fanOut}`);
      expectSame(biasDer, biasRef, `∂b ${batch}×${fanIn}→${fanOut}`);
    }
  });

  it('input gradients: Wᵀ·δ, through the inline activation derivative', () => {
    const rng = createRng(13);
    for (const { fanIn, fanOut, batch } of shapes()) {
      for (const inline of INLINES) {
        const delta = values(batch * fanOut, rng, 0.3);
        const weights = values(fanIn * fanOut, rng);
        const belowZ = values(batch * fanIn, rng, 0.1);
        const belowActivated = belowZ.map(Math.tanh);
        const inputDelta = new Float64Array(batch * fanIn).fill(NaN);
        const inputRef = new Float64Array(batch * fanIn).fill(NaN);
        denseInputGradients(delta, weights, inputDelta, batch, fanIn, fanOut, inline, belowZ, belowActivated);
        denseInputGradientsReference(delta, weights, inputRef, batch, fanIn, fanOut, inline, belowZ, belowActivated);
        expectSame(inputDelta, inputRef, `∂x ${batch}×${fanIn}→${fanOut} ${inline}`);
      }
    }
  });
});
