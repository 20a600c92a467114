/** Every activation's scalar derivative (what the activation plot draws) against central differences. */
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../config/config';
import { ACTIVATION_REGISTRY } from './activations';

const H = 1e-5;
const POINTS = [-6, -3.2, -1.5, -0.7, -0.2, -0.01, 0.01, 0.3, 0.9, 1.7, 2.5, 4.4, 7];

describe('scalar derivatives', () => {
  for (const id of ACTIVATIONS) {
    it(`${id}: der(x) is (f(x + h) − f(x − h)) / 2h`, () => {
      const { output, der, kinkAt } = ACTIVATION_REGISTRY[id];
      for (const x of POINTS) {
        // At a kink the two sides disagree; the check stays a few h away from it.
        if (kinkAt !== undefined && Math.abs(x - kinkAt) < 10 * H) continue;
        const numeric = (output(x + H) - output(x - H)) / (2 * H);
        const analytic = der(x);
        expect(Math.abs(analytic - numeric), `${id} at ${x}: ${analytic} vs ${numeric}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }
    });
  }

  it('bounded activations stay inside their range, unbounded ones leave any interval', () => {
    for (const id of ACTIVATIONS) {
      const { output, range } = ACTIVATION_REGISTRY[id];
      const values = [-50, -6, -1, 0, 1, 6, 50].map(output);
      if (range) for (const v of values) expect(v >= range[0] && v <= range[1], `${id}: ${v}`).toBe(true);
      else expect(Math.max(...values.map(Math.abs)), id).toBeGreaterThan(1);
    }
  });
});
