/**
 * The forward product of a fully connected layer over a batch (row-major batch × units):
 * z = W·x + b, and the layer's activation applied as each value is made. The backward
 * products are in denseGradients.ts.
 *
 * Why the loops look the way they do: V8 hoists almost nothing out of a loop, so every
 * iteration re-checks each typed array it touches and reloads its length and data pointer,
 * and every store makes it forget what it knew. Loads and stores, not arithmetic, are the
 * cost. So each loop works on a tile of results held in locals: a tile of two rows by four
 * outputs loads six numbers for eight multiply-adds, where one result at a time loads two per
 * multiply-add. A layer too narrow for such tiles goes four rows at a time instead. Each
 * result is still summed in the plain order (bias, then input by input), so tiling changes
 * no bit of it: denseReference.ts writes these products as plain loops, the specification the
 * tiled code must equal (dense.test.ts checks it bit for bit).
 */

/**
 * The activations a kernel applies where each value is made, saving a pass over the batch;
 * null leaves the activation to the caller. Kernels turn it into booleans once per call:
 * V8 tests a boolean in one instruction, reloads and checks a module constant at every use,
 * and compares a string-or-null through a generic call.
 */
export type Inline = 'relu' | 'tanh' | null;

/**
 * z = W·input + b for `batch` rows. With `inline` set also out = f(z); with null `out` is
 * untouched and the caller applies the activation.
 */
export function denseForward(
  weights: Float64Array,
  biases: Float64Array,
  input: Float64Array,
  z: Float64Array,
  out: Float64Array,
  batch: number,
  fanIn: number,
  fanOut: number,
  inline: Inline,
): void {
  const relu = inline === 'relu';
  const tanh = inline === 'tanh';
  // Outputs four at a time, rows two at a time. An odd last row pairs with itself: it is
  // computed twice and stored twice, the same values, which is cheaper than a loop of its own.
  const wide = fanOut - (fanOut % 4);
  for (let b = 0; b < batch && wide > 0; b += 2) {
    const next = Math.min(b + 1, batch - 1);
    const in0 = b * fanIn;
    const in1 = next * fanIn;
    const out0 = b * fanOut;
    const out1 = next * fanOut;
    for (let j = 0; j < wide; j += 4) {
      const w0 = j * fanIn;
      const w1 = w0 + fanIn;
      const w2 = w1 + fanIn;
      const w3 = w2 + fanIn;
      let s00 = biases[j];
      let s01 = biases[j + 1];
      let s02 = biases[j + 2];
      let s03 = biases[j + 3];
      let s10 = s00;
      let s11 = s01;
      let s12 = s02;
      let s13 = s03;
      for (let i = 0; i < fanIn; i++) {
        const x0 = input[in0 + i];
        const x1 = input[in1 + i];
        const v0 = weights[w0 + i];
        const v1 = weights[w1 + i];
        const v2 = weights[w2 + i];
        const v3 = weights[w3 + i];
        s00 += v0 * x0;
        s01 += v1 * x0;
        s02 += v2 * x0;
        s03 += v3 * x0;
        s10 += v0 * x1;
        s11 += v1 * x1;
        s12 += v2 * x1;
        s13 += v3 * x1;
      }
      finishForward(z, out, out0 + j, s00, relu, tanh);
      finishForward(z, out, out0 + j + 1, s01, relu, tanh);
      finishForward(z, out, out0 + j + 2, s02, relu, tanh);
      finishForward(z, out, out0 + j + 3, s03, relu, tanh);
      finishForward(z, out, out1 + j, s10, relu, tanh);
      finishForward(z, out, out1 + j + 1, s11, relu, tanh);
      finishForward(z, out, out1 + j + 2, s12, relu, tanh);
      finishForward(z, out, out1 + j + 3, s13, relu, tanh);
    }
  }
  // The outputs left over (all of them in a narrow layer such as the output), rows four at a
  // time: each weight loaded feeds four products.
  for (let j = wide; j < fanOut; j++) {
    const w = j * fanIn;
    const bias = biases[j];
    let b = 0;
    for (; b + 4 <= batch; b += 4) {
      const in0 = b * fanIn;
      const in1 = in0 + fanIn;
      const in2 = in1 + fanIn;
      const in3 = in2 + fanIn;
      let s0 = bias;
      let s1 = bias;
      let s2 = bias;
      let s3 = bias;
      for (let i = 0; i < fanIn; i++) {
        const v = weights[w + i];
        s0 += v * input[in0 + i];
        s1 += v * input[in1 + i];
        s2 += v * input[in2 + i];
        s3 += v * input[in3 + i];
      }
      const k = b * fanOut + j;
      finishForward(z, out, k, s0, relu, tanh);
      finishForward(z, out, k + fanOut, s1, relu, tanh);
      finishForward(z, out, k + 2 * fanOut, s2, relu, tanh);
      finishForward(z, out, k + 3 * fanOut, s3, relu, tanh);
    }
    for (; b < batch; b++) {
      const inRow = b * fanIn;
      let s = bias;
      for (let i = 0; i < fanIn; i++) s += weights[w + i] * input[inRow + i];
      finishForward(z, out, b * fanOut + j, s, relu, tanh);
    }
  }
}

function finishForward(z: Float64Array, out: Float64Array, k: number, s: number, relu: boolean, tanh: boolean): void {
  z[k] = s;
  if (relu) out[k] = s > 0 ? s : 0;
  else if (tanh) out[k] = Math.tanh(s);
}
