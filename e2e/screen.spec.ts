/**
 * The main screen (issue "learning you can watch"): at 1366 × 768, 1280 × 720 and 1024 × 768,
 * in English and Japanese, play, the diagram, the output plot and the loss chart are all on
 * screen without scrolling and nothing overlaps; the default pace can be watched; "stop at
 * epoch" stops exactly there at full speed; the pace and the stop travel in the link.
 */
import { expect, type Page, test } from '@playwright/test';
import { expectCalm, expectHashParam, openApp, play, readEpoch, readLoss, settledEpoch, waitForFirstLoss } from './helpers';

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Boxes of the elements with these test ids (the first match of each). */
async function boxes(page: Page, ids: readonly string[]): Promise<Box[]> {
  return page.evaluate((names) => {
    return names.map((name) => {
      const el = document.querySelector(`[data-testid="${name}"]`);
      const r = el?.getBoundingClientRect();
      return { name, left: r?.left ?? NaN, top: r?.top ?? NaN, right: r?.right ?? NaN, bottom: r?.bottom ?? NaN };
    });
  }, ids);
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The parts of the page that must share one screen. */
const ONE_SCREEN = ['play-pause', 'network-diagram', 'output-plot', 'loss-chart', 'dataset-circle', 'feature-x', 'epoch', 'speed'] as const;
/** Parts that sit side by side and must not cover one another. */
const APART = ['play-pause', 'network-diagram', 'output-plot', 'loss-chart', 'dataset-circle', 'feature-x'] as const;

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

/** Everything this screen size must show, checked until the page has laid itself out for it. */
async function expectOneScreen(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await expect(async () => {
    const scroll = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(scroll.height, 'no vertical scrolling').toBeLessThanOrEqual(viewport.height);
    expect(scroll.width, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
    for (const b of await boxes(page, ONE_SCREEN)) {
      expect(b.top, `${b.name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(b.left, `${b.name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(b.bottom, `${b.name} ends on screen`).toBeLessThanOrEqual(viewport.height);
      expect(b.right, `${b.name} ends on screen`).toBeLessThanOrEqual(viewport.width);
    }
    const apart = await boxes(page, APART);
    for (let i = 0; i < apart.length; i++) {
      for (let j = i + 1; j < apart.length; j++) expect(overlaps(apart[i], apart[j]), `${apart[i].name} and ${apart[j].name} overlap`).toBe(false);
    }
    // The diagram is the wide centre: wider than the output column's plot.
    const [diagram, plot] = await boxes(page, ['network-diagram', 'output-plot']);
    expect(diagram.right - diagram.left).toBeGreaterThan(plot.right - plot.left);
  }).toPass({ timeout: 10_000 });
}

// One page per language, resized from one screen size to the next (a fresh page per size cost a
// page load each); the first size is also the size the page opened at.
for (const lang of ['en', 'ja'] as const) {
  test(`${VIEWPORTS.map((v) => `${v.width}×${v.height}`).join(', ')} ${lang}: run bar, data, features, network, output and loss curve on one screen, apart`, async ({ page }) => {
    await page.setViewportSize(VIEWPORTS[0]);
    const watch = await openApp(page, `#lang=${lang}`);
    await waitForFirstLoss(page);
    for (const viewport of VIEWPORTS) {
      await test.step(`${viewport.width}×${viewport.height}`, async () => {
        await page.setViewportSize(viewport);
        await expectOneScreen(page, viewport);
      });
    }
    expectCalm(watch);
  });
}

test('at the default pace the boundary forms over seconds: 30–240 epochs two seconds after play, test loss under 0.05 within 15 s', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await expect(page.getByTestId('speed')).toHaveValue('60');
  await play(page);
  const started = Date.now();
  await page.waitForTimeout(2_000);
  const epoch = await readEpoch(page);
  expect(epoch).toBeGreaterThanOrEqual(30);
  expect(epoch).toBeLessThanOrEqual(240);
  await expect.poll(() => readLoss(page, 'test'), { timeout: Math.max(1_000, 15_000 - (Date.now() - started)) }).toBeLessThan(0.05);
  expectCalm(watch);
});

test('stop at epoch 500 stops at exactly 500 at the fastest pace, and play goes on from there', async ({ page }) => {
  const watch = await openApp(page, '#speed=max&stopAt=500');
  await waitForFirstLoss(page);
  await expect(page.getByTestId('stop-at')).toHaveValue('500');
  await play(page);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'paused', { timeout: 30_000 });
  expect(await settledEpoch(page)).toBe(500);
  await expect(page.getByTestId('run-status')).toContainText('500');
  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(500);
  expectCalm(watch);
});

test('stop at, typed while training at full speed, stops there exactly; the pace and the stop are in the link', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await page.getByTestId('speed-max').click();
  await expect(page.getByTestId('speed')).toHaveValue('max');
  await expectHashParam(page, 'speed', 'max');
  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(50);
  const target = (await readEpoch(page)) + 3000;
  await page.getByTestId('stop-at').fill(String(target));
  await page.getByTestId('stop-at').press('Enter');
  await expectHashParam(page, 'stopAt', String(target));
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'paused', { timeout: 30_000 });
  expect(await settledEpoch(page)).toBe(target);
  // One click back to the pace it had.
  await page.getByTestId('speed-max').click();
  await expect(page.getByTestId('speed')).toHaveValue('60');
  expectCalm(watch);
});
