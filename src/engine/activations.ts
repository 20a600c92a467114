/**
 * Activation functions keyed by the word used in the URL. Each entry has the scalar pair
 * `{output, der}` (what the plots and the tests read) and two loops over a slice of a buffer
 * (what training runs), so the hot path makes one call per layer, not one per neuron.
 */
import type { ActivationId } from '../config/config';

export interface Activation {
  /** f(x). */
  output(x: number): number;
  /** f'(x), the derivative at the pre-activation x. */
  der(x: number): number;
  /** out[k] = f(z[k]) for k in [0, n). */
  forward(z: Float64Array, out: Float64Array, n: number): void;
  /**
   * delta[k] *= f'(z[k]), for k in [0, n): turns ∂L/∂a into ∂L/∂z (mutates delta).
   * `a` holds f(z) already, so sigmoid and tanh reuse it instead of recomputing.
   */
  backward(z: Float64Array, a: Float64Array, delta: Float64Array, n: number): void;
  /** Non-differentiable somewhere or flat: gradient checks stay away from these points. */
  kinkAt?: number;
  /**
   * The interval f's outputs lie in when it is bounded (sigmoid [0, 1], tanh [−1, 1]), else null:
   * bounded activations get it as their histogram's axis, so shapes compare across layers and runs.
   */
  range: readonly [number, number] | null;
}

const LEAKY_SLOPE = 0.01;

function sigmoid(x: number): number {
  // TF Playground's formula, so its links give its numbers bit for bit. For x < −709 exp
  // overflows to Infinity and the result is 0, which is also the right answer.
  return 1 / (1 + Math.exp(-x));
}

function softplus(x: number): number {
  // log(1 + e^x) without overflow: x + log(1 + e^-x) for positive x.
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export const ACTIVATION_REGISTRY: Record<ActivationId, Activation> = {
  linear: {
    output: (x) => x,
    der: () => 1,
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = z[k];
    },
    backward() {
      // f' = 1: delta is already ∂L/∂z.
    },
    range: null,
  },
  step: {
    output: (x) => (x > 0 ? 1 : 0),
    // Kept honest: zero everywhere (undefined at 0). Nothing flows back through a step layer.
    der: () => 0,
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = z[k] > 0 ? 1 : 0;
    },
    backward(_z, _a, delta, n) {
      for (let k = 0; k < n; k++) delta[k] = 0;
    },
    kinkAt: 0,
    range: [0, 1],
  },
  sigmoid: {
    output: sigmoid,
    der: (x) => {
      const s = sigmoid(x);
      return s * (1 - s);
    },
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = sigmoid(z[k]);
    },
    backward(_z, a, delta, n) {
      for (let k = 0; k < n; k++) delta[k] *= a[k] * (1 - a[k]);
    },
    range: [0, 1],
  },
  tanh: {
    output: Math.tanh,
    der: (x) => {
      const t = Math.tanh(x);
      return 1 - t * t;
    },
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = Math.tanh(z[k]);
    },
    backward(_z, a, delta, n) {
      for (let k = 0; k < n; k++) delta[k] *= 1 - a[k] * a[k];
    },
    range: [-1, 1],
  },
  relu: {
    output: (x) => (x > 0 ? x : 0),
    der: (x) => (x > 0 ? 1 : 0),
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = z[k] > 0 ? z[k] : 0;
    },
    backward(z, _a, delta, n) {
      for (let k = 0; k < n; k++) if (z[k] <= 0) delta[k] = 0;
    },
    kinkAt: 0,
    range: null,
  },
  leakyrelu: {
    output: (x) => (x > 0 ? x : LEAKY_SLOPE * x),
    der: (x) => (x > 0 ? 1 : LEAKY_SLOPE),
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = z[k] > 0 ? z[k] : LEAKY_SLOPE * z[k];
    },
    backward(z, _a, delta, n) {
      for (let k = 0; k < n; k++) if (z[k] <= 0) delta[k] *= LEAKY_SLOPE;
    },
    kinkAt: 0,
    range: null,
  },
  elu: {
    // α = 1, so the derivative is continuous at 0. Written e^x − 1 (not expm1) as Deep
    // Insider's playground computes it, so its ELU links give its numbers.
    output: (x) => (x > 0 ? x : Math.exp(x) - 1),
    der: (x) => (x > 0 ? 1 : Math.exp(x)),
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = z[k] > 0 ? z[k] : Math.exp(z[k]) - 1;
    },
    backward(z, a, delta, n) {
      for (let k = 0; k < n; k++) if (z[k] <= 0) delta[k] *= a[k] + 1;
    },
    range: null,
  },
  swish: {
    output: (x) => x * sigmoid(x),
    der: (x) => {
      const s = sigmoid(x);
      return s + x * s * (1 - s);
    },
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = z[k] * sigmoid(z[k]);
    },
    backward(z, _a, delta, n) {
      for (let k = 0; k < n; k++) {
        const s = sigmoid(z[k]);
        delta[k] *= s + z[k] * s * (1 - s);
      }
    },
    range: null,
  },
  softplus: {
    output: softplus,
    der: sigmoid,
    forward(z, out, n) {
      for (let k = 0; k < n; k++) out[k] = softplus(z[k]);
    },
    backward(z, _a, delta, n) {
      for (let k = 0; k < n; k++) delta[k] *= sigmoid(z[k]);
    },
    range: null,
  },
};

export { sigmoid, softplus };
