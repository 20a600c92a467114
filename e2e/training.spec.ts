/**
 * Training from the page: play, pause, step, reset, speed; the classic lesson that linear
 * activations cannot draw a circle; divergence said in words (never "NaN"); the gradient check.
 */
import { expect, test } from '@playwright/test';
import {
  allPageText,
  expectCalm,
  expectHashParam,
  openApp,
  openDrawer,
  pause,
  play,
  readEpoch,
  readLoss,
  settledEpoch,
  trainUntil,
  waitForFirstLoss,
} from './helpers';

test('play makes the epoch climb and the loss fall; pause stops it', async ({ page }) => {
  const watch = await openApp(page);
  const lossAtZero = await waitForFirstLoss(page);
  expect(await readEpoch(page)).toBe(0);

  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 30_000, message: 'epoch > 50' }).toBeGreaterThan(50);
  await expect.poll(() => readLoss(page, 'test'), { timeout: 30_000, message: 'the test loss falls' }).toBeLessThan(lossAtZero * 0.5);
  await expect.poll(() => readLoss(page, 'train'), { timeout: 30_000, message: 'the training loss falls' }).toBeLessThan(lossAtZero * 0.5);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'running');

  await pause(page);
  const stopped = await settledEpoch(page);
  expect(stopped).toBeGreaterThan(50);
  // Still paused once late frames have landed, and the counter stays put.
  await page.waitForTimeout(1_000);
  expect(await readEpoch(page)).toBe(stopped);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'paused');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');

  // Play again carries on from there.
  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 30_000 }).toBeGreaterThan(stopped);
  await pause(page);
  expectCalm(watch);
});

test('step advances exactly one epoch; reset returns to epoch 0 with new untrained weights', async ({ page }) => {
  const watch = await openApp(page);
  const lossAtZero = await waitForFirstLoss(page);

  await page.getByTestId('step').click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('epoch')).toHaveText('2');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');
  expect(await settledEpoch(page)).toBe(2);

  const trained = await trainUntil(page, 200);
  expect(trained).toBeGreaterThanOrEqual(200);
  await expect.poll(() => readLoss(page, 'test')).toBeLessThan(lossAtZero);

  await page.getByTestId('step').click();
  await expect.poll(() => readEpoch(page)).toBe(trained + 1);

  await page.getByTestId('reset').click();
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'idle');
  // As TF Playground's Reset: the next draw of weights from the seed's stream (the link counts
  // it), so an untrained loss again, but not the first one (e2e/reset.spec.ts replays both).
  await expectHashParam(page, 'resets', '1');
  await expect.poll(() => readLoss(page, 'test')).toBeGreaterThan(lossAtZero * 0.5);
  expect(await readLoss(page, 'test')).not.toBe(lossAtZero);
  expect(await settledEpoch(page)).toBe(0);
  expectCalm(watch);
});

test('stepping one mini-batch at a time shows where in the epoch it is', async ({ page }) => {
  const watch = await openApp(page, '#batchSize=10&percTrainData=50');
  await waitForFirstLoss(page);
  await page.getByTestId('step-unit').selectOption('batch');
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toContainText('0 of 25');
  await page.getByTestId('step').click();
  await expect(progress).toContainText('1 of 25');
  await page.getByTestId('step').click();
  await expect(progress).toContainText('2 of 25');
  await expect(page.getByTestId('epoch')).toHaveText('0');
  expectCalm(watch);
});

test('reset while running stops the run at epoch 0', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 30_000 }).toBeGreaterThan(20);
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('epoch')).toHaveText('0');
  expect(await settledEpoch(page)).toBe(0);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');
  expectCalm(watch);
});

test('the speed select slows training down to about the chosen epochs per second', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await page.getByTestId('speed').selectOption('10');
  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(10);
  const started = Date.now();
  const first = await readEpoch(page);
  // Twenty more epochs at 10 a second: about two seconds.
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(first + 20);
  const epoch = await readEpoch(page);
  const elapsed = (Date.now() - started) / 1000;
  const seconds = elapsed + 3; // generous: time to the first 10 epochs, plus slack
  // At full speed this network does thousands of epochs a second.
  expect(epoch).toBeLessThan(10 * seconds + 20);
  // And it does not crawl either: at least half the chosen pace (the counter shows with a lag of
  // up to a tenth of a second, and a busy machine may delay a frame or two).
  expect((epoch - first) / (elapsed + 0.5)).toBeGreaterThanOrEqual(5);
  await pause(page);
  expectCalm(watch);
});

test('see linear activations fail: a circle stays at about 0.5 test loss', async ({ page }) => {
  const watch = await openApp(page, '#dataset=circle&activation=linear');
  await waitForFirstLoss(page);
  const epoch = await trainUntil(page, 300);
  expect(epoch).toBeGreaterThanOrEqual(300);
  const loss = await readLoss(page, 'test');
  expect(loss).toBeGreaterThanOrEqual(0.4);
  expect(loss).toBeLessThan(0.7);
  // The teaching note says why.
  await expect(page.getByTestId('teaching-notes')).toBeVisible();
  expectCalm(watch);
});

test('…while tanh learns the same circle almost perfectly', async ({ page }) => {
  const watch = await openApp(page, '#dataset=circle&activation=tanh');
  await waitForFirstLoss(page);
  // At the default 60 epochs a second the loss is read near epoch 300, not thousands of epochs later.
  const epoch = await trainUntil(page, 300);
  expect(epoch).toBeGreaterThanOrEqual(300);
  expect(await readLoss(page, 'test')).toBeLessThan(0.02);
  await expect(page.getByTestId('accuracy-test')).toHaveText(/^(9[5-9]|100)\.\d%$/);
  expectCalm(watch);
});

test('a learning rate that diverges says so in words, blocks play and never shows NaN', async ({ page }) => {
  const watch = await openApp(page, '#problem=regression&regDataset=reg-plane&networkShape=8,8&activation=relu&learningRate=10');
  await waitForFirstLoss(page);
  await page.getByTestId('play-pause').click();
  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-state', 'diverged', { timeout: 20_000 });
  await expect(status).toContainText(/diverged/i);
  await expect(status).toContainText(/learning rate/i);
  await expect(page.getByTestId('play-pause')).toBeDisabled();
  await expect(page.getByTestId('step')).toBeDisabled();
  await expect(page.getByTestId('loss-test')).toHaveText('–');
  await expect(page.getByTestId('loss-train')).toHaveText('–');

  // Give late frames and charts time to draw, then look everywhere for NaN.
  await page.waitForTimeout(1_000);
  await expect(status).toHaveAttribute('data-state', 'diverged');
  const text = await allPageText(page);
  expect(text).not.toMatch(/NaN/);
  expect(text).not.toMatch(/Infinity/);

  // Reset (the button in the message) recovers, and a smaller rate trains.
  await status.getByRole('button').click();
  await expect(status).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await expect(page.getByTestId('play-pause')).toBeEnabled();
  await page.getByTestId('learning-rate').selectOption('0.01');
  await trainUntil(page, 100);
  await expect(status).toHaveAttribute('data-state', 'paused');
  expect(Number.isFinite(await readLoss(page, 'test'))).toBe(true);
  expectCalm(watch);
});

test('a learning rate of 10 on a classification set is called out: the loss rose above where it started', async ({ page }) => {
  const watch = await openApp(page, '#learningRate=10');
  const lossAtZero = await waitForFirstLoss(page);
  await play(page);
  const warning = page.getByTestId('loss-rising');
  await expect(warning).toBeVisible({ timeout: 20_000 });
  await expect(warning).toContainText(/smaller learning rate/);
  expect(await readLoss(page, 'train')).toBeGreaterThan(lossAtZero);
  // Not diverged: the numbers are finite and the run can go on or be reset.
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
  await pause(page);
  await page.getByTestId('learning-rate').selectOption('0.03');
  await page.getByTestId('reset').click();
  await expect(warning).toHaveCount(0);
  expectCalm(watch);
});

test('the divergence message is in Japanese in the Japanese UI', async ({ page }) => {
  const watch = await openApp(page, '#lang=ja&problem=regression&regDataset=reg-plane&networkShape=8,8&activation=relu&learningRate=10');
  await waitForFirstLoss(page);
  await page.getByTestId('play-pause').click();
  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-state', 'diverged', { timeout: 20_000 });
  await expect(status).toContainText('発散');
  expect(await allPageText(page)).not.toMatch(/NaN/);
  expectCalm(watch);
});

test('the gradient check compares backprop with finite differences and passes', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await openDrawer(page, 'inside');
  await expect(page.getByTestId('gradient-check-result')).toHaveCount(0);
  await page.getByTestId('gradient-check').click();
  const result = page.getByTestId('gradient-check-result');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toContainText(/\d/);
  await expect(result).toHaveClass(/\bpass\b/);
  await expect(result).not.toContainText(/NaN/);
  expectCalm(watch);
});
