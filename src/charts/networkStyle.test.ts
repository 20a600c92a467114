import { describe, expect, it } from 'vitest';
import {
  divergingRgb,
  fillPixels,
  formatParam,
  lutIndex,
  pictureLut,
  strokeTables,
  WEIGHT_FOR_MAX_WIDTH,
  WEIGHT_KEY_MAX,
  weightColor,
  weightKey,
  weightWidth,
} from './networkStyle';

describe('weight → stroke', () => {
  it('is blue for positive, orange for negative, grey for zero (TF Playground palette)', () => {
    expect(weightColor(1)).toBe('rgb(8,119,189)');
    expect(weightColor(-1)).toBe('rgb(245,147,34)');
    expect(weightColor(0)).toBe('rgb(232,234,235)');
    expect(weightColor(5)).toBe(weightColor(1));
    expect(weightColor(Number.NaN)).toBe(weightColor(0));
  });

  it('interpolates between grey and the end colour', () => {
    const [r, g, b] = divergingRgb(0.5);
    expect(r).toBe(Math.round((232 + 8) / 2));
    expect(g).toBe(Math.round((234 + 119) / 2) );
    expect(b).toBe(Math.round((235 + 189) / 2));
  });

  it('widens with |w| and clamps', () => {
    expect(weightWidth(0, 1, 9)).toBe(1);
    expect(weightWidth(-WEIGHT_FOR_MAX_WIDTH / 2, 1, 9)).toBe(5);
    expect(weightWidth(WEIGHT_FOR_MAX_WIDTH, 1, 9)).toBe(9);
    expect(weightWidth(1e6, 1, 9)).toBe(9);
    expect(weightWidth(Number.POSITIVE_INFINITY, 1, 9)).toBe(1);
  });

  it('quantises weights to keys within the table', () => {
    expect(weightKey(0)).toBe(0);
    expect(weightKey(0.0099)).toBe(0);
    expect(weightKey(0.02)).toBe(1);
    expect(weightKey(-1)).toBe(-50);
    expect(weightKey(1e9)).toBe(WEIGHT_KEY_MAX);
    expect(weightKey(-1e9)).toBe(-WEIGHT_KEY_MAX);
    expect(weightKey(Number.NaN)).toBe(0);
  });

  it('builds tables that agree with the direct mapping', () => {
    const t = strokeTables(0.5, 6);
    expect(t.colors).toHaveLength(2 * WEIGHT_KEY_MAX + 1);
    for (const w of [-3, -0.5, 0, 0.26, 1, 4]) {
      const i = weightKey(w) + WEIGHT_KEY_MAX;
      expect(t.colors[i]).toBe(weightColor(w));
      expect(Number(t.widths[i])).toBeCloseTo(weightWidth(w, 0.5, 6), 2);
    }
  });
});

describe('neuron pictures', () => {
  it('maps [−1, 1] onto the 256-entry table, clamping and sending NaN to the middle', () => {
    expect(lutIndex(-1)).toBe(0);
    expect(lutIndex(-7)).toBe(0);
    expect(lutIndex(1)).toBe(255);
    expect(lutIndex(3)).toBe(255);
    expect(lutIndex(0)).toBe(127);
    expect(lutIndex(Number.NaN)).toBe(128);
  });

  it('fills opaque RGBA pixels from an offset', () => {
    const lut = pictureLut();
    const px = new Uint8ClampedArray(8);
    fillPixels(px, new Float32Array([9, -1, 1]), 1, 2, lut);
    expect([...px]).toEqual([245, 147, 34, 255, 8, 119, 189, 255]);
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
