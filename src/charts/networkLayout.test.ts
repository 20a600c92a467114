import { describe, expect, it } from 'vitest';
import { diagramSizing, hitSizes, layoutNetwork, minNetworkWidth, MIN_COLUMN_PITCH, naturalNetworkHeight, type NetworkLayout } from './networkLayout';

function expectInside(layout: NetworkLayout, width: number, height: number): void {
  for (const n of layout.nodes) {
    expect(n.x - n.size / 2).toBeGreaterThanOrEqual(0);
    expect(n.y - n.size / 2).toBeGreaterThanOrEqual(0);
    expect(n.x + n.size / 2).toBeLessThanOrEqual(width);
    expect(n.y + n.size / 2).toBeLessThanOrEqual(height);
  }
}

function expectNoOverlap(layout: NetworkLayout): void {
  const { nodes } = layout;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      const apart = Math.abs(a.x - b.x) >= (a.size + b.size) / 2 || Math.abs(a.y - b.y) >= (a.size + b.size) / 2;
      expect(apart, `nodes ${a.layer}.${a.index} and ${b.layer}.${b.index}`).toBe(true);
    }
  }
}

const linkCount = (sizes: number[]) => sizes.slice(1).reduce((sum, n, l) => sum + n * sizes[l], 0);

describe('layoutNetwork', () => {
  const shapes = [
    [2, 4, 2, 1],
    [7, 8, 8, 8, 8, 8, 8, 1],
    [9, ...Array(8).fill(16), 4],
    [1, 1],
    [2, 16, 3],
  ];
  const boxes: [number, number][] = [
    [800, 400],
    [343, 300],
    [600, 520],
  ];

  for (const sizes of shapes) {
    for (const [w, h] of boxes) {
      it(`places ${sizes.join('-')} inside ${w}×${h} without overlap`, () => {
        const layout = layoutNetwork(sizes, w, h, { labelWidth: 40 });
        expect(layout.nodes).toHaveLength(sizes.reduce((a, b) => a + b, 0));
        expectInside(layout, w, h);
        expectNoOverlap(layout);
        expect(layout.links).toHaveLength(linkCount(sizes));
      });
    }
  }

  it('lists links in Frame.weights order: layer, then to, then from', () => {
    const sizes = [3, 2, 2];
    const { links } = layoutNetwork(sizes, 400, 200);
    let k = 0;
    for (let layer = 1; layer < sizes.length; layer++)
      for (let to = 0; to < sizes[layer]; to++)
        for (let from = 0; from < sizes[layer - 1]; from++, k++) expect(links[k]).toMatchObject({ layer, to, from });
  });

  it('joins the right edge of the source box to the left edge of the target box', () => {
    const layout = layoutNetwork([1, 1], 400, 200);
    const [a, b] = layout.nodes;
    const nums = layout.links[0].path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(nums[0]).toBeCloseTo(a.x + a.size / 2);
    expect(nums[1]).toBeCloseTo(a.y);
    expect(nums.at(-2)).toBeCloseTo(b.x - b.size / 2);
    expect(nums.at(-1)).toBeCloseTo(b.y);
  });

  it('shrinks boxes as the network grows, capped for small nets', () => {
    const small = layoutNetwork([2, 4, 2, 1], 800, 400).nodeSize;
    const big = layoutNetwork([9, ...Array(8).fill(16), 4], 800, 400).nodeSize;
    expect(small).toBe(40);
    expect(big).toBeLessThan(small);
    expect(big).toBeGreaterThan(10);
  });

  it('centres each column vertically', () => {
    const layout = layoutNetwork([2, 4, 1], 400, 300);
    const out = layout.nodes.at(-1)!;
    expect(out.y).toBeCloseTo(150);
  });
});

describe('sizing helpers', () => {
  it('gives the deepest allowed net a minimum width that fits a 375 px phone', () => {
    const sizes = [7, ...Array(8).fill(16), 1];
    expect(minNetworkWidth(sizes, { labelWidth: 40 })).toBeLessThanOrEqual(375 - 32);
    expect(minNetworkWidth(sizes)).toBe(12 + sizes.length * MIN_COLUMN_PITCH);
  });

  it('grows the natural height with the widest layer, up to the cap', () => {
    const h4 = naturalNetworkHeight([2, 4, 1], 600, 560);
    const h8 = naturalNetworkHeight([2, 8, 1], 600, 560);
    expect(h8).toBeGreaterThan(h4);
    expect(naturalNetworkHeight([2, 16, 16, 1], 1200, 300)).toBe(300);
  });

  it('lets boxes keep the size the width allows at the natural height', () => {
    const sizes = [2, 8, 8, 1];
    const h = naturalNetworkHeight(sizes, 600, 10000);
    const widthOnly = layoutNetwork(sizes, 600, 100000).nodeSize;
    expect(layoutNetwork(sizes, 600, h).nodeSize).toBeCloseTo(widthOnly, 0);
  });
});

describe('diagramSizing', () => {
  const laptop = { width: 496, rootFontPx: 15, viewportHeight: 768, maxHeight: 560 };
  it('keeps a laptop at the base sizes', () => {
    expect(diagramSizing(laptop)).toEqual({ labelWidth: 52, labelFont: 11, maxNodeSize: 40, maxHeight: 560 });
    expect(diagramSizing({ ...laptop, width: 319 }).labelWidth).toBe(40);
  });

  it('grows boxes, labels and height on a wide panel with projector-sized type', () => {
    const projector = diagramSizing({ width: 842, rootFontPx: 18, viewportHeight: 1080, maxHeight: 560 });
    expect(projector.maxNodeSize).toBeGreaterThanOrEqual(64);
    expect(projector.maxNodeSize).toBeLessThanOrEqual(80);
    expect(projector.labelWidth).toBeGreaterThan(52);
    expect(projector.labelFont).toBeGreaterThan(11);
    expect(projector.maxHeight).toBeGreaterThan(560);
    // The wider box really gets the larger nodes for a small net.
    const layout = layoutNetwork([2, 4, 2, 1], 842, naturalNetworkHeight([2, 4, 2, 1], 842, projector.maxHeight, projector), projector);
    expect(layout.nodeSize).toBeGreaterThanOrEqual(64);
  });

  it('never lets the diagram be taller than a short viewport allows, nor grow without bound', () => {
    expect(diagramSizing({ ...laptop, viewportHeight: 375 }).maxHeight).toBe(320);
    const huge = diagramSizing({ width: 5000, rootFontPx: 40, viewportHeight: 4000, maxHeight: 560 });
    expect(huge.maxNodeSize).toBeLessThanOrEqual(96);
    expect(huge.maxHeight).toBeLessThanOrEqual(840);
  });
});

describe('hitSizes', () => {
  it('gives a finger at least 24 px around a bias and along a link, a mouse less', () => {
    const touch = hitSizes(22, true);
    expect(touch.biasDot).toBe(4);
    expect(touch.biasHit).toBeGreaterThanOrEqual(24);
    expect(touch.linkHit).toBeGreaterThanOrEqual(24);
    const mouse = hitSizes(40, false);
    expect(mouse.biasDot).toBe(8);
    expect(mouse.biasHit).toBeGreaterThan(mouse.biasDot);
    expect(mouse.biasHit).toBeLessThan(24);
    expect(mouse.linkHit).toBe(10);
  });
});
