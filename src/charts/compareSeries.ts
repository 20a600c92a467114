/**
 * The pure side of the comparison charts: each run's colour and dash, a run's value at an epoch
 * from its recorded points, the median curve of the seeds view and the spread of final losses.
 * No DOM, so Node tests run it.
 */

/**
 * Okabe and Ito's palette, which reads under every common colour-vision deficiency, each with
 * its own dash pattern so the runs also part in greyscale and print.
 */
export const RUN_STYLES: readonly { color: string; dash: string | null }[] = [
  { color: '#0072b2', dash: null },
  { color: '#d55e00', dash: '7 3' },
  { color: '#009e73', dash: '2 2.5' },
  { color: '#cc79a7', dash: '9 3 2 3' },
];

/**
 * The value at `epoch` of a run recorded at epochs `xs` (not decreasing) with values `ys`, read
 * on the straight line between the points either side (at full speed a run's loss is measured
 * only every few epochs); NaN before its first point, after its last, or beside a point that is
 * not finite.
 */
export function valueAt(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, epoch: number): number {
  let lo = 0;
  let hi = n - 1;
  if (n === 0 || xs[0] > epoch) return NaN;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid] <= epoch) lo = mid;
    else hi = mid - 1;
  }
  const v = ys[lo];
  if (!Number.isFinite(v)) return NaN;
  if (xs[lo] === epoch) return v;
  if (lo + 1 >= n) return NaN;
  const w = ys[lo + 1];
  if (!Number.isFinite(w)) return NaN;
  return v + ((w - v) * (epoch - xs[lo])) / (xs[lo + 1] - xs[lo]);
}

/** The median of the finite values (NaN when there are none). */
export function median(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export interface Recorded {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  n: number;
}

/**
 * The median curve over runs at `columns` + 1 evenly spaced epochs from 0 to the last epoch every
 * run has reached (where all of them have a value, so the median never jumps as runs join).
 */
export function medianCurve(runs: readonly Recorded[], columns: number): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  if (runs.length === 0 || runs.some((r) => r.n === 0)) return { x, y };
  const end = Math.min(...runs.map((r) => r.xs[r.n - 1]));
  const start = Math.max(...runs.map((r) => r.xs[0]));
  if (!(end >= start)) return { x, y };
  const steps = Math.max(1, Math.floor(columns));
  for (let k = 0; k <= steps; k++) {
    const e = start + ((end - start) * k) / steps;
    const m = median(runs.map((r) => valueAt(r.xs, r.ys, r.n, e)));
    if (Number.isFinite(m)) {
      x.push(e);
      y.push(m);
    }
    if (end === start) break;
  }
  return { x, y };
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** Min, median and max of the finite values, or null when none is finite. */
export function spreadOf(values: readonly (number | null)[]): Spread | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (v.length === 0) return null;
  return { min: Math.min(...v), median: median(v), max: Math.max(...v) };
}
