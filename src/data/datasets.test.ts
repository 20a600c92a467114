import { describe, expect, it } from 'vitest';
import { CLASSIFY_DATASETS, MULTICLASS_DATASETS, REGRESS_DATASETS, type DatasetId } from '../config/config';
import { createRng } from '../engine/rng';
import { generateDataset, numClassesOf, problemOf, type Points } from './datasets';

const ALL: DatasetId[] = [...CLASSIFY_DATASETS, ...REGRESS_DATASETS, ...MULTICLASS_DATASETS];

function gen(id: DatasetId, noise = 0, seed: string | number = 'seed', n = 500): Points {
  return generateDataset(id, n, noise, createRng(seed));
}

function labels(p: Points): Set<number> {
  return new Set(p.label);
}

describe('every dataset', () => {
  it.each(ALL)('%s is deterministic in the seed', (id) => {
    const a = gen(id, 25, 'a');
    const b = gen(id, 25, 'a');
    const c = gen(id, 25, 'b');
    expect(b.x).toEqual(a.x);
    expect(b.y).toEqual(a.y);
    expect(b.label).toEqual(a.label);
    expect(c.x).not.toEqual(a.x);
  });

  it.each(ALL)('%s has the asked count and finite points in a sane box', (id) => {
    for (const noise of [0, 50]) {
      const p = gen(id, noise);
      expect(p.count).toBe(500);
      expect(p.x.length).toBe(500);
      expect(p.y.length).toBe(500);
      expect(p.label.length).toBe(500);
      for (let i = 0; i < p.count; i++) {
        expect(Number.isFinite(p.x[i]) && Number.isFinite(p.y[i]) && Number.isFinite(p.label[i])).toBe(true);
        // TF's gauss at 50 % noise has std 2 around ±2, so allow its tails.
        expect(Math.abs(p.x[i])).toBeLessThan(14);
        expect(Math.abs(p.y[i])).toBeLessThan(14);
      }
    }
  });

  it('problem and class count agree with the config lists', () => {
    for (const id of CLASSIFY_DATASETS) expect([problemOf(id), numClassesOf(id)]).toEqual(['classification', 2]);
    for (const id of REGRESS_DATASETS) expect([problemOf(id), numClassesOf(id)]).toEqual(['regression', 0]);
    expect(numClassesOf('blobs3')).toBe(3);
    expect(numClassesOf('blobs4')).toBe(4);
    expect(numClassesOf('spiral3')).toBe(3);
    for (const id of MULTICLASS_DATASETS) expect(problemOf(id)).toBe('multiclass');
  });

  it('odd counts follow TF: ceil(n/2) per class for two-class sets, exact otherwise', () => {
    expect(gen('circle', 0, 1, 7).count).toBe(8);
    expect(gen('spiral', 0, 1, 7).count).toBe(8);
    expect(gen('xor', 0, 1, 7).count).toBe(7);
    expect(gen('blobs3', 0, 1, 7).count).toBe(7);
    expect(gen('reg-plane', 0, 1, 0).count).toBe(0);
  });
});

describe('two-class sets at noise 0 follow their geometric rule', () => {
  it.each(CLASSIFY_DATASETS)('%s labels are ±1, half each', (id) => {
    const p = gen(id);
    expect(labels(p)).toEqual(new Set([1, -1]));
    if (id !== 'xor') expect(p.label.filter((l) => l === 1).length).toBe(250);
  });

  it('circle: inside radius 2.5 ↔ +1, outer ring in [3.5, 5]', () => {
    const p = gen('circle');
    for (let i = 0; i < p.count; i++) {
      const r = Math.hypot(p.x[i], p.y[i]);
      expect(p.label[i]).toBe(r < 2.5 ? 1 : -1);
      if (p.label[i] === -1) {
        expect(r).toBeGreaterThanOrEqual(3.5 - 1e-9);
        expect(r).toBeLessThanOrEqual(5 + 1e-9);
      }
    }
  });

  it('xor: label is the sign of x·y and points keep 0.3 off the axes', () => {
    const p = gen('xor');
    for (let i = 0; i < p.count; i++) {
      expect(p.label[i]).toBe(p.x[i] * p.y[i] >= 0 ? 1 : -1);
      expect(Math.abs(p.x[i])).toBeGreaterThanOrEqual(0.3);
      expect(Math.abs(p.y[i])).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('gauss: positives around (2,2), negatives around (−2,−2)', () => {
    const p = gen('gauss');
    let sx = 0;
    for (let i = 0; i < p.count; i++) sx += p.label[i] * (p.x[i] + p.y[i]);
    expect(sx / p.count).toBeGreaterThan(3.5);
  });

  it('spiral: each arm lies exactly on its curve, the second turned by π', () => {
    const p = gen('spiral');
    const n = 250;
    for (let i = 0; i < n; i++) {
      const r = (i / n) * 5;
      const t = ((1.75 * i) / n) * 2 * Math.PI;
      expect(p.x[i]).toBeCloseTo(r * Math.sin(t), 12);
      expect(p.y[i]).toBeCloseTo(r * Math.cos(t), 12);
      expect(p.label[i]).toBe(1);
      expect(p.x[n + i]).toBeCloseTo(-p.x[i], 12);
      expect(p.y[n + i]).toBeCloseTo(-p.y[i], 12);
      expect(p.label[n + i]).toBe(-1);
    }
  });
});

describe('noise', () => {
  it('circle and xor: points stay clean, labels disagree with the rule', () => {
    const c = gen('circle', 50);
    let flips = 0;
    for (let i = 0; i < c.count; i++) {
      const r = Math.hypot(c.x[i], c.y[i]);
      expect(r <= 2.5 || (r >= 3.5 - 1e-9 && r <= 5 + 1e-9)).toBe(true);
      if (c.label[i] !== (r < 2.5 ? 1 : -1)) flips++;
    }
    expect(flips).toBeGreaterThan(25);
    const x = gen('xor', 50);
    flips = 0;
    for (let i = 0; i < x.count; i++) if (x.label[i] !== (x.x[i] * x.y[i] >= 0 ? 1 : -1)) flips++;
    expect(flips).toBeGreaterThan(25);
  });

  it('spiral: noise moves the points off the curve by at most the noise', () => {
    const p = gen('spiral', 30);
    let moved = 0;
    for (let i = 0; i < 250; i++) {
      const r = (i / 250) * 5;
      const t = ((1.75 * i) / 250) * 2 * Math.PI;
      const dx = Math.abs(p.x[i] - r * Math.sin(t));
      expect(dx).toBeLessThanOrEqual(0.3);
      if (dx > 1e-6) moved++;
    }
    expect(moved).toBeGreaterThan(200);
  });

  it('gauss: spread grows with noise (std √0.5 at 0 %, 2 at 50 %)', () => {
    const std = (p: Points): number => {
      let s = 0;
      for (let i = 0; i < 250; i++) s += (p.x[i] - 2) ** 2;
      return Math.sqrt(s / 250);
    };
    expect(std(gen('gauss', 0))).toBeCloseTo(Math.sqrt(0.5), 0);
    expect(std(gen('gauss', 50))).toBeGreaterThan(1.6);
  });
});
