import { describe, expect, it } from 'vitest';
import { activationGeometry, activationYDomain, sampleActivation } from './activationPlot';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('activation plot geometry', () => {
  it('samples [−4, 4] with x = 0 exactly', () => {
    const s = sampleActivation((x) => x, () => 1);
    expect(s.xs[0]).toBe(-4);
    expect(s.xs[s.xs.length - 1]).toBe(4);
    expect(s.xs[(s.xs.length - 1) / 2]).toBe(0);
  });

  it('fits both curves and the axis', () => {
    const [lo, hi] = activationYDomain(sampleActivation((x) => Math.max(0, x), (x) => (x > 0 ? 1 : 0)));
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThanOrEqual(4);
  });

  it('builds paths and skips non-finite samples instead of drawing NaN', () => {
    const g = activationGeometry(sigmoid, (x) => (x === 0 ? NaN : sigmoid(x) * (1 - sigmoid(x))), 200, 100, { top: 5, right: 5, bottom: 5, left: 5 });
    expect(g.fPath.startsWith('M')).toBe(true);
    expect(g.derPath).not.toContain('NaN');
    expect(g.derPath.split('M').length).toBe(3);
  });
});
