import { describe, expect, it } from 'vitest';
import { NEGATIVE_COLOR, POSITIVE_COLOR, ZERO_COLOR } from './colors';
import { formatParam, strokeTables, WEIGHT_FOR_MAX_WIDTH, WEIGHT_KEY_MAX, weightColor, weightKey, weightWidth } from './networkStyle';

const rgbOf = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const parse = (css: string) => css.match(/\d+/g)!.map(Number);

describe('weight → stroke colour', () => {
  it('is blue for positive, orange for negative, grey for zero (TF Playground palette), clamped at ±1', () => {
    expect(parse(weightColor(1))).toEqual(rgbOf(POSITIVE_COLOR));
    expect(parse(weightColor(-1))).toEqual(rgbOf(NEGATIVE_COLOR));
    expect(parse(weightColor(0))).toEqual(rgbOf(ZERO_COLOR));
    expect(weightColor(5)).toBe(weightColor(1));
    expect(weightColor(-5)).toBe(weightColor(-1));
    expect(weightColor(Number.NaN)).toBe(weightColor(0));
  });

  it('interpolates between grey and the end colour', () => {
    const mid = parse(weightColor(0.5));
    const zero = rgbOf(ZERO_COLOR);
    const blue = rgbOf(POSITIVE_COLOR);
    mid.forEach((c, i) => expect(Math.abs(c - (zero[i] + blue[i]) / 2)).toBeLessThanOrEqual(1));
  });
});

describe('weight → stroke width', () => {
  it('widens with |w| and clamps', () => {
    expect(weightWidth(0, 1, 9)).toBe(1);
    expect(weightWidth(-WEIGHT_FOR_MAX_WIDTH / 2, 1, 9)).toBe(5);
    expect(weightWidth(WEIGHT_FOR_MAX_WIDTH / 2, 1, 9)).toBe(5);
    expect(weightWidth(WEIGHT_FOR_MAX_WIDTH, 1, 9)).toBe(9);
    expect(weightWidth(1e6, 1, 9)).toBe(9);
    expect(weightWidth(Number.POSITIVE_INFINITY, 1, 9)).toBe(1);
  });
});

describe('quantised tables', () => {
  it('quantises weights to keys within the table', () => {
    expect(weightKey(0)).toBe(0);
    // Steps of 0.05: finer changes are invisible, and each one would cost a repaint.
    expect(weightKey(0.024)).toBe(0);
    expect(weightKey(0.05)).toBe(1);
    expect(weightKey(-1)).toBe(-20);
    expect(weightKey(1e9)).toBe(WEIGHT_KEY_MAX);
    expect(weightKey(-1e9)).toBe(-WEIGHT_KEY_MAX);
    expect(weightKey(Number.NaN)).toBe(0);
  });

  it('agrees with the direct mapping at every key', () => {
    const t = strokeTables(0.5, 6);
    expect(t.colors).toHaveLength(2 * WEIGHT_KEY_MAX + 1);
    for (const w of [-3, -0.5, 0, 0.26, 1, 4, 100]) {
      const i = weightKey(w) + WEIGHT_KEY_MAX;
      expect(t.colors[i]).toBe(weightColor(Math.max(-4, Math.min(4, Math.round(w * 20) / 20))));
      expect(Number(t.widths[i])).toBeCloseTo(weightWidth(Math.min(w, 4), 0.5, 6), 1);
    }
  });
});

describe('formatParam', () => {
  it('shows four significant digits', () => {
    expect(formatParam(0.123456)).toBe('0.1235');
    expect(formatParam(-12.3456)).toBe('-12.35');
    expect(formatParam(0.5)).toBe('0.5');
    expect(formatParam(Number.NaN)).toBe('NaN');
  });
});
