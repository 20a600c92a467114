import { describe, expect, it } from 'vitest';
import { computeHistogram } from './histogram';

describe('computeHistogram', () => {
  it('bins into equal-width bins that cover the extent', () => {
    const h = computeHistogram(new Float32Array([0, 0.1, 0.5, 0.9, 1]), { bins: 2 });
    expect(h.bins.map((b) => b.count)).toEqual([2, 3]);
    expect(h.domain).toEqual([0, 1]);
    expect(h.total).toBe(5);
  });

  it('counts non-finite values apart', () => {
    const h = computeHistogram([1, NaN, Infinity, 2], { bins: 4 });
    expect(h.total).toBe(2);
    expect(h.nonFinite).toBe(2);
  });

  it('gives identical values a visible, centred bar', () => {
    const h = computeHistogram(new Float32Array(10), { bins: 5 });
    expect(h.domain).toEqual([-0.5, 0.5]);
    expect(h.maxCount).toBe(10);
  });

  it('clips into a fixed domain without losing counts', () => {
    const h = computeHistogram([-5, 0, 5], { bins: 2, domain: [-1, 1] });
    expect(h.bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(h.clipped).toBe(2);
  });

  it('survives empty input', () => {
    const h = computeHistogram([]);
    expect(h.total).toBe(0);
    expect(h.maxCount).toBe(0);
  });
});
