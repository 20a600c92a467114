/**
 * Reset and Regenerate as in TF Playground: Reset draws new weights on the same points (the link
 * counts the Resets, so it gives those weights again); a link opens on the same run every time;
 * Regenerate takes TF's next seed.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCalm, expectHashParam, hashParams, openApp, openDrawer, parseMetric, waitForFirstLoss } from './helpers';

/** The test loss in full where the page gives it (data-value), else as shown. */
async function testLoss(page: Page): Promise<number> {
  const el = page.getByTestId('loss-test');
  return parseMetric((await el.getAttribute('data-value')) ?? (await el.textContent()));
}

/** Every point drawn on the output plot: position and colour, in drawing order. */
async function drawnPoints(page: Page): Promise<string[]> {
  return page
    .getByTestId('output-plot')
    .locator('.train-points path')
    .evaluateAll((points) => points.map((p) => ['transform', 'fill'].map((a) => p.getAttribute(a)).join(' ')));
}

async function pointsOnceDrawn(page: Page): Promise<string[]> {
  await expect.poll(async () => (await drawnPoints(page)).length, { timeout: 20_000, message: 'points drawn' }).toBeGreaterThan(100);
  return drawnPoints(page);
}

// TF Playground's default link: seed 0.12345, circle, 4-2 tanh.
const LINK = '#seed=0.12345&dataset=circle&networkShape=4,2';

test('Reset twice: new untrained losses on the very same points, and the link replays each', async ({ page, context }) => {
  const watch = await openApp(page, LINK);
  const losses = [await waitForFirstLoss(page)];
  const points = await pointsOnceDrawn(page);
  expect(hashParams(page.url()).has('resets')).toBe(false);

  for (const resets of [1, 2]) {
    await page.getByTestId('reset').click();
    await expectHashParam(page, 'resets', String(resets));
    await expect(page.getByTestId('epoch')).toHaveText('0');
    await expect.poll(() => testLoss(page), { message: `a new untrained loss after Reset ${resets}` }).not.toBe(losses.at(-1));
    losses.push(await testLoss(page));
    expect(await drawnPoints(page)).toEqual(points);
  }
  expect(new Set(losses).size).toBe(3);

  // The address after two Resets opens on the same weights and the same points.
  const copy = await context.newPage();
  const watchCopy = await openApp(copy, new URL(page.url()).hash);
  expect(await waitForFirstLoss(copy)).toBe(losses[2]);
  expect(await pointsOnceDrawn(copy)).toEqual(points);
  // And the first link, opened again, starts as it did the first time.
  await openApp(copy, LINK, watchCopy);
  expect(await waitForFirstLoss(copy)).toBe(losses[0]);
  expect(await pointsOnceDrawn(copy)).toEqual(points);

  // Regenerate: TF Playground's next number after the second Reset's draw (its own code gives
  // 0.45435 for this link), new points, and the count starts again.
  await page.getByTestId('regenerate').click();
  await expectHashParam(page, 'seed', '0.45435');
  await expect.poll(() => hashParams(page.url()).has('resets')).toBe(false);
  await expect.poll(async () => JSON.stringify(await drawnPoints(page)), { timeout: 20_000 }).not.toBe(JSON.stringify(points));

  await copy.close();
  expectCalm(watch);
  expectCalm(watchCopy);
});

test('the reshuffle checkbox goes into the link and starts the run again', async ({ page }) => {
  const watch = await openApp(page, LINK);
  const lossAtZero = await waitForFirstLoss(page);
  await page.getByTestId('step').click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  await openDrawer(page, 'settings');
  const box = page.getByTestId('reshuffle');
  await expect(box).not.toBeChecked();
  await box.check();
  await expectHashParam(page, 'reshuffle', 'true');
  await expect(page.getByTestId('epoch')).toHaveText('0');
  // The same weights as before: only the order of the points changes.
  await expect.poll(() => testLoss(page)).toBe(lossAtZero);
  expectCalm(watch);
});
