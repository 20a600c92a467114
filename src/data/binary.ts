/**
 * TF Playground's four classification sets (its dataset.ts), labels ±1. The order of the random
 * draws follows TF's, so the shapes and the way noise acts are the same; only the generator
 * differs (a seeded Rng instead of its patched global Math.random).
 *
 * `noise` is a fraction (TF's slider value / 100). Where TF adds noise only to the point it
 * labels and stores the clean point, so do we: at high noise the classes overlap in their
 * labels, not in their shapes.
 */
import type { Rng } from '../engine/rng';
import { createPoints, type Points } from './points';

/**
 * TF loops `for (i = 0; i < numSamples / 2; i++)` per class, which is ceil(numSamples / 2) each:
 * an odd count gives one extra point, as there.
 */
function halfCount(numSamples: number): number {
  return Math.ceil(numSamples / 2);
}

export function classifyCircle(numSamples: number, noise: number, rng: Rng): Points {
  const radius = 5;
  const half = halfCount(numSamples);
  const points = createPoints(2 * half);
  const fill = (offset: number, rMin: number, rMax: number): void => {
    for (let i = 0; i < half; i++) {
      const r = rng.uniform(rMin, rMax);
      const angle = rng.uniform(0, 2 * Math.PI);
      const x = r * Math.sin(angle);
      const y = r * Math.cos(angle);
      const noiseX = rng.uniform(-radius, radius) * noise;
      const noiseY = rng.uniform(-radius, radius) * noise;
      const nx = x + noiseX;
      const ny = y + noiseY;
      points.x[offset + i] = x;
      points.y[offset + i] = y;
      points.label[offset + i] = Math.sqrt(nx * nx + ny * ny) < radius * 0.5 ? 1 : -1;
    }
  };
  fill(0, 0, radius * 0.5);
  fill(half, radius * 0.7, radius);
  return points;
}

export function classifyXor(numSamples: number, noise: number, rng: Rng): Points {
  // Keeps points off the axes, where the sign of x·y (the label) flips.
  const padding = 0.3;
  const points = createPoints(numSamples);
  for (let i = 0; i < numSamples; i++) {
    let x = rng.uniform(-5, 5);
    x += x > 0 ? padding : -padding;
    let y = rng.uniform(-5, 5);
    y += y > 0 ? padding : -padding;
    const noiseX = rng.uniform(-5, 5) * noise;
    const noiseY = rng.uniform(-5, 5) * noise;
    points.x[i] = x;
    points.y[i] = y;
    points.label[i] = (x + noiseX) * (y + noiseY) >= 0 ? 1 : -1;
  }
  return points;
}

export function classifyTwoGauss(numSamples: number, noise: number, rng: Rng): Points {
  // TF maps noise [0, 0.5] linearly (unclamped) onto the variance [0.5, 4], with d3's
  // arithmetic: t = noise/0.5, then 0.5·(1 − t) + 4·t.
  const t = noise / 0.5;
  const variance = 0.5 * (1 - t) + 4 * t;
  const std = Math.sqrt(variance);
  const half = halfCount(numSamples);
  const points = createPoints(2 * half);
  const fill = (offset: number, cx: number, cy: number, label: number): void => {
    for (let i = 0; i < half; i++) {
      points.x[offset + i] = rng.normal(cx, std);
      points.y[offset + i] = rng.normal(cy, std);
      points.label[offset + i] = label;
    }
  };
  fill(0, 2, 2, 1);
  fill(half, -2, -2, -1);
  return points;
}

/**
 * One arm of a spiral: `count` points from the centre outwards over 1.75 turns, starting at
 * angle `deltaT`; point i sits at radius 5·i/n. Unlike the other sets, noise moves the stored
 * point itself. Shared with the three-arm spiral.
 */
export function fillSpiralArm(
  points: Points,
  offset: number,
  count: number,
  n: number,
  deltaT: number,
  label: number,
  noise: number,
  rng: Rng,
): void {
  for (let i = 0; i < count; i++) {
    const r = (i / n) * 5;
    const t = ((1.75 * i) / n) * 2 * Math.PI + deltaT;
    points.x[offset + i] = r * Math.sin(t) + rng.uniform(-1, 1) * noise;
    points.y[offset + i] = r * Math.cos(t) + rng.uniform(-1, 1) * noise;
    points.label[offset + i] = label;
  }
}

export function classifySpiral(numSamples: number, noise: number, rng: Rng): Points {
  // TF divides by the possibly fractional n but loops ceil(n) times; for even counts they agree.
  const n = numSamples / 2;
  const half = Math.ceil(n);
  const points = createPoints(2 * half);
  fillSpiralArm(points, 0, half, n, 0, 1, noise, rng);
  fillSpiralArm(points, half, half, n, Math.PI, -1, noise, rng);
  return points;
}
