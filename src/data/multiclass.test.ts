import { describe, expect, it } from 'vitest';
import { MULTICLASS_DATASETS } from '../config/config';
import { createRng } from '../engine/rng';
import { generateDataset, numClassesOf } from './datasets';

describe('multi-class sets', () => {
  it.each(MULTICLASS_DATASETS)('%s: integer labels 0..K−1, every class present and balanced', (id) => {
    const k = numClassesOf(id);
    for (const n of [500, 301]) {
      const p = generateDataset(id, n, 20, createRng(id));
      const counts = new Array<number>(k).fill(0);
      for (const l of p.label) {
        expect(Number.isInteger(l) && l >= 0 && l < k).toBe(true);
        counts[l]++;
      }
      expect(counts.reduce((a, b) => a + b)).toBe(n);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it.each(['blobs3', 'blobs4'] as const)('%s stays inside [−6, 6]² even at 50 %% noise', (id) => {
    const p = generateDataset(id, 2000, 50, createRng(9));
    for (let i = 0; i < p.count; i++) {
      expect(Math.abs(p.x[i])).toBeLessThanOrEqual(6);
      expect(Math.abs(p.y[i])).toBeLessThanOrEqual(6);
    }
  });

  it.each(['blobs3', 'blobs4'] as const)('%s at noise 0: every point is nearest its own centre', (id) => {
    const k = numClassesOf(id);
    const start = id === 'blobs3' ? Math.PI / 2 : Math.PI / 4;
    const centres = Array.from({ length: k }, (_, c) => [3.5 * Math.cos(start + (2 * Math.PI * c) / k), 3.5 * Math.sin(start + (2 * Math.PI * c) / k)]);
    const p = generateDataset(id, 600, 0, createRng(2));
    let wrong = 0;
    for (let i = 0; i < p.count; i++) {
      const d = centres.map(([cx, cy]) => Math.hypot(p.x[i] - cx, p.y[i] - cy));
      if (d.indexOf(Math.min(...d)) !== p.label[i]) wrong++;
    }
    // Std 0.6 against centres ≥ 4.9 apart: a stray point is a > 4σ event.
    expect(wrong).toBe(0);
  });

  it('spiral3 at noise 0: arm k is arm 0 turned by 2πk/3', () => {
    const p = generateDataset('spiral3', 300, 0, createRng(1));
    for (let k = 1; k < 3; k++) {
      const a = (2 * Math.PI * k) / 3;
      for (let i = 0; i < 100; i++) {
        const [x0, y0] = [p.x[i], p.y[i]];
        // x = r sin t, y = r cos t: adding a to t rotates (y, x) by a.
        expect(p.x[k * 100 + i]).toBeCloseTo(x0 * Math.cos(a) + y0 * Math.sin(a), 9);
        expect(p.y[k * 100 + i]).toBeCloseTo(y0 * Math.cos(a) - x0 * Math.sin(a), 9);
        expect(p.label[k * 100 + i]).toBe(k);
      }
    }
  });
});
