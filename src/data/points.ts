/**
 * A dataset as three parallel columns. Typed arrays rather than an array of objects, because
 * the trainer walks them every step and the worker can hand them to the page without copying.
 */
import { shuffleInPlace, type Rng } from '../engine/rng';

export interface Points {
  x: Float64Array;
  y: Float64Array;
  /** ±1 for two classes, a class index 0..K−1 for several, a real value for regression. */
  label: Float64Array;
  count: number;
}

export function createPoints(count: number): Points {
  return { x: new Float64Array(count), y: new Float64Array(count), label: new Float64Array(count), count };
}

/** The share of points that train, as a percentage within [0, 100] (anything not finite is 0). */
export const clampPercent = (percTrain: number): number => Math.min(100, Math.max(0, Number.isFinite(percTrain) ? percTrain : 0));

/** The points at `order[from..to)`, copied into fresh columns: one side of a train/test split. */
export function gather(points: Points, order: ArrayLike<number>, from: number, to: number): Points {
  const out = createPoints(to - from);
  for (let k = from; k < to; k++) {
    const i = order[k];
    out.x[k - from] = points.x[i];
    out.y[k - from] = points.y[i];
    out.label[k - from] = points.label[i];
  }
  return out;
}

/**
 * TF Playground's rule: shuffle everything, then the first floor(count · perc / 100) points
 * train and the rest test. Shuffling before splitting matters because the generators emit one
 * class after the other. Leaves `points` untouched.
 */
export function splitTrainTest(points: Points, percTrain: number, rng: Rng): { train: Points; test: Points } {
  const order = new Uint32Array(points.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  shuffleInPlace(order, rng);
  const splitIndex = Math.floor((points.count * clampPercent(percTrain)) / 100);
  return { train: gather(points, order, 0, splitIndex), test: gather(points, order, splitIndex, points.count) };
}
