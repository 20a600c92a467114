/**
 * TF Playground's two regression sets. Points are uniform over [−6, 6]²; noise shifts the point
 * the label is read at, not the point that is stored, so it blurs the target surface.
 */
import { PLANE_EXTENT } from '../config/config';
import type { Rng } from '../engine/rng';
import { createPoints, type Points } from './points';

const RADIUS = PLANE_EXTENT;

/** Sign and centre of each bump: a checkerboard of hills and pits. */
const BUMPS: readonly (readonly [cx: number, cy: number, sign: number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/**
 * x + y mapped from [−10, 10] onto [−1, 1], about (x + y)/10; TF does not clamp, so noise can
 * push past ±1. Written as TF's linear scale computes it (d3: t = (v + 10)/20, then
 * −1·(1 − t) + 1·t), so the labels are TF's to the last bit.
 */
export function planeLabel(x: number, y: number): number {
  const t = (x + y + 10) / 20;
  return -(1 - t) + t;
}

/**
 * The bump with the largest |value| wins. Each bump falls linearly from 1 at its centre to 0 at
 * distance 2, clamped there (TF's `.clamp(true)`): without the clamp a far bump would turn
 * negative and, being largest in |value|, would own most of the plane.
 */
export function gaussLabel(x: number, y: number): number {
  let label = 0;
  for (const [cx, cy, sign] of BUMPS) {
    const dx = x - cx;
    const dy = y - cy;
    const d = Math.sqrt(dx * dx + dy * dy);
    // TF's clamped scale from [0, 2] onto [1, 0]: 1·(1 − t) + 0·t with t = min(1, d/2).
    const value = sign * (1 - Math.min(1, d / 2));
    if (Math.abs(value) > Math.abs(label)) label = value;
  }
  return label;
}

function regress(labelAt: (x: number, y: number) => number) {
  return (numSamples: number, noise: number, rng: Rng): Points => {
    const points = createPoints(numSamples);
    for (let i = 0; i < numSamples; i++) {
      const x = rng.uniform(-RADIUS, RADIUS);
      const y = rng.uniform(-RADIUS, RADIUS);
      const noiseX = rng.uniform(-RADIUS, RADIUS) * noise;
      const noiseY = rng.uniform(-RADIUS, RADIUS) * noise;
      points.x[i] = x;
      points.y[i] = y;
      points.label[i] = labelAt(x + noiseX, y + noiseY);
    }
    return points;
  };
}

export const regressPlane = regress(planeLabel);
export const regressGauss = regress(gaussLabel);
