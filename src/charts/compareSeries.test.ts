import { describe, expect, it } from 'vitest';
import { median, medianCurve, spreadOf, valueAt } from './compareSeries';

describe('compare series', () => {
  it('reads a run at an epoch on the line between its points', () => {
    const xs = [0, 2, 5];
    const ys = [1, 0.5, 0.2];
    expect(valueAt(xs, ys, 3, 0)).toBe(1);
    expect(valueAt(xs, ys, 3, 1)).toBe(0.75);
    expect(valueAt(xs, ys, 3, 2)).toBe(0.5);
    expect(valueAt(xs, ys, 3, 4)).toBeCloseTo(0.3, 12);
    expect(valueAt(xs, ys, 3, 5)).toBe(0.2);
    expect(valueAt(xs, ys, 3, 99)).toBeNaN();
    expect(valueAt(xs, ys, 3, -1)).toBeNaN();
    expect(valueAt([], [], 0, 1)).toBeNaN();
    expect(valueAt([0, 1], [1, Infinity], 2, 0.5)).toBeNaN();
  });

  it('takes the median of the finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([NaN, 5, Infinity])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('draws the median curve where every run has reached', () => {
    const runs = [
      { xs: [0, 1, 2, 3, 4], ys: [1, 0.9, 0.8, 0.7, 0.6], n: 5 },
      { xs: [0, 1, 2], ys: [2, 1.5, 1], n: 3 },
      { xs: [0, 1, 2, 3], ys: [0.5, 0.4, 0.3, 0.2], n: 4 },
    ];
    const { x, y } = medianCurve(runs, 4);
    expect(x).toEqual([0, 0.5, 1, 1.5, 2]);
    // At 0.5 the runs read 0.95, 1.75 and 0.45.
    expect(y.map((v) => Number(v.toFixed(12)))).toEqual([1, 0.95, 0.9, 0.85, 0.8]);
    expect(medianCurve([...runs, { xs: [], ys: [], n: 0 }], 2)).toEqual({ x: [], y: [] });
  });

  it('gives the spread of final losses, leaving out runs without a number', () => {
    expect(spreadOf([0.3, null, 0.1, 0.2, NaN])).toEqual({ min: 0.1, median: 0.2, max: 0.3 });
    expect(spreadOf([null])).toBeNull();
  });
});
