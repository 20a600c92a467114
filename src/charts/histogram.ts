/**
 * Binning for the per-layer activation and weight histograms (Xavier vs He vs zero init,
 * batch norm on and off). Pure, so it is tested in Node and memoised by the component.
 */
import { bin } from 'd3-array';

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface HistogramData {
  bins: HistogramBin[];
  domain: [number, number];
  maxCount: number;
  /** Finite values counted. */
  total: number;
  /** NaN and ±Infinity, which no bin can hold (a diverged layer). */
  nonFinite: number;
  /** Values outside a fixed domain, counted in the edge bins so the bars still sum to `total`. */
  clipped: number;
}

export interface HistogramOptions {
  /** Number of equal-width bins. */
  bins?: number;
  /** Fixed range, so histograms under different initialisers share an x axis; default: the data's extent. */
  domain?: readonly [number, number];
}

export function computeHistogram(values: ArrayLike<number>, opts: HistogramOptions = {}): HistogramData {
  const k = Math.max(1, Math.floor(opts.bins ?? 20));
  let lo = Infinity;
  let hi = -Infinity;
  let nonFinite = 0;
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      nonFinite++;
      continue;
    }
    finite.push(v);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (opts.domain) [lo, hi] = opts.domain;
  if (!(hi >= lo)) [lo, hi] = [-1, 1];
  // All-equal values (zero init: every weight 0) still deserve a visible bar, centred.
  if (hi === lo) {
    const half = lo === 0 ? 0.5 : Math.abs(lo) * 0.1;
    lo -= half;
    hi += half;
  }

  let clipped = 0;
  if (opts.domain) {
    for (let i = 0; i < finite.length; i++) {
      const v = finite[i];
      if (v < lo) {
        finite[i] = lo;
        clipped++;
      } else if (v > hi) {
        finite[i] = hi;
        clipped++;
      }
    }
  }

  const thresholds = Array.from({ length: k - 1 }, (_, i) => lo + ((hi - lo) * (i + 1)) / k);
  const raw = bin<number, number>().domain([lo, hi]).thresholds(thresholds)(finite);
  let maxCount = 0;
  const bins = raw.map((b) => {
    const count = b.length;
    if (count > maxCount) maxCount = count;
    return { x0: b.x0 ?? lo, x1: b.x1 ?? hi, count };
  });
  return { bins, domain: [lo, hi], maxCount, total: finite.length, nonFinite, clipped };
}
