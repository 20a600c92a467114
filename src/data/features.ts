/**
 * Input features under TF Playground's URL names. Like TF, they use the raw coordinates in
 * [−6, 6], unscaled: x² reaches 36 and sin wraps about twice, which is part of what the learner
 * sees when choosing them.
 */
import { PLANE_EXTENT, type FeatureId } from '../config/config';
import type { Points } from './points';

/** Its label is the interface's (i18n `feature.<id>`): X₁ is x and X₂ is y, as in TF. */
export interface FeatureSpec {
  f: (x: number, y: number) => number;
}

export const FEATURE_REGISTRY: Record<FeatureId, FeatureSpec> = {
  x: { f: (x) => x },
  y: { f: (_x, y) => y },
  xSquared: { f: (x) => x * x },
  ySquared: { f: (_x, y) => y * y },
  xTimesY: { f: (x, y) => x * y },
  sinX: { f: (x) => Math.sin(x) },
  sinY: { f: (_x, y) => Math.sin(y) },
  cosX: { f: (x) => Math.cos(x) },
  cosY: { f: (_x, y) => Math.cos(y) },
};

/**
 * The chosen features' functions, in a module-level array so per-frame calls allocate nothing.
 * Safe because the callers run to completion before anyone else can call.
 */
const resolved: FeatureSpec['f'][] = [];
function resolve(features: readonly FeatureId[]): FeatureSpec['f'][] {
  resolved.length = features.length;
  for (let j = 0; j < features.length; j++) resolved[j] = FEATURE_REGISTRY[features[j]].f;
  return resolved;
}

/** Reuses `out` when it holds at least `size` values, so per-frame callers allocate nothing. */
function target(size: number, out?: Float64Array): Float64Array {
  return out !== undefined && out.length >= size ? out : new Float64Array(size);
}

/**
 * Row-major inputs, one row of `features.length` values per point. Returns `out` itself (not a
 * view) when it is large enough, so its tail past count × features.length is left as it was.
 */
export function buildInputs(points: Points, features: readonly FeatureId[], out?: Float64Array): Float64Array {
  const width = features.length;
  const inputs = target(points.count * width, out);
  const fs = resolve(features);
  for (let i = 0; i < points.count; i++) {
    const x = points.x[i];
    const y = points.y[i];
    const row = i * width;
    for (let j = 0; j < width; j++) inputs[row + j] = fs[j](x, y);
  }
  return inputs;
}

/**
 * Centre of cell `index` along one axis of a `gridSize`-cell grid over [−domain, domain].
 * Columns run left to right in x; rows run top to bottom, so row r sits at −gridCentre(r).
 */
export function gridCentre(index: number, gridSize: number, domain = PLANE_EXTENT): number {
  return -domain + ((index + 0.5) * 2 * domain) / gridSize;
}

/**
 * Inputs for every cell of the heatmap grid, row-major over cells and then features: cell
 * (r, c) starts at (r · gridSize + c) · features.length. Row 0 is the top (y = +domain), the
 * order an ImageData wants.
 */
export function buildGridInputs(
  gridSize: number,
  features: readonly FeatureId[],
  domain = PLANE_EXTENT,
  out?: Float64Array,
): Float64Array {
  const width = features.length;
  const inputs = target(gridSize * gridSize * width, out);
  const fs = resolve(features);
  for (let r = 0; r < gridSize; r++) {
    const y = -gridCentre(r, gridSize, domain);
    for (let c = 0; c < gridSize; c++) {
      const x = gridCentre(c, gridSize, domain);
      const row = (r * gridSize + c) * width;
      for (let j = 0; j < width; j++) inputs[row + j] = fs[j](x, y);
    }
  }
  return inputs;
}
