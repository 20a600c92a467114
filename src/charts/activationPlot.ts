/**
 * Geometry of the activation plot: f(x) and f'(x) over x ∈ [−4, 4] as SVG paths and ticks.
 * D3 computes, the React component draws.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export const ACTIVATION_X_DOMAIN: readonly [number, number] = [-4, 4];
/** Keeps an unbounded function from flattening everything else; nothing in the registry leaves it on [−4, 4]. */
const Y_LIMIT = 5;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Tick {
  value: number;
  /** Pixel position along its axis. */
  pos: number;
}

export interface ActivationGeometry {
  fPath: string;
  derPath: string;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Pixel position of x = 0 and y = 0, for the cross-hair axes. */
  originX: number;
  originY: number;
  yDomain: [number, number];
}

export interface Samples {
  xs: Float64Array;
  f: Float64Array;
  d: Float64Array;
}

/** Evenly spaced samples, including both ends, so x = 0 is hit exactly when `count` is odd. */
export function sampleActivation(fn: (x: number) => number, der: (x: number) => number, count = 161): Samples {
  const [a, b] = ACTIVATION_X_DOMAIN;
  const xs = new Float64Array(count);
  const f = new Float64Array(count);
  const d = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // Integer steps, not repeated addition, so x = 0 is exactly 0 and step(0) reads as TF defines it.
    const x = a + ((b - a) * i) / (count - 1);
    xs[i] = x;
    f[i] = fn(x);
    d[i] = der(x);
  }
  return { xs, f, d };
}

/** y range that holds both curves and the axis y = 0, padded a little and cut at ±Y_LIMIT. */
export function activationYDomain(s: Samples): [number, number] {
  let lo = 0;
  let hi = 1;
  for (const arr of [s.f, s.d]) {
    for (const v of arr) {
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const pad = (hi - lo) * 0.08;
  return [Math.max(-Y_LIMIT, lo - pad), Math.min(Y_LIMIT, hi + pad)];
}

export function activationGeometry(
  fn: (x: number) => number,
  der: (x: number) => number,
  width: number,
  height: number,
  margin: Margin,
): ActivationGeometry {
  const s = sampleActivation(fn, der);
  const yDomain = activationYDomain(s);
  const x = scaleLinear().domain(ACTIVATION_X_DOMAIN).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(yDomain).range([height - margin.bottom, margin.top]).clamp(true);
  const idx = Array.from(s.xs, (_, i) => i);
  const path = (vals: Float64Array) =>
    line<number>()
      .defined((i) => Number.isFinite(vals[i]))
      .x((i) => x(s.xs[i]))
      .y((i) => y(vals[i]))(idx) ?? '';
  return {
    fPath: path(s.f),
    derPath: path(s.d),
    xTicks: [-4, -2, 0, 2, 4].map((v) => ({ value: v, pos: x(v) })),
    yTicks: y.ticks(4).map((v) => ({ value: v, pos: y(v) })),
    originX: x(0),
    originY: y(0),
    yDomain,
  };
}
