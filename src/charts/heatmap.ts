/**
 * Heatmaps are drawn at grid resolution (one canvas pixel per cell) and scaled up by CSS, as
 * TF Playground does: a 100×100 grid is 10,000 pixels to write, whatever the screen size.
 */
import { type Domain, UNIT_DOMAIN, writeClassBlendRgba, writeValueRgba } from './colors';

export type HeatmapMode = 'diverging' | 'classes';

export interface HeatmapOptions {
  mode: HeatmapMode;
  /** K for 'classes'; values then hold K·gridSize² probabilities, class-major. */
  numClasses?: number;
  /** Hard colours: sign for 'diverging', argmax for 'classes'. */
  discretize?: boolean;
  /** Range of the values for 'diverging' (e.g. [0, 1] for a sigmoid output); default [−1, 1]. */
  domain?: Domain;
  /** Where this picture starts in `values`, so one neuronGrids buffer feeds every thumbnail without subarray views. */
  offset?: number;
}

interface CanvasState {
  ctx: CanvasRenderingContext2D;
  image: ImageData;
}

// One ImageData per canvas, rebuilt only when the grid size changes, so frames allocate nothing.
const states = new WeakMap<HTMLCanvasElement, CanvasState>();

function stateFor(canvas: HTMLCanvasElement, size: number): CanvasState | null {
  let s = states.get(canvas);
  if (s && s.image.width === size && canvas.width === size && canvas.height === size) return s;
  // Assigning width clears the canvas and resets its context, so only do it on a real change.
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
  const ctx = s?.ctx ?? canvas.getContext('2d');
  if (!ctx) return null;
  s = { ctx, image: ctx.createImageData(size, size) };
  states.set(canvas, s);
  return s;
}

/**
 * Fills `pixels` (RGBA, n² cells) from the grid values. Pure, so tests run without a canvas.
 * Row 0 is y = +6 and column 0 is x = −6, which is exactly the order the worker packs the grid in.
 */
export function fillHeatmapPixels(pixels: Uint8ClampedArray, values: ArrayLike<number>, gridSize: number, opts: HeatmapOptions): void {
  const n2 = gridSize * gridSize;
  const offset = opts.offset ?? 0;
  const discretize = opts.discretize ?? false;
  if (opts.mode === 'classes') {
    const k = Math.max(1, opts.numClasses ?? 2);
    const available = values.length - offset >= k * n2;
    for (let cell = 0; cell < n2; cell++) {
      if (available) writeClassBlendRgba(values, offset + cell, n2, k, pixels, cell * 4, discretize);
      else writeValueRgba(NaN, pixels, cell * 4);
    }
    return;
  }
  const domain = opts.domain ?? UNIT_DOMAIN;
  const end = Math.min(n2, values.length - offset);
  for (let cell = 0; cell < n2; cell++) {
    // A short buffer (a frame from a smaller network mid-reconfigure) draws grey, not garbage.
    writeValueRgba(cell < end ? values[offset + cell] : NaN, pixels, cell * 4, domain, discretize);
  }
}

export function drawHeatmap(canvas: HTMLCanvasElement, values: ArrayLike<number>, gridSize: number, opts: HeatmapOptions): void {
  const size = Math.max(1, Math.floor(gridSize));
  const s = stateFor(canvas, size);
  if (!s) return;
  fillHeatmapPixels(s.image.data, values, size, opts);
  s.ctx.putImageData(s.image, 0, 0);
}

