import { describe, expect, it } from 'vitest';
import { LOG_SAFETY_FLOOR, MINUS, decadeAtOrAbove, decadeBelow, decadeTicks, epochTicks, formatDecadeTick, formatExponent, formatLinearTicks, logDomain, logEpochTicks, lossChartSize, niceCeiling, sideMargin, withMinus } from './lossScales';

describe('decadeTicks', () => {
  it('lists decades inside the domain, thinned', () => {
    expect(decadeTicks(1e-4, 1)).toEqual([1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(decadeTicks(1e-4, 1e4, 5).length).toBeLessThanOrEqual(5);
    expect(decadeTicks(0, 1)).toEqual([]);
  });

  it('thins to round exponents, so a diverged run reads 1, 1e50, 1e100 and not 1e34, 1e74', () => {
    expect(decadeTicks(1e-4, 1e4, 5)).toEqual([1e-4, 1e-2, 1, 1e2, 1e4]);
    expect(decadeTicks(1e-2, 1e274, 6)).toEqual([1, 1e50, 1e100, 1e150, 1e200, 1e250]);
    for (const [lo, hi, max] of [
      [1e-12, 1e3, 5],
      [1e-7, 1, 4],
      [1e-300, 1e300, 3],
    ] as const) {
      const t = decadeTicks(lo, hi, max);
      expect(t.length).toBeGreaterThanOrEqual(2);
      expect(t.length).toBeLessThanOrEqual(max);
      for (const v of t) expect(v >= lo && v <= hi).toBe(true);
    }
  });
});

describe('tick labels', () => {
  it('use a true minus sign', () => {
    expect(withMinus('-1e-4')).toBe(`${MINUS}1e${MINUS}4`);
    expect(formatExponent(-0.0005)).toBe('−5e−4');
  });

  it('write far-out numbers as a compact exponent without "+"', () => {
    expect(formatExponent(1.5e285)).toBe('1.5e285');
    expect(formatExponent(1.5000000000000002e273)).toBe('1.5e273');
    expect(formatDecadeTick(1e-7)).toBe('1e−7');
    expect(formatDecadeTick(1e5)).toBe('1e5');
    expect(formatDecadeTick(0.001)).toBe('0.001');
    expect(formatDecadeTick(1000)).toBe('1000');
  });

  it('give a linear axis one style and short labels', () => {
    expect(formatLinearTicks([0, 0.1, 0.2, 0.30000000000000004])).toEqual(['0', '0.1', '0.2', '0.3']);
    expect(formatLinearTicks([0, 5e272, 1e273, 1.5e273, 2e273])).toEqual(['0', '5e272', '1e273', '1.5e273', '2e273']);
    expect(formatLinearTicks([0, 0.0005, 0.001, 0.0015, 0.002])).toEqual(['0', '5e−4', '1e−3', '1.5e−3', '2e−3']);
    expect(formatLinearTicks([-0.5, 0, 0.5])).toEqual(['−0.5', '0', '0.5']);
    expect(formatLinearTicks([0, 5000, 10000])).toEqual(['0', '5e3', '1e4']);
    for (const ticks of [
      [0, 2e-7, 4e-7],
      [0, 1e5, 2e5, 3e5],
      [0, 0.02, 0.04],
      [-1.5e285, 0, 1.5e285],
    ]) {
      for (const label of formatLinearTicks(ticks)) expect(label.length).toBeLessThanOrEqual(8);
    }
  });
});

describe('the log axis', () => {
  it('finds the decade strictly below and the decade at or above', () => {
    expect(decadeBelow(3.2e-5)).toBe(1e-5);
    expect(decadeBelow(1e-5)).toBe(1e-6);
    expect(decadeBelow(1e-15)).toBe(1e-16);
    expect(decadeBelow(7)).toBe(1);
    expect(decadeAtOrAbove(0.7)).toBe(1);
    expect(decadeAtOrAbove(1)).toBe(1);
    expect(decadeAtOrAbove(1e-15)).toBe(1e-15);
    expect(decadeAtOrAbove(2e273)).toBe(1e274);
  });

  it('reaches down to the smallest loss seen, so the tail is not flattened on a floor', () => {
    expect(logDomain(3.2e-7, 0.7)).toEqual([1e-7, 1]);
    expect(logDomain(1e-9, 0.5)).toEqual([1e-10, 1]);
    // The curve's lowest point stays above the bottom edge.
    for (const min of [2.3e-5, 1e-7, 9.9e-9, 0.4]) expect(logDomain(min, 1)[0]).toBeLessThan(min);
  });

  it('keeps a safety floor for zeros and absurd values, and spans at least one decade', () => {
    expect(logDomain(1e-30, 1)).toEqual([LOG_SAFETY_FLOOR, 1]);
    expect(logDomain(Infinity, 0)).toEqual([0.1, 1]);
    expect(logDomain(NaN, NaN)).toEqual([0.1, 1]);
    expect(logDomain(0.5, 0.5)).toEqual([0.1, 1]);
    expect(logDomain(3, 3)).toEqual([1, 10]);
    expect(logDomain(0.01, 2e273)).toEqual([1e-3, 1e274]);
  });
});

describe('epoch ticks', () => {
  it('are whole epochs once the axis spans one', () => {
    expect(epochTicks(0, 1, 5)).toEqual([0, 1]);
    expect(epochTicks(0, 2, 5)).toEqual([0, 1, 2]);
    expect(epochTicks(0, 1.25, 5)).toEqual([0, 1]);
    expect(epochTicks(0, 3, 5)).toEqual([0, 1, 2, 3]);
    expect(epochTicks(0, 10000, 5)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    for (let end = 1; end < 100; end *= 1.1) {
      const t = epochTicks(0, niceCeiling(end), 4);
      expect(t.every(Number.isInteger)).toBe(true);
      expect(t.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('are fractions only inside the first epoch (stepping single batches)', () => {
    expect(epochTicks(0, 0.3, 4)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('on a log axis: decades first, none closer than the gap, the short run whole', () => {
    expect(logEpochTicks(100000, 320, 40)).toEqual([0, 10, 100, 1000, 10000, 100000]);
    expect(logEpochTicks(4, 400, 40)).toEqual([0, 1, 2, 3, 4]);
    expect(logEpochTicks(1, 400, 40)).toEqual([0, 1]);
    for (const [end, w] of [
      [15000, 322],
      [1250, 200],
      [8, 150],
      [1e6, 500],
    ]) {
      const t = logEpochTicks(end, w, 40);
      const px = t.map((v) => (Math.log1p(v) / Math.log1p(end)) * w);
      for (let i = 1; i < px.length; i++) expect(px[i] - px[i - 1]).toBeGreaterThanOrEqual(40);
      expect(t[0]).toBe(0);
      expect(t.every((v) => Number.isInteger(v) && v <= end)).toBe(true);
    }
  });
});

describe('lossChartSize', () => {
  it('grows the text with the root font size, within 11–14 px', () => {
    expect(lossChartSize(394, 15).font).toBe(11);
    expect(lossChartSize(529, 18).font).toBe(14);
    expect(lossChartSize(300, 10).font).toBe(11);
    expect(lossChartSize(300, 40).font).toBe(14);
    expect(lossChartSize(300, NaN).font).toBe(12);
  });

  it('makes the chart about 0.45 of its width, within 140–300 px', () => {
    expect(lossChartSize(394, 15).height).toBe(177);
    expect(lossChartSize(160, 15).height).toBe(140);
    expect(lossChartSize(2000, 18).height).toBe(300);
    for (const [w, root] of [
      [160, 15],
      [394, 15],
      [529, 18],
      [1200, 18],
    ]) {
      const s = lossChartSize(w, root);
      // The plot keeps most of the height.
      expect(s.height - s.top - s.bottom).toBeGreaterThanOrEqual(s.height * 0.5);
    }
  });

  it('sizes a side margin from the widest tick label', () => {
    expect(sideMargin(40)).toBeGreaterThan(40);
    expect(sideMargin(40.2)).toBe(sideMargin(41));
    expect(sideMargin(-1)).toBe(sideMargin(0));
  });
});

describe('niceCeiling', () => {
  it('ends the epoch axis at the next round number, so its labels stay put while the curve grows', () => {
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(1001)).toBe(1250);
    expect(niceCeiling(1250)).toBe(1250);
    expect(niceCeiling(3001)).toBe(4000);
    expect(niceCeiling(8500)).toBe(10000);
    expect(niceCeiling(0.3)).toBe(0.3);
    // Many frames in a row share one axis end.
    const ends = new Set(Array.from({ length: 200 }, (_, k) => niceCeiling(2600 + k * 2)));
    expect([...ends]).toEqual([3000]);
  });

  it('keeps the curve over three quarters of the width and survives odd input', () => {
    for (let v = 0.01; v < 1e7; v *= 1.07) {
      const end = niceCeiling(v);
      expect(end).toBeGreaterThanOrEqual(v);
      expect(v / end).toBeGreaterThanOrEqual(0.75 - 1e-12);
    }
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(NaN)).toBe(1);
    expect(niceCeiling(-5)).toBe(1);
    expect(niceCeiling(Infinity)).toBe(1);
  });
});
