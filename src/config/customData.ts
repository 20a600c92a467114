/**
 * Points the learner drew or imported, in place of a generated dataset. Plain arrays (not typed
 * ones) because the configuration is compared, copied into the link, saved as JSON and posted to
 * the worker, and plain arrays survive all four unchanged.
 *
 * Every coordinate and regression value is snapped to the grid the link carries (QUANT_LEVELS
 * steps) the moment it enters the configuration, so the link decodes to exactly the points on
 * screen and the same link gives the same run, bit for bit.
 */
import { PLANE_EXTENT, type Problem } from './config';

/** The most points a file may bring (the worker trains on all of them every epoch). */
export const MAX_CUSTOM_POINTS = 5000;
/** The most points the link carries; beyond, copy-link offers the CSV instead. */
export const MAX_LINK_POINTS = 1000;
/** Classes the colours tell apart (charts' CLASS_COLORS). */
export const MAX_CUSTOM_CLASSES = 4;
/** Regression values live in [−VALUE_LIMIT, VALUE_LIMIT]; the heatmap's scale is [−1, 1]. */
export const VALUE_LIMIT = 2;
/** Steps of a quantised coordinate or value: 16 bits each in the link. */
export const QUANT_LEVELS = 65535;

export interface CustomData {
  /** 2 for two classes (labels ±1), K for K classes (labels 0..K−1), 0 for regression (values). */
  classes: number;
  x: number[];
  y: number[];
  label: number[];
}

export function classesFor(problem: Problem, multiclassK: number): number {
  return problem === 'regression' ? 0 : problem === 'multiclass' ? multiclassK : 2;
}

export function problemForClasses(classes: number): Problem {
  return classes === 0 ? 'regression' : classes === 2 ? 'classification' : 'multiclass';
}

function toLevel(v: number, limit: number): number {
  const u = Math.round(((v + limit) / (2 * limit)) * QUANT_LEVELS);
  return Math.min(QUANT_LEVELS, Math.max(0, Number.isFinite(u) ? u : 0));
}

const fromLevel = (u: number, limit: number): number => (u * 2 * limit) / QUANT_LEVELS - limit;

export const coordLevel = (v: number): number => toLevel(v, PLANE_EXTENT);
export const coordFromLevel = (u: number): number => fromLevel(u, PLANE_EXTENT);
export const valueLevel = (v: number): number => toLevel(v, VALUE_LIMIT);
export const valueFromLevel = (u: number): number => fromLevel(u, VALUE_LIMIT);

/** A coordinate on the link's grid, clamped into the plane. */
export const snapCoord = (v: number): number => coordFromLevel(coordLevel(v));
/** A regression value on the link's grid, clamped into ±VALUE_LIMIT. */
export const snapValue = (v: number): number => valueFromLevel(valueLevel(v));

/** The label as the data keeps it: ±1, a class index, or a snapped value. */
export function snapLabel(label: number, classes: number): number {
  if (classes === 0) return snapValue(label);
  if (classes === 2) return label > 0 ? 1 : -1;
  return Math.min(classes - 1, Math.max(0, Math.round(label)));
}

/** Points snapped as the link would carry them (at most MAX_CUSTOM_POINTS, the rest dropped). */
export function snapCustomData(classes: number, x: ArrayLike<number>, y: ArrayLike<number>, label: ArrayLike<number>): CustomData {
  const n = Math.min(MAX_CUSTOM_POINTS, x.length, y.length, label.length);
  const out: CustomData = { classes, x: new Array<number>(n), y: new Array<number>(n), label: new Array<number>(n) };
  for (let i = 0; i < n; i++) {
    out.x[i] = snapCoord(x[i]);
    out.y[i] = snapCoord(y[i]);
    out.label[i] = snapLabel(label[i], classes);
  }
  return out;
}

const onGrid = (v: unknown, snap: (n: number) => number): boolean => typeof v === 'number' && Number.isFinite(v) && snap(v) === v;

/** Every invariant the worker relies on, defensive about types (the data may come from a file). */
export function isValidCustomData(d: unknown, problem: Problem): d is CustomData {
  if (typeof d !== 'object' || d === null) return false;
  const c = d as Partial<CustomData>;
  if (typeof c.classes !== 'number' || problemForClasses(c.classes) !== problem) return false;
  if (c.classes !== 0 && (!Number.isInteger(c.classes) || c.classes < 2 || c.classes > MAX_CUSTOM_CLASSES)) return false;
  const { x, y, label } = c;
  if (!Array.isArray(x) || !Array.isArray(y) || !Array.isArray(label)) return false;
  if (x.length !== y.length || x.length !== label.length || x.length > MAX_CUSTOM_POINTS) return false;
  for (let i = 0; i < x.length; i++) {
    if (!onGrid(x[i], snapCoord) || !onGrid(y[i], snapCoord)) return false;
    if (!onGrid(label[i], (v) => snapLabel(v, c.classes!))) return false;
  }
  return true;
}
