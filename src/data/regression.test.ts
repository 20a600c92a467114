import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng';
import { generateDataset } from './datasets';
import { gaussLabel, planeLabel } from './regression';

describe('regression sets', () => {
  it('reg-plane at noise 0: label = (x + y) / 10, points in [−6, 6]²', () => {
    const p = generateDataset('reg-plane', 1200, 0, createRng(3));
    for (let i = 0; i < p.count; i++) {
      expect(p.label[i]).toBeCloseTo((p.x[i] + p.y[i]) / 10, 12);
      expect(Math.abs(p.x[i])).toBeLessThanOrEqual(6);
      expect(Math.abs(p.y[i])).toBeLessThanOrEqual(6);
    }
  });

  it('reg-plane with noise: labels leave the clean plane, unclamped past ±1 as in TF', () => {
    const p = generateDataset('reg-plane', 1200, 50, createRng(3));
    let off = 0;
    let beyond = 0;
    for (let i = 0; i < p.count; i++) {
      if (Math.abs(p.label[i] - planeLabel(p.x[i], p.y[i])) > 1e-9) off++;
      if (Math.abs(p.label[i]) > 1) beyond++;
    }
    expect(off).toBe(p.count);
    expect(beyond).toBeGreaterThan(0);
  });

  it('reg-gauss: bump values at centres, zero far from every bump, clamped at distance 2', () => {
    expect(gaussLabel(-4, 2.5)).toBe(1);
    expect(gaussLabel(0, 2.5)).toBe(-1);
    expect(gaussLabel(0, -2.5)).toBe(1);
    expect(gaussLabel(4, -2.5)).toBe(-1);
    expect(gaussLabel(-4, 3.5)).toBeCloseTo(0.5, 12);
    expect(gaussLabel(2, 0)).toBe(0);
    expect(gaussLabel(-6, 6)).toBe(0);
  });

  it('reg-gauss at noise 0 labels every point by gaussLabel, all within [−1, 1]', () => {
    const p = generateDataset('reg-gauss', 1200, 0, createRng(4));
    for (let i = 0; i < p.count; i++) {
      expect(p.label[i]).toBe(gaussLabel(p.x[i], p.y[i]));
      expect(Math.abs(p.label[i])).toBeLessThanOrEqual(1);
    }
  });
});
