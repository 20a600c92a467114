import { describe, expect, it } from 'vitest';
import { denseForward, type Inline } from './dense';
import { denseInputGradients, denseWeightGradients } from './denseGradients';
import { createRng, type Rng } from './rng';

// The kernels tile their loops in several ways depending on the layer's shape and the batch
// size. Each tile sums in the same order as the plain loops below, so every path must agree
// with them bit for bit, whatever the shape.

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

describe('dense kernels agree bit for bit with the plain loops', () => {
  it('forward: z = W·x + b and the inline activation', () => {
    const rng = createRng(11);
    for (const { fanIn, fanOut, batch } of shapes()) {
      for (const inline of INLINES) {
        const weights = values(fanIn * fanOut, rng);
        const biases = values(fanOut, rng);
        const input = values(batch * fanIn, rng, 0.2);
        const z = new Float64Array(batch * fanOut).fill(NaN);
        const out = new Float64Array(batch * fanOut).fill(NaN);
        denseForward(weights, biases, input, z, out, batch, fanIn, fanOut, inline);
        for (let b = 0; b < batch; b++) {
          for (let j = 0; j < fanOut; j++) {
            let s = biases[j];
            for (let i = 0; i < fanIn; i++) s += weights[j * fanIn + i] * input[b * fanIn + i];
            const k = b * fanOut + j;
            expect(z[k]).toBe(s);
            if (inline === 'relu') expect(out[k]).toBe(s > 0 ? s : 0);
            else if (inline === 'tanh') expect(out[k]).toBe(Math.tanh(s));
            else expect(out[k]).toBeNaN();
          }
        }
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
      denseWeightGradients(delta, input, weightDer, biasDer, batch, fanIn, fanOut);
      for (let j = 0; j < fanOut; j++) {
        let bias = 0;
        for (let b = 0; b < batch; b++) bias += delta[b * fanOut + j];
        expect(biasDer[j]).toBe(bias);
        for (let i = 0; i < fanIn; i++) {
          let s = 0;
          for (let b = 0; b < batch; b++) s += delta[b * fanOut + j] * input[b * fanIn + i];
          expect(weightDer[j * fanIn + i]).toBe(s);
        }
      }
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
        denseInputGradients(delta, weights, inputDelta, batch, fanIn, fanOut, inline, belowZ, belowActivated);
        for (let b = 0; b < batch; b++) {
          for (let i = 0; i < fanIn; i++) {
            let s = 0;
            for (let j = 0; j < fanOut; j++) s += weights[j * fanIn + i] * delta[b * fanOut + j];
            const k = b * fanIn + i;
            const a = belowActivated[k];
            const expected = inline === 'relu' ? (belowZ[k] <= 0 ? 0 : s) : inline === 'tanh' ? s * (1 - a * a) : s;
            expect(inputDelta[k]).toBe(expected);
          }
        }
      }
    }
  });
});
