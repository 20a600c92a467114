import { describe, expect, it } from 'vitest';
import { CLASS_RGB, NAN_RGB } from './colors';
import { fillHeatmapPixels } from './heatmap';

const rgbAt = (p: Uint8ClampedArray, cell: number) => [p[cell * 4], p[cell * 4 + 1], p[cell * 4 + 2], p[cell * 4 + 3]];

describe('fillHeatmapPixels', () => {
  it('writes one opaque pixel per cell in grid order', () => {
    const pixels = new Uint8ClampedArray(2 * 2 * 4);
    fillHeatmapPixels(pixels, new Float32Array([-1, 1, NaN, 0]), 2, { mode: 'diverging' });
    expect(rgbAt(pixels, 0)).toEqual([245, 147, 34, 255]);
    expect(rgbAt(pixels, 1)).toEqual([8, 119, 189, 255]);
    expect(rgbAt(pixels, 2)).toEqual([...NAN_RGB, 255]);
  });

  it('reads a thumbnail from an offset into a shared buffer', () => {
    const pixels = new Uint8ClampedArray(4);
    fillHeatmapPixels(pixels, new Float32Array([-1, 1]), 1, { mode: 'diverging', offset: 1 });
    expect(rgbAt(pixels, 0)).toEqual([8, 119, 189, 255]);
  });

  it('draws a short buffer as grey instead of reading past it', () => {
    const pixels = new Uint8ClampedArray(4 * 4);
    fillHeatmapPixels(pixels, new Float32Array([1]), 2, { mode: 'diverging' });
    expect(rgbAt(pixels, 3)).toEqual([...NAN_RGB, 255]);
    fillHeatmapPixels(pixels, new Float32Array([1, 0]), 2, { mode: 'classes', numClasses: 3 });
    expect(rgbAt(pixels, 0)).toEqual([...NAN_RGB, 255]);
  });

  it('reads K probabilities per cell, class-major', () => {
    // 1×1 grid is too small to show class-major order, so use 2 cells per class (n = … 4 cells on a 2×2 grid).
    const n2 = 4;
    const values = new Float32Array(3 * n2);
    for (let cell = 0; cell < n2; cell++) values[(cell % 3) * n2 + cell] = 1;
    const pixels = new Uint8ClampedArray(n2 * 4);
    fillHeatmapPixels(pixels, values, 2, { mode: 'classes', numClasses: 3 });
    for (let cell = 0; cell < n2; cell++) expect(rgbAt(pixels, cell)).toEqual([...CLASS_RGB[cell % 3], 255]);
  });
});
