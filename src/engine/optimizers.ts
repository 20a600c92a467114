/**
 * Optimizers keyed by the URL token. Each walks the one flat parameter array with its
 * gradient array, so an optimizer never needs to know the network's shape. The loops read
 * params.length once: in the loop condition V8 would re-check the array after every store.
 *
 * Gradients arrive as sums over the `count` samples of the batch, as TF Playground accumulates
 * them; SGD divides as TF does (so its links give TF's numbers bit for bit), the others use the
 * mean gradient Σg/n.
 */
import type { OptimizerId, OptimizerSettingKey, OptimizerSettings } from '../config/config';

/** [start, end) of each layer's weights in the parameter array; the rest are biases, γ and β. */
export type WeightRanges = readonly (readonly [number, number])[];

export interface Optimizer {
  /**
   * params -= update(grads / count); mutates params and the optimizer's own state. `grads`
   * holds ∂loss/∂param summed over `count` samples (1 when it is already a mean).
   */
  step(params: Float64Array, grads: Float64Array, learningRate: number, count?: number): void;
  readonly settings: OptimizerSettings;
  setSettings(settings: OptimizerSettings): void;
}

type Factory = (size: number, settings: OptimizerSettings, weightRanges: WeightRanges) => Optimizer;

export interface OptimizerSpec {
  /** The settings its step reads, in the order the controls show them (a unit test holds it to this). */
  readonly settings: readonly OptimizerSettingKey[];
  readonly create: Factory;
}

/** `self` holds the settings so that a live change reaches the running step function. */
function withSettings(self: { settings: OptimizerSettings }, step: Optimizer['step']): Optimizer {
  return {
    step,
    get settings() {
      return self.settings;
    },
    setSettings(next) {
      self.settings = { ...next };
    },
  };
}

export const OPTIMIZER_REGISTRY: Record<OptimizerId, OptimizerSpec> = {
  // w ← w − η g, in TF Playground's two roundings: a weight w − (η/n)·Σg, a bias b − η·Σg/n.
  sgd: {
    settings: [],
    create: (_size, settings, weightRanges) => {
      const self = { settings: { ...settings } };
      return withSettings(self, (params, grads, lr, count = 1) => {
        const n = params.length;
        const weightRate = lr / count;
        let k = 0;
        for (let r = 0; r < weightRanges.length; r++) {
          const start = weightRanges[r][0];
          const end = weightRanges[r][1];
          for (; k < start; k++) params[k] -= (lr * grads[k]) / count;
          for (; k < end; k++) params[k] -= weightRate * grads[k];
        }
        for (; k < n; k++) params[k] -= (lr * grads[k]) / count;
      });
    },
  },
  // v ← αv − η g, w ← w + v
  momentum: {
    settings: ['momentum'],
    create: (size, settings) => {
      const self = { settings: { ...settings } };
      const velocity = new Float64Array(size);
      return withSettings(self, (params, grads, lr, count = 1) => {
        const alpha = self.settings.momentum;
        const inv = 1 / count;
        const n = params.length;
        for (let k = 0; k < n; k++) {
          velocity[k] = alpha * velocity[k] - lr * (grads[k] * inv);
          params[k] += velocity[k];
        }
      });
    },
  },
  // h ← h + g², w ← w − η g / (√h + ε)
  adagrad: {
    settings: ['epsilon'],
    create: (size, settings) => {
      const self = { settings: { ...settings } };
      const sumSquares = new Float64Array(size);
      return withSettings(self, (params, grads, lr, count = 1) => {
        const eps = self.settings.epsilon;
        const inv = 1 / count;
        const n = params.length;
        for (let k = 0; k < n; k++) {
          const g = grads[k] * inv;
          sumSquares[k] += g * g;
          params[k] -= (lr * g) / (Math.sqrt(sumSquares[k]) + eps);
        }
      });
    },
  },
  // h ← ρh + (1 − ρ) g², w ← w − η g / (√h + ε)
  rmsprop: {
    settings: ['rho', 'epsilon'],
    create: (size, settings) => {
      const self = { settings: { ...settings } };
      const meanSquares = new Float64Array(size);
      return withSettings(self, (params, grads, lr, count = 1) => {
        const { rho, epsilon } = self.settings;
        const inv = 1 / count;
        const n = params.length;
        for (let k = 0; k < n; k++) {
          const g = grads[k] * inv;
          meanSquares[k] = rho * meanSquares[k] + (1 - rho) * g * g;
          params[k] -= (lr * g) / (Math.sqrt(meanSquares[k]) + epsilon);
        }
      });
    },
  },
  // m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², bias-corrected, w ← w − η m̂ / (√v̂ + ε)
  adam: {
    settings: ['beta1', 'beta2', 'epsilon'],
    create: (size, settings) => {
      const self = { settings: { ...settings } };
      const m = new Float64Array(size);
      const v = new Float64Array(size);
      let t = 0;
      return withSettings(self, (params, grads, lr, count = 1) => {
        const { beta1, beta2, epsilon } = self.settings;
        t++;
        const correction1 = 1 - Math.pow(beta1, t);
        const correction2 = 1 - Math.pow(beta2, t);
        const inv = 1 / count;
        const n = params.length;
        for (let k = 0; k < n; k++) {
          const g = grads[k] * inv;
          m[k] = beta1 * m[k] + (1 - beta1) * g;
          v[k] = beta2 * v[k] + (1 - beta2) * g * g;
          params[k] -= (lr * (m[k] / correction1)) / (Math.sqrt(v[k] / correction2) + epsilon);
        }
      });
    },
  },
};

/** Without `weightRanges` every parameter counts as a weight. */
export function createOptimizer(id: OptimizerId, size: number, settings: OptimizerSettings, weightRanges: WeightRanges = [[0, size]]): Optimizer {
  return OPTIMIZER_REGISTRY[id].create(size, settings, weightRanges);
}
