/**
 * Sets with K classes, labelled by class index 0..K−1 (not in TF Playground; they exist so that
 * softmax with cross-entropy has something to learn). Classes get equal shares of the points,
 * differing by at most one, so no class is starved whatever the count.
 */
import { PLANE_EXTENT } from '../config/config';
import type { Rng } from '../engine/rng';
import { fillSpiralArm } from './binary';
import { createPoints, type Points } from './points';

/** Points of class k out of K when `total` are shared as evenly as possible. */
function share(total: number, k: number, numClasses: number): { offset: number; count: number } {
  const offset = Math.floor((k * total) / numClasses);
  return { offset, count: Math.floor(((k + 1) * total) / numClasses) - offset };
}

const BLOB_RADIUS = 3.5;
const BOX = PLANE_EXTENT;
/** Even at 50 % noise a draw leaves the box about one time in sixteen, so 64 misses never happen in practice. */
const MAX_TRIES = 64;

/**
 * Gaussian truncated to the box: a blob's tail is redrawn rather than left off-screen or piled
 * up at the edge by clamping. The mean is the fallback only so that the loop is bounded.
 */
function normalInBox(mean: number, std: number, rng: Rng): number {
  for (let t = 0; t < MAX_TRIES; t++) {
    const v = rng.normal(mean, std);
    if (v >= -BOX && v <= BOX) return v;
  }
  return Math.min(BOX, Math.max(-BOX, mean));
}

/**
 * K round blobs on a circle of radius 3.5, the first at `startAngle`. Std grows linearly with
 * noise from 0.6 (well apart) to 1.6 at 50 % (neighbours overlap), as TF's two gaussians do.
 */
function blobs(numClasses: number, startAngle: number) {
  return (numSamples: number, noise: number, rng: Rng): Points => {
    const std = 0.6 + 2 * noise;
    const points = createPoints(numSamples);
    for (let k = 0; k < numClasses; k++) {
      const angle = startAngle + (2 * Math.PI * k) / numClasses;
      const cx = BLOB_RADIUS * Math.cos(angle);
      const cy = BLOB_RADIUS * Math.sin(angle);
      const { offset, count } = share(numSamples, k, numClasses);
      for (let i = offset; i < offset + count; i++) {
        points.x[i] = normalInBox(cx, std, rng);
        points.y[i] = normalInBox(cy, std, rng);
        points.label[i] = k;
      }
    }
    return points;
  };
}

/** Three blobs with one straight up, so the picture reads as a triangle. */
export const blobs3 = blobs(3, Math.PI / 2);
/** Four blobs in the four quadrants, centres near (±2.5, ±2.5). */
export const blobs4 = blobs(4, Math.PI / 4);

/** TF's spiral with three arms a third of a turn apart. */
export function spiral3(numSamples: number, noise: number, rng: Rng): Points {
  const numClasses = 3;
  const points = createPoints(numSamples);
  for (let k = 0; k < numClasses; k++) {
    const { offset, count } = share(numSamples, k, numClasses);
    fillSpiralArm(points, offset, count, count, (2 * Math.PI * k) / numClasses, k, noise, rng);
  }
  return points;
}
