import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIMIZER_SETTINGS, OPTIMIZER_SETTING_KEYS, OPTIMIZERS, type OptimizerSettingKey, type OptimizerSettings } from '../config/config';
import { createOptimizer, OPTIMIZER_REGISTRY } from './optimizers';

const settings = { ...DEFAULT_OPTIMIZER_SETTINGS };

describe('optimizers: first updates worked out by hand', () => {
  it('momentum: v ← αv − ηg, w ← w + v', () => {
    const opt = createOptimizer('momentum', 1, { ...settings, momentum: 0.9 });
    const w = new Float64Array([1]);
    opt.step(w, new Float64Array([0.5]), 0.1);
    // v₁ = −0.1·0.5 = −0.05; w₁ = 0.95
    expect(w[0]).toBeCloseTo(0.95, 15);
    opt.step(w, new Float64Array([0.2]), 0.1);
    // v₂ = 0.9·(−0.05) − 0.1·0.2 = −0.065; w₂ = 0.885
    expect(w[0]).toBeCloseTo(0.885, 15);
  });

  it('adam: bias-corrected first and second moments', () => {
    const opt = createOptimizer('adam', 1, { ...settings, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
    const w = new Float64Array([1]);
    opt.step(w, new Float64Array([0.5]), 0.1);
    // m̂₁ = g, v̂₁ = g², so the first step is η·g/|g| = 0.1 (minus ε's trace).
    expect(w[0]).toBeCloseTo(1 - 0.1 * (0.5 / (0.5 + 1e-8)), 12);
    const w1 = w[0];
    opt.step(w, new Float64Array([0.2]), 0.1);
    const m2 = 0.9 * (0.1 * 0.5) + 0.1 * 0.2; // 0.065
    const v2 = 0.999 * (0.001 * 0.25) + 0.001 * 0.04; // 0.00028975
    const mHat = m2 / (1 - 0.81);
    const vHat = v2 / (1 - 0.999 * 0.999);
    expect(w[0]).toBeCloseTo(w1 - (0.1 * mHat) / (Math.sqrt(vHat) + 1e-8), 12);
  });

  it('adagrad and rmsprop follow their formulas on the first step', () => {
    const ada = createOptimizer('adagrad', 1, settings);
    const w = new Float64Array([0]);
    ada.step(w, new Float64Array([2]), 0.5);
    expect(w[0]).toBeCloseTo(-0.5 * (2 / (2 + 1e-8)), 12);
    const rms = createOptimizer('rmsprop', 1, { ...settings, rho: 0.9 });
    const u = new Float64Array([0]);
    rms.step(u, new Float64Array([2]), 0.5);
    expect(u[0]).toBeCloseTo(-0.5 * (2 / (Math.sqrt(0.1 * 4) + 1e-8)), 12);
  });

  it('settings changed while running reach the next step', () => {
    const opt = createOptimizer('momentum', 1, { ...settings, momentum: 0.9 });
    const w = new Float64Array([0]);
    opt.step(w, new Float64Array([1]), 1);
    opt.setSettings({ ...settings, momentum: 0 });
    opt.step(w, new Float64Array([1]), 1);
    // With α = 0 the old velocity is forgotten: −1 then −1.
    expect(w[0]).toBeCloseTo(-2, 12);
  });

  for (const id of OPTIMIZERS) {
    it(`${id} lowers a quadratic bowl`, () => {
      const opt = createOptimizer(id, 2, settings);
      const w = new Float64Array([3, -2]);
      const f = () => w[0] * w[0] + 10 * w[1] * w[1];
      const start = f();
      // Adaptive methods take steps of about η whatever the gradient's size, so they get a larger η.
      const lr = id === 'sgd' || id === 'momentum' ? 0.02 : 0.1;
      for (let k = 0; k < 200; k++) opt.step(w, new Float64Array([2 * w[0], 20 * w[1]]), lr);
      expect(f()).toBeLessThan(start * 0.5);
    });
  }

  for (const id of OPTIMIZERS) {
    it(`${id} reads exactly the settings its registry entry lists (what the controls show)`, () => {
      const { settings: listed } = OPTIMIZER_REGISTRY[id];
      // Three steps on the bowl from the same start; returns where the weights end.
      const walk = (s: OptimizerSettings) => {
        const opt = createOptimizer(id, 2, s);
        const w = new Float64Array([3, -2]);
        for (let k = 0; k < 3; k++) opt.step(w, new Float64Array([2 * w[0], 20 * w[1]]), 0.1);
        return Array.from(w);
      };
      const base = walk(settings);
      // A nudge every setting stays valid under: each halved (ε grows instead, past the gradients' scale).
      const nudged = (key: OptimizerSettingKey) => ({ ...settings, [key]: key === 'epsilon' ? 10 : settings[key] / 2 });
      for (const key of OPTIMIZER_SETTING_KEYS) {
        if (listed.includes(key)) expect(walk(nudged(key)), `${id} reads ${key}`).not.toEqual(base);
        else expect(walk(nudged(key)), `${id} ignores ${key}`).toEqual(base);
      }
    });
  }
});
