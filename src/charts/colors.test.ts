import { describe, expect, it } from 'vitest';
import {
  CLASS_RGB,
  DIVERGING_LUT,
  LUT_SIZE,
  NAN_RGB,
  ZERO_RGB,
  buildClassLut,
  buildDivergingLut,
  CLASS_LUTS,
  classColor,
  displayRange,
  PROBABILITY_DOMAIN,
  washColor,
  lutIndex,
  toUnit,
  valueColor,
  writeClassBlendRgba,
  writeValueRgba,
} from './colors';
import { legendTicks, ticksThatFit } from './outputLegend';

const px = () => new Uint8ClampedArray(4);
const rgbOf = (a: Uint8ClampedArray, o = 0) => [a[o], a[o + 1], a[o + 2]];

describe('diverging LUT', () => {
  it('has 256 opaque RGBA entries from orange through near-white to blue', () => {
    expect(DIVERGING_LUT.length).toBe(LUT_SIZE * 4);
    expect(rgbOf(DIVERGING_LUT, 0)).toEqual([0xf5, 0x93, 0x22]);
    expect(rgbOf(DIVERGING_LUT, (LUT_SIZE - 1) * 4)).toEqual([0x08, 0x77, 0xbd]);
    for (let i = 0; i < LUT_SIZE; i++) expect(DIVERGING_LUT[i * 4 + 3]).toBe(255);
    // An odd size has an exact middle entry at 0.
    expect(rgbOf(buildDivergingLut(255), 127 * 4)).toEqual([...ZERO_RGB]);
  });

  it('indexes [−1, 1] onto the table and clamps outside it', () => {
    expect(lutIndex(-1)).toBe(0);
    expect(lutIndex(1)).toBe(255);
    expect(lutIndex(-7)).toBe(0);
    expect(lutIndex(Infinity)).toBe(255);
    expect(lutIndex(-Infinity)).toBe(0);
    expect(lutIndex(0)).toBe(128);
  });

  it('maps other domains onto [−1, 1]', () => {
    expect(toUnit(0.5, [0, 1])).toBe(0);
    expect(toUnit(1, [0, 1])).toBe(1);
    expect(toUnit(0, [0, 1])).toBe(-1);
    expect(toUnit(0.3)).toBe(0.3);
    expect(toUnit(5, [2, 2])).toBe(0);
  });
});

describe('value colours', () => {
  it('colours −1 orange and +1 blue, NaN grey', () => {
    expect(valueColor(-1)).toBe('rgb(245,147,34)');
    expect(valueColor(1)).toBe('rgb(8,119,189)');
    const out = px();
    writeValueRgba(NaN, out, 0);
    expect(rgbOf(out)).toEqual([...NAN_RGB]);
    expect(out[3]).toBe(255);
  });

  it('discretizes by sign, 0 counting as negative as in TF Playground', () => {
    expect(valueColor(0.01, undefined, true)).toBe(valueColor(1));
    expect(valueColor(0, undefined, true)).toBe(valueColor(-1));
    expect(valueColor(-0.9, undefined, true)).toBe(valueColor(-1));
    // With a [0, 1] domain the threshold is 0.5.
    expect(valueColor(0.6, [0, 1], true)).toBe(valueColor(1));
    expect(valueColor(0.4, [0, 1], true)).toBe(valueColor(-1));
  });

  it('gives each class its own colour and greys unknown ones', () => {
    expect(classColor(0)).toBe('#0877bd');
    expect(classColor(1)).toBe('#f59322');
    expect(classColor(2.0000001)).toBe('#009e73');
    expect(classColor(3)).toBe('#882255');
    expect(classColor(9)).not.toBe(classColor(0));
    expect(classColor(NaN)).toBe(classColor(-1));
  });
});

describe('class blending', () => {
  const blend = (p: number[], discretize = false) => {
    const out = px();
    writeClassBlendRgba(p, 0, 1, p.length, out, 0, discretize);
    return rgbOf(out);
  };

  it('is the pure class colour when certain', () => {
    expect(blend([0, 0, 1])).toEqual([...CLASS_RGB[2]]);
    expect(blend([1, 0, 0, 0])).toEqual([...CLASS_RGB[0]]);
  });

  it('fades to the neutral colour when every class is equally likely', () => {
    expect(blend([1 / 3, 1 / 3, 1 / 3])).toEqual([...ZERO_RGB]);
  });

  it('is pale but tinted at a two-class border, and saturates with confidence', () => {
    const dist = (c: number[], ref: readonly number[]) => Math.hypot(c[0] - ref[0], c[1] - ref[1], c[2] - ref[2]);
    const border = blend([0.5, 0.5, 0]);
    const confident = blend([0.9, 0.05, 0.05]);
    expect(dist(border, ZERO_RGB)).toBeLessThan(dist(confident, ZERO_RGB));
    expect(dist(confident, CLASS_RGB[0])).toBeLessThan(dist(confident, CLASS_RGB[1]));
  });

  it('takes the argmax colour when discretized', () => {
    expect(blend([0.3, 0.34, 0.36], true)).toEqual([...CLASS_RGB[2]]);
  });

  it('reads class-major with a stride and greys NaN or empty cells', () => {
    // Two cells, two classes: cell 1 is class 1 for sure.
    const values = [0.5, 0, 0.5, 1];
    const out = new Uint8ClampedArray(8);
    writeClassBlendRgba(values, 1, 2, 2, out, 4);
    expect(rgbOf(out, 4)).toEqual([...CLASS_RGB[1]]);
    expect(blend([NaN, 0.5, 0.5])).toEqual([...NAN_RGB]);
    expect(blend([0, 0, 0])).toEqual([...NAN_RGB]);
  });
});

describe('class probability LUTs', () => {
  it('run from the neutral colour at p = 0 to the class colour at p = 1', () => {
    for (let k = 0; k < CLASS_RGB.length; k++) {
      expect(rgbOf(CLASS_LUTS[k], 0)).toEqual([...ZERO_RGB]);
      expect(rgbOf(CLASS_LUTS[k], (LUT_SIZE - 1) * 4)).toEqual([...CLASS_RGB[k]]);
    }
    const out = px();
    writeValueRgba(1, out, 0, PROBABILITY_DOMAIN, false, CLASS_LUTS[2]);
    expect(rgbOf(out)).toEqual([...CLASS_RGB[2]]);
    writeValueRgba(0.5, out, 0, PROBABILITY_DOMAIN, false, CLASS_LUTS[3]);
    const mid = rgbOf(out);
    for (let c = 0; c < 3; c++) expect(Math.abs(mid[c] - (ZERO_RGB[c] + CLASS_RGB[3][c]) / 2)).toBeLessThanOrEqual(1);
    // An unknown class still gets a table, fading to grey rather than throwing.
    expect(buildClassLut(9).length).toBe(LUT_SIZE * 4);
  });
});

describe('heatmap wash', () => {
  it('mixes a colour toward white by the given share', () => {
    expect(washColor('#000000', 0.3)).toBe('rgb(77,77,77)');
    expect(washColor('#ffffff')).toBe('rgb(255,255,255)');
    expect(washColor('#0877bd', 0)).toBe('rgb(8,119,189)');
    expect(washColor('#0877bd', 1)).toBe('rgb(255,255,255)');
  });
});

describe('display range', () => {
  it('inverts a head’s linear map onto [−1, 1]', () => {
    expect(displayRange((y) => 2 * y - 1)).toEqual([0, 1]);
    expect(displayRange((y) => y)).toEqual([-1, 1]);
    expect(displayRange(() => 0)).toEqual([-1, 1]);
  });
});

describe('legend ticks', () => {
  it('write the head’s own range at the ends, and ≤ / ≥ where values past them are clamped', () => {
    expect(legendTicks({ domain: [-1, 1] }).map((t) => t[1])).toEqual(['−1', '0', '1']);
    expect(legendTicks({ domain: [-1, 1], valueRange: [0, 1] }).map((t) => t[1])).toEqual(['0', '0.5', '1']);
    expect(legendTicks({ domain: [-1, 1], clampedEnds: true }).map((t) => t[1])).toEqual(['≤ −1', '0', '≥ 1']);
  });
});

describe('the colour legend on a narrow plot', () => {
  const ticks: [number, string][] = [
    [0, '−1'],
    [0.5, '0'],
    [1, '1'],
  ];
  it('keeps the middle label where it has room between the ends', () => {
    expect(ticksThatFit(ticks, 120, 11).map((d) => d[1])).toEqual(['−1', '0', '1']);
  });
  it('leaves the middle label out where it would run into an end label ("−10 1")', () => {
    expect(ticksThatFit(ticks, 40, 11).map((d) => d[1])).toEqual(['−1', '1']);
  });
});
