import { describe, expect, it } from 'vitest';
import { FEATURES } from '../config/config';
import { buildGridInputs, buildInputs, FEATURE_REGISTRY } from './features';
import { createPoints } from './points';

describe('FEATURE_REGISTRY', () => {
  it('covers every feature with TF’s raw-coordinate formulas', () => {
    const expected = (x: number, y: number) => [x, y, x * x, y * y, x * y, Math.sin(x), Math.sin(y), Math.cos(x), Math.cos(y)];
    for (const [x, y] of [
      [0, 0],
      [1.5, -2],
      [-6, 6],
      [Math.PI / 2, 3],
    ]) {
      expect(FEATURES.map((id) => FEATURE_REGISTRY[id].f(x, y))).toEqual(expected(x, y));
    }
  });
});

describe('buildInputs', () => {
  const points = createPoints(3);
  points.x.set([1, -2, 3]);
  points.y.set([4, 5, -6]);

  it('is row-major, one row per point, in the order the features are given', () => {
    expect(Array.from(buildInputs(points, ['xTimesY', 'x', 'ySquared']))).toEqual([4, 1, 16, -10, -2, 25, -18, 3, 36]);
  });

  it('writes into `out` when it is large enough and returns it', () => {
    const out = new Float64Array(10).fill(7);
    const result = buildInputs(points, ['x', 'y'], out);
    expect(result).toBe(out);
    expect(Array.from(out)).toEqual([1, 4, -2, 5, 3, -6, 7, 7, 7, 7]);
    expect(buildInputs(points, ['x', 'y'], new Float64Array(2)).length).toBe(6);
  });

  it('gives an empty array for no features', () => {
    expect(buildInputs(points, []).length).toBe(0);
  });
});

describe('buildGridInputs', () => {
  it('covers [−6, 6]² by cell centres, row 0 at the top, column 0 at the left', () => {
    const n = 4;
    const g = buildGridInputs(n, ['x', 'y']);
    expect(g.length).toBe(n * n * 2);
    const cell = (r: number, c: number) => [g[(r * n + c) * 2], g[(r * n + c) * 2 + 1]];
    expect(cell(0, 0)).toEqual([-4.5, 4.5]);
    expect(cell(0, n - 1)).toEqual([4.5, 4.5]);
    expect(cell(n - 1, 0)).toEqual([-4.5, -4.5]);
    expect(cell(n - 1, n - 1)).toEqual([4.5, -4.5]);
    expect(cell(1, 2)).toEqual([1.5, 1.5]);
  });

  it('applies the features at each centre and honours domain and `out`', () => {
    const n = 50;
    const g = buildGridInputs(n, ['xSquared', 'sinY', 'xTimesY']);
    const x0 = -6 + 0.5 * (12 / n);
    const y0 = 6 - 0.5 * (12 / n);
    expect(g[0]).toBeCloseTo(x0 * x0, 12);
    expect(g[1]).toBeCloseTo(Math.sin(y0), 12);
    expect(g[2]).toBeCloseTo(x0 * y0, 12);
    const out = new Float64Array(2 * 2 * 1);
    expect(buildGridInputs(2, ['x'], 1, out)).toBe(out);
    expect(Array.from(out)).toEqual([-0.5, 0.5, -0.5, 0.5]);
  });
});
