/**
 * The playground's palette. Everything that paints a value (heatmaps, points, legends, links)
 * goes through here, so a neuron's picture, the output plot and the legend always agree.
 */
import { scaleLinear } from 'd3-scale';
import { rgb } from 'd3-color';

/** TF Playground's colours: −1 orange, 0 near-white, +1 blue. */
export const NEGATIVE_COLOR = '#f59322';
export const ZERO_COLOR = '#e8eaeb';
export const POSITIVE_COLOR = '#0877bd';

/**
 * Blue and orange first so two classes look like the binary task; then Okabe and Ito's bluish
 * green and Tol's wine, chosen so every pair stays apart for protanopes and deuteranopes
 * (colors.test.ts simulates both). Each class also has its own marker shape (CLASS_MARKERS).
 */
export const CLASS_COLORS = ['#0877bd', '#f59322', '#009e73', '#882255'] as const;
export const MAX_CLASSES = CLASS_COLORS.length;

/** NaN is not a prediction: grey says "no value" without pretending to lean either way. */
export const NAN_COLOR = '#9a9a9a';

export type Rgb = readonly [number, number, number];
export type Domain = readonly [number, number];

/** The domain the diverging scale is defined on; other ranges are mapped onto it first. */
export const UNIT_DOMAIN: Domain = [-1, 1];

function toRgb(css: string): Rgb {
  const c = rgb(css);
  return [c.r, c.g, c.b];
}

export const ZERO_RGB = toRgb(ZERO_COLOR);
export const NAN_RGB = toRgb(NAN_COLOR);
export const CLASS_RGB: readonly Rgb[] = CLASS_COLORS.map(toRgb);

/** The diverging scale itself, kept for SVG consumers that want a CSS string at any value. */
export const divergingScale = scaleLinear<string>()
  .domain([-1, 0, 1])
  .range([NEGATIVE_COLOR, ZERO_COLOR, POSITIVE_COLOR])
  .clamp(true);

export const LUT_SIZE = 256;

/** RGBA for LUT_SIZE evenly spaced values over [−1, 1]; a lookup per pixel is far cheaper than the scale. */
export function buildDivergingLut(size = LUT_SIZE): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(size * 4);
  for (let i = 0; i < size; i++) {
    const c = rgb(divergingScale(-1 + (2 * i) / (size - 1)));
    lut[i * 4] = c.r;
    lut[i * 4 + 1] = c.g;
    lut[i * 4 + 2] = c.b;
    lut[i * 4 + 3] = 255;
  }
  return lut;
}

export const DIVERGING_LUT = buildDivergingLut();

/** A softmax output's probability runs over [0, 1]. */
export const PROBABILITY_DOMAIN: Domain = [0, 1];

/**
 * RGBA from the neutral colour (p = 0) to class k's colour (p = 1), read with PROBABILITY_DOMAIN:
 * a class's output neuron shows how sure the network is of that class, in that class's colour.
 */
export function buildClassLut(k: number, size = LUT_SIZE): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(size * 4);
  const to = CLASS_RGB[k] ?? NAN_RGB;
  for (let i = 0; i < size; i++) {
    const t = i / (size - 1);
    for (let c = 0; c < 3; c++) lut[i * 4 + c] = ZERO_RGB[c] + (to[c] - ZERO_RGB[c]) * t;
    lut[i * 4 + 3] = 255;
  }
  return lut;
}

export const CLASS_LUTS: readonly Uint8ClampedArray[] = CLASS_COLORS.map((_, k) => buildClassLut(k));

/**
 * Share of white laid over the output heatmap. Fully trained, the map is saturated edge to edge,
 * and points of the same colour vanish into it; lightened like TF Playground's, they stand out.
 * Everything that describes the map (its legend) goes through washColor with the same share.
 */
export const HEATMAP_WASH = 0.3;

/** `css` mixed with white: the colour a heatmap cell of colour `css` shows on screen. */
export function washColor(css: string, amount = HEATMAP_WASH): string {
  const c = rgb(css);
  const mix = (v: number) => Math.round(v + (255 - v) * amount);
  return `rgb(${mix(c.r)},${mix(c.g)},${mix(c.b)})`;
}

/**
 * The head's own output range, from its linear toDisplay (the map onto the colour scale's
 * [−1, 1]): [0, 1] for a sigmoid shown as 2y − 1, [−1, 1] for tanh or a regression value.
 */
export function displayRange(toDisplay: (y: number) => number): Domain {
  const at0 = toDisplay(0);
  const slope = toDisplay(1) - at0;
  if (!(Math.abs(slope) > 1e-12) || !Number.isFinite(slope)) return UNIT_DOMAIN;
  return [(-1 - at0) / slope, (1 - at0) / slope];
}

/** Maps [lo, hi] linearly onto [−1, 1] (a regression target's range, or a sigmoid's [0, 1]). */
export function toUnit(v: number, domain: Domain = UNIT_DOMAIN): number {
  // Indexed, not destructured: this runs once per heatmap pixel, and the first boundary is drawn
  // by code not yet compiled, where array destructuring walks an iterator for every pixel.
  const lo = domain[0];
  const hi = domain[1];
  if (lo === -1 && hi === 1) return v;
  return hi === lo ? 0 : (2 * (v - lo)) / (hi - lo) - 1;
}

/** LUT row for a value already on [−1, 1]; the caller handles NaN (this returns the middle for it). */
export function lutIndex(u: number, size = LUT_SIZE): number {
  if (u !== u) return (size - 1) >> 1;
  const i = Math.round(((u + 1) / 2) * (size - 1));
  return i < 0 ? 0 : i > size - 1 ? size - 1 : i;
}

/**
 * Writes the colour of one value into `out` at `offset` (RGBA). Mutates `out`.
 * Discretized, TF Playground's rule applies: above the middle of the domain is +1, else −1.
 */
export function writeValueRgba(
  v: number,
  out: Uint8ClampedArray,
  offset: number,
  domain: Domain = UNIT_DOMAIN,
  discretize = false,
  lut: Uint8ClampedArray = DIVERGING_LUT,
): void {
  if (v !== v) {
    out[offset] = NAN_RGB[0];
    out[offset + 1] = NAN_RGB[1];
    out[offset + 2] = NAN_RGB[2];
    out[offset + 3] = 255;
    return;
  }
  const size = lut.length >> 2;
  const u = toUnit(v, domain);
  const i = discretize ? (u > 0 ? size - 1 : 0) : lutIndex(u, size);
  out[offset] = lut[i * 4];
  out[offset + 1] = lut[i * 4 + 1];
  out[offset + 2] = lut[i * 4 + 2];
  out[offset + 3] = 255;
}

const scratch = new Uint8ClampedArray(4);

function cssOf(px: Uint8ClampedArray): string {
  return `rgb(${px[0]},${px[1]},${px[2]})`;
}

/** CSS colour of a ±1 label, a regression value or an output, through the same LUT the heatmap uses. */
export function valueColor(v: number, domain: Domain = UNIT_DOMAIN, discretize = false): string {
  writeValueRgba(v, scratch, 0, domain, discretize);
  return cssOf(scratch);
}

/** CSS colour of class k (labels arrive as floats, so k is rounded); out-of-range classes are grey. */
export function classColor(k: number): string {
  const i = Math.round(k);
  return i >= 0 && i < CLASS_COLORS.length ? CLASS_COLORS[i] : NAN_COLOR;
}

/**
 * Colour of one cell from its K class probabilities, read class-major:
 * p_k = values[base + k * stride]. Mutates `out` at `offset` (RGBA).
 *
 * The blend Σ p_k · colour_k alone would paint a confident-looking mud at a three-way border,
 * so it is faded toward the neutral colour by the confidence (max p − 1/K) / (1 − 1/K):
 * certain regions are saturated, borders go pale, as the binary heatmap does around 0.
 * Discretized, the cell takes the argmax class's colour.
 */
export function writeClassBlendRgba(
  values: ArrayLike<number>,
  base: number,
  stride: number,
  numClasses: number,
  out: Uint8ClampedArray,
  offset: number,
  discretize = false,
): void {
  const k = Math.max(1, Math.min(numClasses, CLASS_RGB.length));
  let sum = 0;
  let max = -Infinity;
  let argmax = 0;
  for (let c = 0; c < k; c++) {
    const p = values[base + c * stride];
    sum += p;
    if (p > max) {
      max = p;
      argmax = c;
    }
  }
  // NaN poisons the sum; a non-positive sum is no distribution at all.
  if (!(sum > 0) || !Number.isFinite(sum)) {
    out[offset] = NAN_RGB[0];
    out[offset + 1] = NAN_RGB[1];
    out[offset + 2] = NAN_RGB[2];
    out[offset + 3] = 255;
    return;
  }
  if (discretize) {
    const col = CLASS_RGB[argmax];
    out[offset] = col[0];
    out[offset + 1] = col[1];
    out[offset + 2] = col[2];
    out[offset + 3] = 255;
    return;
  }
  let r = 0;
  let g = 0;
  let b = 0;
  for (let c = 0; c < k; c++) {
    const p = values[base + c * stride] / sum;
    const col = CLASS_RGB[c];
    r += p * col[0];
    g += p * col[1];
    b += p * col[2];
  }
  const conf = k > 1 ? Math.min(1, Math.max(0, (max / sum - 1 / k) / (1 - 1 / k))) : 1;
  out[offset] = ZERO_RGB[0] + (r - ZERO_RGB[0]) * conf;
  out[offset + 1] = ZERO_RGB[1] + (g - ZERO_RGB[1]) * conf;
  out[offset + 2] = ZERO_RGB[2] + (b - ZERO_RGB[2]) * conf;
  out[offset + 3] = 255;
}
