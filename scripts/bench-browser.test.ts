import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without type declarations
import { formatComparison, summarise } from './bench-browser.mjs';
// @ts-expect-error: a plain ES module without type declarations
import { PAGES } from './bench-page.mjs';

const training = { epochsPerSecond: 1000, fps: 60, mainThreadBusy: 0.15, longTasks: 0, longestTaskMs: 0, loadLongTasks: 0, loadLongestTaskMs: 0 };

describe('browser bench report', () => {
  it('takes medians of the loads that drew, and our own mark only for our page', () => {
    const loads = [
      { drawnMs: 300, markMs: 301 },
      { drawnMs: null, markMs: null },
      { drawnMs: 100, markMs: 102 },
      { drawnMs: 200, markMs: 203 },
    ];
    const ours = summarise(PAGES.ours, training, loads);
    expect(ours).toMatchObject({ ...training, boundaryDrawnMs: 200, boundaryDrawnLoads: [300, 100, 200], firstBoundaryMs: 203 });
    const tf = summarise(PAGES.tf, training, loads);
    expect(tf.firstBoundaryMs).toBeUndefined();
    expect(tf.boundaryDrawnMs).toBe(200);
  });

  it('sets ours beside the reference, says how many times faster, and marks which drew first', () => {
    const results = {
      a: { ...training, boundaryDrawnMs: 180, reference: { ...training, epochsPerSecond: 60, boundaryDrawnMs: 220, boundaryDrawnLoads: [220] } },
      b: { ...training, boundaryDrawnMs: 400, reference: { ...training, epochsPerSecond: 20, boundaryDrawnMs: 330, boundaryDrawnLoads: [330] } },
      c: { error: 'never trained' },
    };
    const table = formatComparison(results).split('\n');
    const rowA = table.find((line: string) => line.startsWith('a '));
    const rowB = table.find((line: string) => line.startsWith('b '));
    expect(rowA).toContain('1,000 / 60 (17×)');
    expect(rowA).toContain('180 ms / 220 ms ✓');
    expect(rowB).toContain('400 ms / 330 ms ✗');
    expect(table.some((line: string) => line.startsWith('c '))).toBe(false);
  });

  it('prints nothing to compare without a reference', () => {
    expect(formatComparison({ a: { ...training, boundaryDrawnMs: 180 } })).toBe('');
  });
});
