/**
 * The backward products of a fully connected layer over a batch (row-major batch × units):
 * ∂L/∂W = δ·inputᵀ and ∂L/∂b = Σ δ, and ∂L/∂input = Wᵀ·δ taken on through the activation
 * below. The loops work on tiles of results held in locals, for the reasons given in dense.ts;
 * denseReference.ts gives the plain loops they must equal bit for bit.
 */
import type { Inline } from './dense';

/**
 * ∂L/∂W = δ·inputᵀ and ∂L/∂b = Σ δ over the batch, written over whatever weightDer and biasDer
 * held. Each is summed over the batch in a local, in batch order. Every pass over the batch
 * also sums δ for the bias: one addition, where a pass of its own would reload δ; all passes
 * over a unit give the same sum.
 */
export function denseWeightGradients(
  delta: Float64Array,
  input: Float64Array,
  weightDer: Float64Array,
  biasDer: Float64Array,
  batch: number,
  fanIn: number,
  fanOut: number,
): void {
  const deltaEnd = batch * fanOut;
  // Inputs four at a time, units two at a time. An odd last unit pairs with itself: it is
  // computed twice and stored twice, the same values, which is cheaper than a loop of its own.
  const wide = fanIn - (fanIn % 4);
  for (let j = 0; j < fanOut && wide > 0; j += 2) {
    const next = j + 1 < fanOut ? 1 : 0;
    const w0 = j * fanIn;
    const w1 = w0 + next * fanIn;
    for (let i = 0; i < wide; i += 4) {
      let bias0 = 0;
      let bias1 = 0;
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let k = j, x = i; k < deltaEnd; k += fanOut, x += fanIn) {
        const d0 = delta[k];
        const d1 = delta[k + next];
        const v0 = input[x];
        const v1 = input[x + 1];
        const v2 = input[x + 2];
        const v3 = input[x + 3];
        bias0 += d0;
        bias1 += d1;
        s00 += d0 * v0;
        s01 += d0 * v1;
        s02 += d0 * v2;
        s03 += d0 * v3;
        s10 += d1 * v0;
        s11 += d1 * v1;
        s12 += d1 * v2;
        s13 += d1 * v3;
      }
      weightDer[w0 + i] = s00;
      weightDer[w0 + i + 1] = s01;
      weightDer[w0 + i + 2] = s02;
      weightDer[w0 + i + 3] = s03;
      weightDer[w1 + i] = s10;
      weightDer[w1 + i + 1] = s11;
      weightDer[w1 + i + 2] = s12;
      weightDer[w1 + i + 3] = s13;
      biasDer[j] = bias0;
      biasDer[j + next] = bias1;
    }
  }
  // The inputs left over (all of them in a layer with few inputs), units four at a time:
  // each input loaded feeds four products.
  const wideOut = fanOut - (fanOut % 4);
  for (let i = wide; i < fanIn; i++) {
    for (let j = 0; j < wideOut; j += 4) {
      let bias0 = 0;
      let bias1 = 0;
      let bias2 = 0;
      let bias3 = 0;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = j, x = i; k < deltaEnd; k += fanOut, x += fanIn) {
        const v = input[x];
        const d0 = delta[k];
        const d1 = delta[k + 1];
        const d2 = delta[k + 2];
        const d3 = delta[k + 3];
        bias0 += d0;
        bias1 += d1;
        bias2 += d2;
        bias3 += d3;
        s0 += d0 * v;
        s1 += d1 * v;
        s2 += d2 * v;
        s3 += d3 * v;
      }
      const w = j * fanIn + i;
      weightDer[w] = s0;
      weightDer[w + fanIn] = s1;
      weightDer[w + 2 * fanIn] = s2;
      weightDer[w + 3 * fanIn] = s3;
      biasDer[j] = bias0;
      biasDer[j + 1] = bias1;
      biasDer[j + 2] = bias2;
      biasDer[j + 3] = bias3;
    }
    for (let j = wideOut; j < fanOut; j++) {
      let bias = 0;
      let s = 0;
      for (let k = j, x = i; k < deltaEnd; k += fanOut, x += fanIn) {
        const d = delta[k];
        bias += d;
        s += d * input[x];
      }
      weightDer[j * fanIn + i] = s;
      biasDer[j] = bias;
    }
  }
  if (fanIn > 0) return;
  for (let j = 0; j < fanOut; j++) {
    let bias = 0;
    for (let k = j; k < deltaEnd; k += fanOut) bias += delta[k];
    biasDer[j] = bias;
  }
}

/**
 * inputDelta = Wᵀ·δ: ∂L/∂(the layer below's output). With `inline` set it is taken on
 * through that layer's activation as well, using its z (relu) or f(z) (tanh), to give ∂L/∂z
 * below; with null the caller does that.
 */
export function denseInputGradients(
  delta: Float64Array,
  weights: Float64Array,
  inputDelta: Float64Array,
  batch: number,
  fanIn: number,
  fanOut: number,
  inline: Inline,
  belowZ: Float64Array,
  belowActivated: Float64Array,
): void {
  const relu = inline === 'relu';
  const tanh = inline === 'tanh';
  // Inputs four at a time, rows two at a time; an odd last row pairs with itself, as in
  // denseForward.
  const wide = fanIn - (fanIn % 4);
  for (let b = 0; b < batch && wide > 0; b += 2) {
    const next = Math.min(b + 1, batch - 1);
    const in0 = b * fanIn;
    const in1 = next * fanIn;
    const out0 = b * fanOut;
    const out1 = next * fanOut;
    for (let i = 0; i < wide; i += 4) {
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let j = 0; j < fanOut; j++) {
        const d0 = delta[out0 + j];
        const d1 = delta[out1 + j];
        const w = j * fanIn + i;
        const v0 = weights[w];
        const v1 = weights[w + 1];
        const v2 = weights[w + 2];
        const v3 = weights[w + 3];
        s00 += v0 * d0;
        s01 += v1 * d0;
        s02 += v2 * d0;
        s03 += v3 * d0;
        s10 += v0 * d1;
        s11 += v1 * d1;
        s12 += v2 * d1;
        s13 += v3 * d1;
      }
      finishBackward(inputDelta, in0 + i, s00, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, in0 + i + 1, s01, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, in0 + i + 2, s02, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, in0 + i + 3, s03, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, in1 + i, s10, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, in1 + i + 1, s11, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, in1 + i + 2, s12, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, in1 + i + 3, s13, relu, tanh, belowZ, belowActivated);
    }
  }
  // The inputs left over (all of them below a narrow layer), rows four at a time: each
  // weight loaded feeds four products.
  for (let i = wide; i < fanIn; i++) {
    let b = 0;
    for (; b + 4 <= batch; b += 4) {
      const out0 = b * fanOut;
      const out1 = out0 + fanOut;
      const out2 = out1 + fanOut;
      const out3 = out2 + fanOut;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < fanOut; j++) {
        const v = weights[j * fanIn + i];
        s0 += v * delta[out0 + j];
        s1 += v * delta[out1 + j];
        s2 += v * delta[out2 + j];
        s3 += v * delta[out3 + j];
      }
      const k = b * fanIn + i;
      finishBackward(inputDelta, k, s0, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, k + fanIn, s1, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, k + 2 * fanIn, s2, relu, tanh, belowZ, belowActivated);
      finishBackward(inputDelta, k + 3 * fanIn, s3, relu, tanh, belowZ, belowActivated);
    }
    for (; b < batch; b++) {
      const outRow = b * fanOut;
      let s = 0;
      for (let j = 0; j < fanOut; j++) s += weights[j * fanIn + i] * delta[outRow + j];
      finishBackward(inputDelta, b * fanIn + i, s, relu, tanh, belowZ, belowActivated);
    }
  }
}

function finishBackward(inputDelta: Float64Array, k: number, s: number, relu: boolean, tanh: boolean, z: Float64Array, a: Float64Array): void {
  if (relu) inputDelta[k] = z[k] <= 0 ? 0 : s;
  else if (tanh) inputDelta[k] = s * (1 - a[k] * a[k]);
  else inputDelta[k] = s;
}
