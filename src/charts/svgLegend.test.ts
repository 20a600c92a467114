import { describe, expect, it } from 'vitest';
import { legendLayout, SWATCH, type LegendEntry } from './svgLegend';

/** Every character 6 px wide: widths the test can add up by hand. */
const measure = (text: string) => text.length * 6;

const entries: LegendEntry[] = [
  { label: 'Training loss', color: '#333', dash: null },
  { label: 'Test loss', color: '#3d8fd1', dash: null },
  { label: 'Training accuracy', color: '#333', dash: '4 3' },
];

describe('the legend of a saved chart', () => {
  it('names each entry beside a swatch of its own stroke, in one row when it fits', () => {
    const { items, height } = legendLayout(entries, 1000, 10, measure, 30);
    expect(items.map((i) => [i.label, i.color, i.dash])).toEqual(entries.map((e) => [e.label, e.color, e.dash]));
    // Starts at the plot's left edge; one row: the same line for all.
    expect(items[0].x).toBe(30);
    expect(new Set(items.map((i) => i.lineY)).size).toBe(1);
    // Text after its swatch, and the next swatch after that text.
    for (let k = 0; k < items.length; k++) {
      expect(items[k].textX).toBeGreaterThanOrEqual(items[k].x + SWATCH);
      if (k > 0) expect(items[k].x).toBeGreaterThan(items[k - 1].textX + measure(items[k - 1].label));
    }
    expect(height).toBe(16 + 4);
  });

  it('wraps to the picture’s width, with no entry past its right edge, and grows by a row', () => {
    const narrow = 200;
    const { items, height } = legendLayout(entries, narrow, 10, measure);
    expect(new Set(items.map((i) => i.lineY)).size).toBeGreaterThan(1);
    for (const item of items) expect(item.textX + measure(item.label)).toBeLessThanOrEqual(narrow);
    const rows = new Set(items.map((i) => i.lineY)).size;
    expect(height).toBe(rows * 16 + 4);
    // Text sits on its swatch's row.
    for (const item of items) expect(item.baseline).toBeGreaterThan(item.lineY);
  });

  it('takes no room without entries', () => {
    expect(legendLayout([], 300, 10, measure)).toEqual({ items: [], height: 0 });
  });
});
