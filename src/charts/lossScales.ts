/**
 * Scales, ticks and sizes of the loss chart, apart from the DOM so Node tests can run them:
 * number formats with a true minus, the log axes' domains and ticks, the epoch axis' end and
 * ticks, and the chart's size for its width.
 */
import { ticks } from 'd3-array';

/** 10^e exactly: Math.pow(10, -4) is 0.00009999999999999999, which would print as such. */
export function decade(e: number): number {
  return Number(`1e${e}`);
}

/**
 * Decades between lo and hi (both > 0), for the log axis: every one, or when there are more than
 * `max`, every 2nd, 5th, 10th… decade, on exponents that are multiples of that step
 * (1e−10, 1e−5, 1 rather than 1e−9, 1e−4).
 */
export function decadeTicks(lo: number, hi: number, max = 5): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const a = Math.ceil(Math.log10(lo * 0.999));
  const b = Math.floor(Math.log10(hi * 1.001));
  const limit = Math.max(1, Math.floor(max));
  let step = 1;
  for (let k = 0; Math.floor(b / step) - Math.ceil(a / step) + 1 > limit; k++) step = [1, 2, 5][(k + 1) % 3] * decade(Math.floor((k + 1) / 3));
  const ticks: number[] = [];
  for (let e = Math.ceil(a / step) * step; e <= b; e += step) ticks.push(decade(e));
  return ticks;
}

/** Mantissas the epoch axis may end at: each at most 4/3 of the one before, so the curve always fills at least three quarters of the width. */
const NICE_MANTISSAS = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number ≥ v (v > 0) of the form m·10^k with m in NICE_MANTISSAS; 1 for anything else. */
export function niceCeiling(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const e = Math.floor(Math.log10(v));
  for (const m of NICE_MANTISSAS) {
    // Through the decimal string, so that 1.25e3 is exactly 1250 and not 1249.9999999999998.
    const candidate = Number(`${m}e${e}`);
    if (candidate >= v) return candidate;
  }
  return decade(e + 1);
}

/** U+2212, the minus sign the other charts print (d3-format's default), not the hyphen-minus. */
export const MINUS = '\u2212';

/** Every hyphen-minus of a formatted number as a true minus sign. */
export function withMinus(text: string): string {
  return text.replace(/-/g, MINUS);
}

/** Six significant digits at most, so that 0.30000000000000004 prints as 0.3. */
const tidy = (v: number) => Number(v.toPrecision(6));

/** Compact exponent form: 1.5e285, 5e−4 (no "+", no trailing zeros, a true minus). */
export function formatExponent(v: number): string {
  const [mantissa, exponent] = tidy(v).toExponential().split('e');
  return withMinus(`${mantissa}e${exponent.replace('+', '')}`);
}

/** Plain decimal form, for values between about 0.001 and 10,000. */
export function formatPlain(v: number): string {
  return withMinus(String(tidy(v)));
}

/**
 * Labels for the ticks of a linear axis, all in one style so they line up: plain decimals while
 * the largest tick is in [0.01, 10,000), the compact exponent form beyond (a diverging run's
 * 2e273, or 5e−4 on an axis that ends at 0.002). At most 7 characters or so either way.
 */
export function formatLinearTicks(values: readonly number[]): string[] {
  let maxAbs = 0;
  for (const v of values) if (Number.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v));
  const plain = maxAbs === 0 || (maxAbs >= 0.01 && maxAbs < 1e4);
  return values.map((v) => (v === 0 ? '0' : plain ? formatPlain(v) : formatExponent(v)));
}

/** A decade on the log axis: 0.001 … 1000 as they are, further out as 1e−7 or 1e5. */
export function formatDecadeTick(v: number): string {
  return v >= 1e-3 && v < 1e4 ? formatPlain(v) : formatExponent(v);
}

/** The largest power of 10 strictly below v (v > 0). */
export function decadeBelow(v: number): number {
  let e = Math.floor(Math.log10(v));
  // Math.log10 may land a hair off for exact powers of 10: check against the decimal value.
  while (decade(e) >= v) e--;
  while (decade(e + 1) < v) e++;
  return decade(e);
}

/** The smallest power of 10 at or above v (v > 0). */
export function decadeAtOrAbove(v: number): number {
  let e = Math.ceil(Math.log10(v));
  while (decade(e - 1) >= v) e--;
  while (decade(e) < v) e++;
  return decade(e);
}

/** Lowest bottom the log loss axis may have: only for losses that are exactly 0 or absurdly small. */
export const LOG_SAFETY_FLOOR = 1e-12;

/**
 * Decades [lo, hi] of the log loss axis. lo is the decade just below the smallest positive loss
 * seen, so the whole curve, its tail included, stays above the bottom edge (a fixed floor such
 * as 1e-4 flattens a tail that reaches 1e-7); never below `floor`, where losses of exactly 0
 * land. hi is the decade at or above the largest loss, and at least one decade above lo.
 */
export function logDomain(minPositive: number, max: number, floor = LOG_SAFETY_FLOOR): [number, number] {
  const lo = Math.max(floor, minPositive > 0 && Number.isFinite(minPositive) ? decadeBelow(minPositive) : 0.1);
  const top = max > 0 && Number.isFinite(max) ? decadeAtOrAbove(max) : 1;
  // Both are exact powers of 10, so their exponents are whole numbers.
  const eLo = Math.round(Math.log10(lo));
  return [lo, decade(Math.max(Math.round(Math.log10(top)), eLo + 1))];
}

/**
 * Ticks of a linear epoch axis from x0 to x1: whole epochs once the domain holds two of them
 * (d3 would label 0, 0.5, 1, 1.5, 2 after two steps), fractions only within the first epoch,
 * where stepping single batches puts points at 0.1, 0.2…
 */
export function epochTicks(x0: number, x1: number, count: number): number[] {
  const t = ticks(x0, x1, Math.max(1, count));
  if (x1 - x0 < 1 || t.every(Number.isInteger)) return t;
  const first = Math.ceil(x0);
  const last = Math.floor(x1);
  const step = Math.max(1, Math.ceil((last - first) / Math.max(1, count)));
  const out: number[] = [];
  for (let e = first; e <= last; e += step) out.push(e);
  return out;
}

/**
 * Ticks of a logarithmic epoch axis (position ∝ log(1 + epoch)) from 0 to x1, `widthPx` wide:
 * 0 and the decades 1, 10, 100… first, then 2× and 5× them, then (for a short run) the other
 * whole epochs and the axis' end, where they fit: never two labels closer than `minGapPx`. Below 2 epochs it falls back to the linear ticks.
 */
export function logEpochTicks(x1: number, widthPx: number, minGapPx: number): number[] {
  if (!(x1 >= 2) || !Number.isFinite(x1)) return epochTicks(0, Number.isFinite(x1) && x1 > 0 ? x1 : 1, 3);
  const span = Math.log1p(x1);
  const px = (v: number) => (Math.log1p(v) / span) * widthPx;
  const candidates: number[] = [];
  for (const m of [1, 2, 5]) for (let k = 0; m * decade(k) <= x1; k++) candidates.push(m * decade(k));
  // A short run: its whole epochs where they fit, and the end of the axis.
  if (x1 <= 20) for (let v = 3; v <= x1; v++) candidates.push(v);
  candidates.push(x1);
  const kept = [0];
  for (const c of candidates) if (kept.every((a) => Math.abs(px(c) - px(a)) >= minGapPx)) kept.push(c);
  return kept.sort((a, b) => a - b);
}

/** Font size, SVG height and the vertical margins of the chart. */
export interface LossChartSize {
  /** Text size in px, for ticks, titles and legend. */
  font: number;
  /** Height of the SVG (plot, ticks and the epoch title), px. */
  height: number;
  /** Above the plot: room for half the top tick label. */
  top: number;
  /** Below the plot: ticks, their labels and the epoch title. */
  bottom: number;
}

/** Length of d3-axis ticks and the gap to their labels (its defaults). */
export const TICK_SIZE = 6;
export const TICK_PADDING = 3;

/** The shortest plot that still reads as a curve. */
export const MIN_CHART_HEIGHT = 80;

/**
 * Sizes that follow the page: text at 0.75 rem (the page's small text) within 11–14 px, so
 * 11 px on a laptop (root 15 px) and 14 px on a projector (root 18 px). The SVG fills
 * `boxHeight` when the page gives the chart a height (the one-screen layout shares the column
 * with the output plot), else it is about 0.45 of the width, within 140–300 px.
 */
export function lossChartSize(width: number, rootFontPx: number, boxHeight = 0): LossChartSize {
  const root = rootFontPx > 0 && Number.isFinite(rootFontPx) ? rootFontPx : 16;
  const font = Math.min(14, Math.max(11, Math.round(0.75 * root)));
  const w = width > 0 && Number.isFinite(width) ? width : 0;
  const height =
    boxHeight > 0 && Number.isFinite(boxHeight)
      ? Math.max(MIN_CHART_HEIGHT, Math.round(boxHeight))
      : Math.min(300, Math.max(140, Math.round(0.45 * w)));
  const top = Math.ceil(font * 0.75);
  const bottom = TICK_SIZE + TICK_PADDING + Math.ceil(font * 2.4) + 2;
  return { font, height, top, bottom };
}

/** Width beside the plot for an axis whose widest tick label is `labelWidth` px: ticks, gap, label, 2 px spare. */
export function sideMargin(labelWidth: number): number {
  return Math.ceil(Math.max(0, labelWidth)) + TICK_SIZE + TICK_PADDING + 2;
}
