/**
 * The loss landscape as a heat map on a canvas: the loss on a log scale from low (dark blue) to
 * high (yellow), the training path over it (a circle at its start), the current weights at the
 * centre. Props in, pixels out.
 */
import { scaleLinear } from 'd3-scale';
import { rgb } from 'd3-color';

export interface LandscapeData {
  size: number;
  extent: number;
  /** losses[j · size + i] at α_i (left to right), β_j (bottom to top). */
  losses: ArrayLike<number>;
  /** α, β interleaved, ending at (0, 0). */
  path: ArrayLike<number>;
}

const STOPS = ['#1d2f6f', '#2a788e', '#22a884', '#7ad151', '#fde725'];
const colour = scaleLinear<string>()
  .domain(STOPS.map((_, k) => k / (STOPS.length - 1)))
  .range(STOPS)
  .clamp(true);
const DIVERGED = [90, 90, 90] as const;

/** The smallest and largest finite loss: the colour scale's ends. */
export function lossRange(losses: ArrayLike<number>): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < losses.length; k++) {
    const v = losses[k];
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return lo <= hi ? { lo, hi } : { lo: 0, hi: 1 };
}

/** Where a loss sits between lo and hi on a log scale (losses of 0 are lifted a little above it). */
export function logPosition(v: number, lo: number, hi: number): number {
  const floor = Math.max(lo, hi * 1e-6, 1e-12);
  const a = Math.log(Math.max(v, floor));
  const b = Math.log(floor);
  const c = Math.log(Math.max(hi, floor * (1 + 1e-9)));
  return c > b ? (a - b) / (c - b) : 0;
}

export function drawLandscape(canvas: HTMLCanvasElement, data: LandscapeData, pixels: number): void {
  canvas.width = canvas.height = pixels;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { size, losses } = data;
  const { lo, hi } = lossRange(losses);
  const image = ctx.createImageData(size, size);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const v = losses[j * size + i];
      const c = Number.isFinite(v) ? rgb(colour(logPosition(v, lo, hi))) : { r: DIVERGED[0], g: DIVERGED[1], b: DIVERGED[2] };
      // Row 0 of the image is the top: β = +extent.
      const p = ((size - 1 - j) * size + i) * 4;
      image.data[p] = c.r;
      image.data[p + 1] = c.g;
      image.data[p + 2] = c.b;
      image.data[p + 3] = 255;
    }
  }
  const small = document.createElement('canvas');
  small.width = small.height = size;
  small.getContext('2d')?.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, pixels, pixels);

  drawContours(ctx, data, lo, hi, pixels);

  const toPx = (a: number) => ((a / data.extent + 1) / 2) * pixels;
  const toPy = (b: number) => ((1 - b / data.extent) / 2) * pixels;
  const n = data.path.length / 2;
  if (n > 1) {
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#fff';
    ctx.beginPath();
    for (let k = 0; k < n; k++) {
      const x = toPx(data.path[2 * k]);
      const y = toPy(data.path[2 * k + 1]);
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(toPx(data.path[0]), toPy(data.path[1]), 5, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 2.5;
  const c = pixels / 2;
  ctx.beginPath();
  ctx.moveTo(c - 8, c);
  ctx.lineTo(c + 8, c);
  ctx.moveTo(c, c - 8);
  ctx.lineTo(c, c + 8);
  ctx.stroke();
}

/** Contour levels, evenly spaced on the colour scale (the log of the loss). */
const LEVELS = 8;

/**
 * Iso-loss lines by marching squares over the grid's cells, in canvas pixels: each cell whose
 * corners straddle a level gets the segment between the two (or four) edges the level crosses.
 */
export function contourSegments(data: LandscapeData, lo: number, hi: number, pixels: number): number[][] {
  const { size, losses } = data;
  const pos = (i: number, j: number) => {
    const v = losses[j * size + i];
    return Number.isFinite(v) ? logPosition(v, lo, hi) : NaN;
  };
  const cell = pixels / (size - 1);
  const px = (i: number) => i * cell;
  const py = (j: number) => pixels - j * cell;
  const out: number[][] = [];
  for (let level = 1; level < LEVELS; level++) {
    const t = level / LEVELS;
    for (let j = 0; j < size - 1; j++) {
      for (let i = 0; i < size - 1; i++) {
        const c = [pos(i, j), pos(i + 1, j), pos(i + 1, j + 1), pos(i, j + 1)];
        if (c.some(Number.isNaN)) continue;
        const corners = [
          [i, j],
          [i + 1, j],
          [i + 1, j + 1],
          [i, j + 1],
        ];
        const crossings: number[] = [];
        for (let e = 0; e < 4; e++) {
          const a = c[e];
          const b = c[(e + 1) % 4];
          if ((a < t) === (b < t)) continue;
          const f = (t - a) / (b - a);
          const [ai, aj] = corners[e];
          const [bi, bj] = corners[(e + 1) % 4];
          crossings.push(px(ai + f * (bi - ai)), py(aj + f * (bj - aj)));
        }
        for (let k = 0; k + 3 < crossings.length; k += 4) out.push(crossings.slice(k, k + 4));
      }
    }
  }
  return out;
}

function drawContours(ctx: CanvasRenderingContext2D, data: LandscapeData, lo: number, hi: number, pixels: number): void {
  ctx.strokeStyle = 'rgba(255,255,255,0.45)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const [x1, y1, x2, y2] of contourSegments(data, lo, hi, pixels)) {
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.stroke();
}
