import { describe, expect, it } from 'vitest';
import { GrowableArray, MinMaxBlocks, downsampleMinMax } from './lossSeries';

describe('GrowableArray', () => {
  it('grows and keeps what was appended', () => {
    const g = new GrowableArray(2);
    g.append([1, 2, 3]);
    g.append(new Float64Array([4, 5]), 1);
    g.push(6);
    expect(Array.from(g.view())).toEqual([1, 2, 3, 4, 6]);
    g.clear();
    expect(g.length).toBe(0);
  });
});

describe('downsampleMinMax', () => {
  const xs = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

  it('keeps at most two points per column, the min and the max, in time order', () => {
    const n = 1000;
    const y = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
    const out = downsampleMinMax(xs(n), y, n, 0, n, 10);
    expect(out.x.length).toBeLessThanOrEqual(20);
    for (let c = 0; c < 10; c++) {
      const slice = Array.from(y.subarray(c * 100, c * 100 + 100));
      const kept = [out.y.data[2 * c], out.y.data[2 * c + 1]];
      expect(kept).toContain(Math.min(...slice));
      expect(kept).toContain(Math.max(...slice));
      expect(out.x.data[2 * c]).toBeLessThan(out.x.data[2 * c + 1]);
    }
  });

  it('keeps a single spike visible', () => {
    const n = 100000;
    const y = new Float64Array(n).fill(0.1);
    y[54321] = 9;
    const out = downsampleMinMax(xs(n), y, n, 0, n, 300);
    expect(out.yMax).toBe(9);
    expect(Array.from(out.y.view())).toContain(9);
    expect(out.x.length).toBeLessThanOrEqual(600);
  });

  it('reduces a flat column to one point and passes sparse data through', () => {
    const out = downsampleMinMax([0, 1, 2], [5, 5, 5], 3, 0, 3, 1);
    expect(out.x.length).toBe(1);
    const sparse = downsampleMinMax([0, 1, 2], [3, 1, 2], 3, 0, 2, 100);
    expect(Array.from(sparse.y.view())).toEqual([3, 1, 2]);
  });

  it('skips non-finite values', () => {
    const out = downsampleMinMax([0, 1, 2, 3, NaN], [1, NaN, Infinity, 2, 4], 5, 0, 3, 100);
    expect(Array.from(out.x.view())).toEqual([0, 3]);
    expect(Array.from(out.y.view())).toEqual([1, 2]);
    expect([out.yMin, out.yMax]).toEqual([1, 2]);
  });

  it('reports empty extremes when nothing is finite', () => {
    const out = downsampleMinMax([0, 1], [NaN, NaN], 2, 0, 1, 10);
    expect(out.x.length).toBe(0);
    expect(out.yMax).toBeLessThan(out.yMin);
  });

  it('only looks at the first n points', () => {
    const out = downsampleMinMax([0, 1, 2], [1, 2, 100], 2, 0, 2, 10);
    expect(out.yMax).toBe(2);
  });
});

describe('downsampleMinMax on a logarithmic epoch axis', () => {
  it('splits columns evenly in log(1 + epoch) and keeps the raw epochs', () => {
    const n = 20000;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = Float64Array.from({ length: n }, (_, i) => 1 / (1 + i) + (i % 7) * 1e-6);
    const tx = Float64Array.from(x, Math.log1p);
    const blocks = new MinMaxBlocks(64);
    blocks.update(x, y, n);
    const viaTransform = downsampleMinMax(x, y, n, 0, Math.log1p(n), 200, undefined, blocks, Math.log1p);
    const direct = downsampleMinMax(tx, y, n, 0, Math.log1p(n), 200);
    expect(Array.from(viaTransform.y.view())).toEqual(Array.from(direct.y.view()));
    expect(Array.from(viaTransform.x.view())).toEqual(Array.from(direct.x.view(), (v) => Math.round(Math.expm1(v))));
    // The first epochs, each in a column of its own, all survive.
    expect(Array.from(viaTransform.x.view()).slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('downsampleMinMax with block summaries', () => {
  it('gives exactly what visiting every point gives', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    for (const [n, cols] of [
      [100000, 300],
      [5000, 7],
      [130, 1000],
      [64 * 50 + 13, 33],
    ]) {
      const x = Float64Array.from({ length: n }, (_, i) => i * 0.37 + (i > n / 2 ? 5 : 0));
      const y = Float64Array.from({ length: n }, () => (rnd() < 0.01 ? NaN : Math.round(rnd() * 50)));
      const blocks = new MinMaxBlocks(64);
      // Built in uneven appends, as frames arrive.
      for (let m = 0; m < n; m = Math.min(n, m + 997)) blocks.update(x, y, m);
      blocks.update(x, y, n);
      const raw = downsampleMinMax(x, y, n, 0, x[n - 1], cols);
      const fast = downsampleMinMax(x, y, n, 0, x[n - 1], cols, undefined, blocks);
      expect(Array.from(fast.x.view())).toEqual(Array.from(raw.x.view()));
      expect(Array.from(fast.y.view())).toEqual(Array.from(raw.y.view()));
    }
  });

  it('ignores blocks beyond n', () => {
    const x = Float64Array.from({ length: 256 }, (_, i) => i);
    const y = Float64Array.from({ length: 256 }, (_, i) => (i === 200 ? 99 : 1));
    const blocks = new MinMaxBlocks(64);
    blocks.update(x, y, 256);
    expect(downsampleMinMax(x, y, 150, 0, 150, 1, undefined, blocks).yMax).toBe(1);
  });
});

