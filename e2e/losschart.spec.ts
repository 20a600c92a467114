/**
 * The loss chart's layout: axis titles and tick labels inside the chart and clear of each other
 * (English and Japanese, laptop and projector, and a run that blows up to 1e273), whole-epoch
 * ticks after a couple of steps, and a log axis that reaches below the smallest loss instead of
 * flattening the tail on a fixed floor.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectCalm, openApp, pause, play, readEpoch, readLoss, waitForFirstLoss } from './helpers';

const CIRCLE = 'dataset=circle&networkShape=4,2&activation=tanh&learningRate=0.03';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

async function box(locator: Locator): Promise<Box> {
  const r = await locator.evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
  });
  return r;
}

const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Boxes and texts of the loss axis' tick labels (the left axis: the first axis group with text-anchor end). */
async function lossTicks(page: Page): Promise<{ text: string; box: Box }[]> {
  return page.getByTestId('loss-chart').evaluate((root) => {
    const group = Array.from(root.querySelectorAll('svg g g')).find((g) => g.getAttribute('text-anchor') === 'end');
    return Array.from(group?.querySelectorAll('.tick text') ?? []).map((t) => {
      const b = t.getBoundingClientRect();
      return { text: t.textContent ?? '', box: { left: b.left, right: b.right, top: b.top, bottom: b.bottom } };
    });
  });
}

/** Texts of the epoch axis' tick labels (the axis group with text-anchor middle). */
async function epochTickTexts(page: Page): Promise<string[]> {
  return page.getByTestId('loss-chart').evaluate((root) => {
    const group = Array.from(root.querySelectorAll('svg g g')).find((g) => g.getAttribute('text-anchor') === 'middle');
    return Array.from(group?.querySelectorAll('.tick text') ?? []).map((t) => t.textContent ?? '');
  });
}

/** Waits two display frames, so a toggle's scheduled redraw has landed. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  for (const lang of ['en', 'ja'] as const) {
    test(`${viewport.width}×${viewport.height} ${lang}: axis titles and tick labels fit, legend on one line, readable text`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const watch = await openApp(page, `#lang=${lang}&${CIRCLE}`);
      await waitForFirstLoss(page);
      await play(page);
      await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(200);
      await pause(page);

      const chart = page.getByTestId('loss-chart');
      await chart.scrollIntoViewIfNeeded();
      const rootBox = await box(chart);
      const accTitle = page.getByTestId('accuracy-axis-title');
      const lossTitle = page.getByTestId('loss-axis-title');
      await expect(accTitle).toBeVisible();
      await expect(accTitle).toHaveText(lang === 'en' ? 'Accuracy' : '正解率');
      await expect(lossTitle).toHaveText(lang === 'en' ? 'Loss' : '損失');
      const accBox = await box(accTitle);
      expect(inside(accBox, rootBox), `accuracy title ${JSON.stringify(accBox)} inside the chart ${JSON.stringify(rootBox)}`).toBe(true);
      // The whole word shows: at least as wide as its own text needs.
      expect(accBox.right - accBox.left).toBeGreaterThan(30);
      const lossBox = await box(lossTitle);
      expect(inside(lossBox, rootBox)).toBe(true);

      const ticks = await lossTicks(page);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (const t of ticks) {
        expect(inside(t.box, rootBox), `tick "${t.text}" inside the chart`).toBe(true);
        expect(overlap(t.box, lossBox), `tick "${t.text}" clear of the loss title`).toBe(false);
      }

      // Legend and both titles on one line.
      expect(Math.abs(accBox.top - lossBox.top)).toBeLessThan(4);
      const legendItems = await chart.locator('[data-series]').evaluateAll((els) => els.filter((e) => e instanceof HTMLElement).map((e) => e.getBoundingClientRect().top));
      expect(legendItems.length).toBe(2);
      for (const top of legendItems) expect(Math.abs(top - lossBox.top)).toBeLessThan(4);

      // Text and chart grow on the projector.
      const tickFont = await chart.locator('.tick text').first().evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
      const svgHeight = await chart.locator(':scope > svg').evaluate((s) => s.getBoundingClientRect().height);
      expect(tickFont).toBeGreaterThanOrEqual(11);
      // The chart shares the output column with the plot on one screen: shorter on a laptop,
      // taller on a projector-sized screen.
      expect(svgHeight).toBeGreaterThanOrEqual(100);
      if (viewport.width >= 1800) {
        expect(tickFont).toBeGreaterThanOrEqual(13);
        expect(svgHeight).toBeGreaterThanOrEqual(160);
      }
      expectCalm(watch);
    });
  }
}

test('on log scale the curve reaches below 1e-4 and stays above the bottom edge', async ({ page }) => {
  const watch = await openApp(page, `#${CIRCLE}&speed=max`);
  await waitForFirstLoss(page);
  await play(page);
  // The old axis stopped at 1e-4: train until the loss is well under it.
  await expect.poll(() => readLoss(page, 'train'), { timeout: 45_000, message: 'training loss < 5e-5' }).toBeLessThan(5e-5);
  await pause(page);
  await page.getByTestId('log-scale').check();
  await nextFrames(page);

  const geometry = await page.getByTestId('loss-chart').evaluate((root) => {
    const path = root.querySelector('path[data-series=trainLoss]') as SVGPathElement | null;
    const xAxis = Array.from(root.querySelectorAll('svg g g')).find((g) => g.getAttribute('text-anchor') === 'middle') as SVGGElement | undefined;
    if (!path || !xAxis) return null;
    const b = path.getBBox();
    // The epoch axis sits at the plot's bottom edge: translate(0, innerH).
    const bottom = xAxis.transform.baseVal.consolidate()?.matrix.f ?? NaN;
    const ys = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
    // Points along the last fifth of the path: the tail.
    const pts: number[] = [];
    for (let i = 1; i < ys.length; i += 2) pts.push(ys[i]);
    const tail = pts.slice(Math.floor(pts.length * 0.8));
    return { lowest: b.y + b.height, bottom, tailSpread: Math.max(...tail) - Math.min(...tail) };
  });
  expect(geometry).not.toBeNull();
  const g = geometry!;
  expect(g.bottom).toBeGreaterThan(50);
  expect(g.lowest, 'the lowest point of the training loss is above the bottom edge').toBeLessThan(g.bottom - 1);
  // A tail that still falls is drawn falling, not flat along a floor.
  expect(g.tailSpread).toBeGreaterThan(3);

  const ticks = (await lossTicks(page)).map((t) => t.text);
  expect(ticks.some((t) => /e−[5-9]|e−1\d/.test(t)), `log ticks reach below 1e−4: ${ticks.join(', ')}`).toBe(true);
  expect(ticks.join('')).not.toMatch(/-/);
  expectCalm(watch);
});

test('a diverging regression run keeps its huge tick labels inside the chart and short', async ({ page }) => {
  const watch = await openApp(page, '#problem=regression&regDataset=reg-plane&learningRate=3');
  await waitForFirstLoss(page);
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'diverged', { timeout: 20_000 });
  // The last frame is drawn (its loss reads "–"), and the chart has painted it.
  await expect(page.getByTestId('loss-test')).toHaveText('–');
  await nextFrames(page);

  const chart = page.getByTestId('loss-chart');
  await expect(page.getByTestId('accuracy-axis-title')).toBeHidden();
  for (const scale of ['linear', 'log'] as const) {
    if (scale === 'log') {
      await page.getByTestId('log-scale').check();
      await nextFrames(page);
    }
    // Measured after the click, which may have scrolled the page.
    await chart.scrollIntoViewIfNeeded();
    const rootBox = await box(chart);
    const lossBox = await box(page.getByTestId('loss-axis-title'));
    const ticks = await lossTicks(page);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of ticks) {
      expect(t.text.length, `short label: ${t.text}`).toBeLessThanOrEqual(8);
      expect(t.text).not.toMatch(/e\+|-/);
      expect(inside(t.box, rootBox), `${scale} tick "${t.text}" inside the chart`).toBe(true);
      expect(overlap(t.box, lossBox), `${scale} tick "${t.text}" clear of the loss title`).toBe(false);
    }
  }
  expectCalm(watch);
});

test('after two steps the epoch axis shows whole epochs', async ({ page }) => {
  const watch = await openApp(page, `#${CIRCLE}`);
  await waitForFirstLoss(page);
  await page.getByTestId('step').click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('epoch')).toHaveText('2');
  await expect.poll(() => epochTickTexts(page)).toContain('2');
  const ticks = await epochTickTexts(page);
  expect(ticks, `epoch ticks: ${ticks.join(', ')}`).toEqual(['0', '1', '2']);
  expectCalm(watch);
});
