/**
 * The legend a saved chart carries inside its SVG: on screen the loss chart names its curves in
 * an HTML line above the plot, which a standalone SVG file would lose. Each entry is a short
 * stretch of the curve's own stroke (colour and dash) and its name, laid out in rows that wrap
 * to the picture's width.
 */

export interface LegendEntry {
  label: string;
  color: string;
  /** The stroke's dash pattern, as SVG writes it; null for a solid line. */
  dash: string | null;
}

export interface LegendItem extends LegendEntry {
  /** Where the swatch starts; the label starts at `textX`. */
  x: number;
  textX: number;
  /** The swatch's line and the text's baseline. */
  lineY: number;
  baseline: number;
}

export const SWATCH = 18;
const GAP = 5;
const SPACING = 14;

/** Rows of entries within `width` (an entry wider than a row gets a row of its own), and the height they take. */
export function legendLayout(entries: readonly LegendEntry[], width: number, fontPx: number, measure: (text: string) => number, left = 0): { items: LegendItem[]; height: number } {
  const rowHeight = Math.round(fontPx * 1.6);
  const items: LegendItem[] = [];
  let x = left;
  let row = 0;
  for (const entry of entries) {
    const w = SWATCH + GAP + measure(entry.label);
    if (x > left && x + w > width) {
      row++;
      x = left;
    }
    const top = row * rowHeight;
    items.push({ ...entry, x, textX: x + SWATCH + GAP, lineY: top + rowHeight / 2, baseline: top + rowHeight / 2 + fontPx * 0.35 });
    x += w + SPACING;
  }
  return { items, height: entries.length === 0 ? 0 : (row + 1) * rowHeight + Math.round(fontPx * 0.4) };
}
