/**
 * Weight → colour and width of a link, value → colour of a neuron picture. Pure, so the
 * mapping is unit-tested; the diagram only looks results up in tables built here, which keeps
 * its 60-frames-a-second update free of string building.
 */

/** TF Playground's palette: orange for −1, light grey for 0, blue for +1. */
export const NEGATIVE_COLOR = '#f59322';
export const ZERO_COLOR = '#e8eaeb';
export const POSITIVE_COLOR = '#0877bd';
/** The palette's orange is too light for text on white; these read at 4.5:1. */
export const NEGATIVE_TEXT = '#a85a00';
export const POSITIVE_TEXT = '#0868a6';

/** |w| at which a link reaches its widest; above it links would swamp their neighbours. */
export const WEIGHT_FOR_MAX_WIDTH = 4;
/** Steps per unit of weight: finer changes are invisible at link widths of a few pixels. */
const KEY_STEPS = 50;
export const WEIGHT_KEY_MAX = WEIGHT_FOR_MAX_WIDTH * KEY_STEPS;

function hexRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const NEG = hexRgb(NEGATIVE_COLOR);
const MID = hexRgb(ZERO_COLOR);
const POS = hexRgb(POSITIVE_COLOR);

/** Linear orange–grey–blue over [−1, 1], clamped; non-finite values get the middle. */
export function divergingRgb(v: number): [number, number, number] {
  const t = Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
  const end = t < 0 ? NEG : POS;
  const s = Math.abs(t);
  return [0, 1, 2].map((c) => Math.round(MID[c] + (end[c] - MID[c]) * s)) as [number, number, number];
}

export function weightColor(w: number): string {
  const [r, g, b] = divergingRgb(w);
  return `rgb(${r},${g},${b})`;
}

/** Width grows linearly with |w| up to WEIGHT_FOR_MAX_WIDTH, so a zero weight still shows as a hairline. */
export function weightWidth(w: number, minWidth: number, maxWidth: number): number {
  const m = Number.isFinite(w) ? Math.min(Math.abs(w) / WEIGHT_FOR_MAX_WIDTH, 1) : 0;
  return minWidth + (maxWidth - minWidth) * m;
}

/** Quantised weight in [−WEIGHT_KEY_MAX, WEIGHT_KEY_MAX]: a link's attributes are rewritten only when it changes. */
export function weightKey(w: number): number {
  if (!Number.isFinite(w)) return 0;
  const k = Math.round(w * KEY_STEPS);
  return k > WEIGHT_KEY_MAX ? WEIGHT_KEY_MAX : k < -WEIGHT_KEY_MAX ? -WEIGHT_KEY_MAX : k;
}

export interface StrokeTables {
  /** Indexed by weightKey + WEIGHT_KEY_MAX. */
  colors: string[];
  widths: string[];
}

export function strokeTables(minWidth: number, maxWidth: number): StrokeTables {
  const colors: string[] = [];
  const widths: string[] = [];
  for (let k = -WEIGHT_KEY_MAX; k <= WEIGHT_KEY_MAX; k++) {
    const w = k / KEY_STEPS;
    colors.push(weightColor(w));
    widths.push(weightWidth(w, minWidth, maxWidth).toFixed(2));
  }
  return { colors, widths };
}

/** 256 RGB entries over [−1, 1] for painting neuron pictures byte by byte. */
export function pictureLut(): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) lut.set(divergingRgb((i / 255) * 2 - 1), i * 3);
  return lut;
}

export function lutIndex(v: number): number {
  if (!(v > -1)) return v === v ? 0 : 128;
  return v >= 1 ? 255 : ((v + 1) * 127.5) | 0;
}

/** Four significant digits, as the tooltip promises; toPrecision keeps it parseable when pasted back. */
export function formatParam(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}

/**
 * Paints count values from values[offset…] into RGBA pixels through a pictureLut. Mutates
 * pixels only; alpha is written too, so a fresh ImageData needs no clearing.
 */
export function fillPixels(pixels: Uint8ClampedArray, values: ArrayLike<number>, offset: number, count: number, lut: Uint8ClampedArray): void {
  for (let i = 0, p = 0; i < count; i++, p += 4) {
    const c = lutIndex(values[offset + i]) * 3;
    pixels[p] = lut[c];
    pixels[p + 1] = lut[c + 1];
    pixels[p + 2] = lut[c + 2];
    pixels[p + 3] = 255;
  }
}
