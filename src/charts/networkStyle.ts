/**
 * Weight → colour and width of a link. Pure, so the mapping is unit-tested; the diagram only
 * looks results up in tables built here, which keeps its 60-frames-a-second update free of
 * string building.
 */
import { divergingScale } from './colors';

/** The palette's orange is too light for text on white; these read at 4.5:1. */
export const NEGATIVE_TEXT = '#a85a00';
export const POSITIVE_TEXT = '#0868a6';

/** |w| at which a link reaches its widest; above it links would swamp their neighbours. */
export const WEIGHT_FOR_MAX_WIDTH = 4;
/**
 * Steps per unit of weight. A step of 0.05 moves a link's colour by a few levels of the palette
 * and its width by under a tenth of a pixel: finer steps are invisible, yet every one of them
 * costs an attribute write, a style recalculation and a repaint of the link while training.
 */
const KEY_STEPS = 20;
export const WEIGHT_KEY_MAX = WEIGHT_FOR_MAX_WIDTH * KEY_STEPS;

/** The shared diverging palette (orange −1, grey 0, blue +1), clamped; a non-finite weight reads as 0. */
export function weightColor(w: number): string {
  return divergingScale(Number.isFinite(w) ? w : 0);
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

/** Four significant digits, as the tooltip promises; toPrecision keeps it parseable when pasted back. */
export function formatParam(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}

