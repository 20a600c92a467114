import { describe, expect, it } from 'vitest';
import { contourSegments, logPosition, lossRange } from './landscapeChart';

describe('the landscape chart', () => {
  it('colours on a log scale between the smallest and largest finite loss', () => {
    expect(lossRange([0.1, NaN, 10, Infinity, 1])).toEqual({ lo: 0.1, hi: 10 });
    expect(logPosition(0.1, 0.1, 10)).toBe(0);
    expect(logPosition(10, 0.1, 10)).toBeCloseTo(1, 12);
    expect(logPosition(1, 0.1, 10)).toBeCloseTo(0.5, 12);
  });

  it('draws circles of equal loss around the minimum of a bowl', () => {
    const size = 41;
    const losses = new Float64Array(size * size);
    for (let j = 0; j < size; j++) for (let i = 0; i < size; i++) losses[j * size + i] = 0.01 + (i - 20) ** 2 + (j - 20) ** 2;
    const { lo, hi } = lossRange(losses);
    const segments = contourSegments({ size, extent: 1, losses, path: [] }, lo, hi, 400);
    expect(segments.length).toBeGreaterThan(50);
    // Each level's points lie at one distance from the centre (to within a cell).
    const t = 4 / 8;
    const target = Math.exp(Math.log(Math.max(lo, hi * 1e-6)) + t * (Math.log(hi) - Math.log(Math.max(lo, hi * 1e-6))));
    const radius = Math.sqrt(target - 0.01) * 10;
    const near = segments.filter(([x, y]) => Math.abs(Math.hypot(x - 200, y - 200) - radius) < 10);
    expect(near.length).toBeGreaterThan(8);
  });
});
