/**
 * The compare and seeds views in a browser: a preset opened from the main screen trains its runs
 * in lock-step to the same epoch and shows what differs; one pause pauses all; a run that
 * diverges stops alone; the seeds view draws every run and the spread; the link survives a reload.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { appUrl, expectCalm, hashParams, openApp, parseMetric, watchPage, type PageWatch } from './helpers';

const runs = (page: Page) => page.getByTestId('compare-run');

async function openCompare(page: Page, hash: string): Promise<PageWatch> {
  const watch = watchPage(page);
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(appUrl(hash));
  await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 20_000 });
  return watch;
}

async function value(run: Locator, testId: string): Promise<number> {
  const el = run.getByTestId(testId);
  return parseMetric((await el.getAttribute('data-value')) || (await el.textContent()));
}

/** Every run's epoch, read in one go (the page updates them together). */
async function epochs(page: Page): Promise<number[]> {
  return page.$$eval('[data-testid=compare-run] [data-testid=epoch]', (els) => els.map((e) => Number(e.getAttribute('data-value'))));
}

async function runByLabel(page: Page, label: RegExp): Promise<Locator> {
  const all = await runs(page).all();
  for (const r of all) if (label.test((await r.getAttribute('data-label')) ?? '')) return r;
  throw new Error(`no run labelled ${label}`);
}

test('the linear-vs-ReLU preset: after the same epochs ReLU fits the circle and linear cannot, in lock-step', async ({ page }) => {
  const watch = await openApp(page, '#dataset=circle');
  await page.getByTestId('compare-open').click();
  await page.getByTestId('compare-preset-activation').click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(runs(page)).toHaveCount(3);
  await expect.poll(() => hashParams(page.url()).get('compare')).toBe('activation:linear,tanh,relu');

  // At the default pace, the counters never part by more than a frame's epochs (one at 60 a second,
  // plus the frame the page may still be drawing).
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'true');
  for (let k = 0; k < 12; k++) {
    await page.waitForTimeout(250);
    const e = await epochs(page);
    expect(Math.max(...e) - Math.min(...e), `epochs ${e.join(', ')}`).toBeLessThanOrEqual(2);
  }
  expect(Math.min(...(await epochs(page)))).toBeGreaterThan(5);
  await page.getByTestId('play-pause').click();

  // Then as fast as they go, to the same stop.
  await page.getByTestId('speed').selectOption('max');
  await page.getByTestId('stop-at').fill('400');
  await page.getByTestId('stop-at').press('Enter');
  await page.getByTestId('play-pause').click();
  await expect.poll(() => epochs(page), { timeout: 45_000 }).toEqual([400, 400, 400]);
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');
  for (const r of await runs(page).all()) await expect(r.getByTestId('run-status')).toHaveAttribute('data-state', 'paused');

  const relu = await runByLabel(page, /relu/i);
  const linear = await runByLabel(page, /linear/i);
  expect(await value(relu, 'loss-test')).toBeLessThan(0.05);
  expect(await value(linear, 'loss-test')).toBeGreaterThan(0.4);
  expect(await value(relu, 'accuracy-test')).toBeGreaterThan(0.95);
  // One chart, a curve per run, each drawn.
  const curves = page.getByTestId('compare-curve');
  await expect(curves).toHaveCount(3);
  for (const c of await curves.all()) expect((await c.getAttribute('d')) ?? '').toMatch(/^M/);
  const dashes = await curves.evaluateAll((els) => els.map((e) => `${e.getAttribute('stroke')}|${e.getAttribute('stroke-dasharray')}`));
  expect(new Set(dashes).size).toBe(3);
  expectCalm(watch);
});

test('pausing pauses every run, and play starts them all again', async ({ page }) => {
  const watch = await openCompare(page, '#dataset=circle&compare=optimizer:sgd,momentum,adam');
  await expect(runs(page)).toHaveCount(3);
  await page.getByTestId('play-pause').click();
  await expect.poll(async () => Math.min(...(await epochs(page))), { timeout: 30_000 }).toBeGreaterThan(20);
  for (const r of await runs(page).all()) await expect(r.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
  await page.getByTestId('play-pause').click();
  for (const r of await runs(page).all()) await expect(r.getByTestId('run-status')).toHaveAttribute('data-state', 'paused');
  await page.waitForTimeout(400);
  const paused = await epochs(page);
  await page.waitForTimeout(1000);
  expect(await epochs(page)).toEqual(paused);
  expect(Math.max(...paused) - Math.min(...paused)).toBeLessThanOrEqual(2);
  await page.getByTestId('play-pause').click();
  await expect.poll(async () => Math.min(...(await epochs(page))), { timeout: 30_000 }).toBeGreaterThan(Math.max(...paused) + 10);
  expectCalm(watch);
});

test('a run with learning rate 10 diverges and says so, while the other keeps training', async ({ page }) => {
  const watch = await openCompare(page, '#problem=regression&regDataset=reg-plane&speed=max&compare=learningRate:0.01,10');
  await expect(runs(page)).toHaveCount(2);
  await page.getByTestId('play-pause').click();
  const wild = await runByLabel(page, /10$/);
  const calm = await runByLabel(page, /0\.01$/);
  await expect(wild.getByTestId('run-status')).toHaveAttribute('data-state', 'diverged', { timeout: 30_000 });
  await expect(wild.getByTestId('run-status')).toContainText(/diverged/i);
  // Never a NaN shown as a number.
  await expect(wild.getByTestId('loss-test')).toHaveText('–');
  const at = await value(calm, 'epoch');
  await expect.poll(() => value(calm, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(at + 50);
  await expect(calm.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
  expect(await value(calm, 'loss-test')).toBeLessThan(1);
  expectCalm(watch);
});

test('the seeds view with 5 seeds draws 5 curves, a median and the spread of the final test loss', async ({ page }) => {
  const watch = await openApp(page, '#dataset=circle');
  await page.getByTestId('compare-open').click();
  await page.getByTestId('compare-seeds-count').selectOption('5');
  await page.getByTestId('compare-seeds-start').click();
  await expect(page.getByTestId('compare-view')).toHaveAttribute('data-mode', 'seeds');
  await expect(runs(page)).toHaveCount(5);
  await expect.poll(() => hashParams(page.url()).get('seeds')).toBe('5');
  await page.getByTestId('speed').selectOption('max');
  await page.getByTestId('stop-at').fill('150');
  await page.getByTestId('stop-at').press('Enter');
  await page.getByTestId('play-pause').click();
  await expect.poll(() => epochs(page), { timeout: 45_000 }).toEqual([150, 150, 150, 150, 150]);

  const curves = page.getByTestId('compare-curve');
  await expect(curves).toHaveCount(5);
  for (const c of await curves.all()) expect((await c.getAttribute('d')) ?? '').toMatch(/^M/);
  expect((await page.getByTestId('median-curve').getAttribute('d')) ?? '').toMatch(/^M/);

  const finals = await Promise.all((await runs(page).all()).map((r) => value(r, 'loss-test')));
  // Other initial weights, other runs.
  expect(new Set(finals).size).toBeGreaterThan(1);
  const spread = page.getByTestId('seed-spread');
  const min = Number(await spread.getAttribute('data-min'));
  const median = Number(await spread.getAttribute('data-median'));
  const max = Number(await spread.getAttribute('data-max'));
  const sorted = [...finals].sort((a, b) => a - b);
  expect(min).toBe(sorted[0]);
  expect(median).toBe(sorted[2]);
  expect(max).toBe(sorted[4]);
  await expect(page.getByTestId('seed-dot')).toHaveCount(5);
  expectCalm(watch);
});

test('a compare link survives a reload, and a bad one opens the single view with the notice', async ({ page }) => {
  const watch = await openCompare(page, '#dataset=xor&compare=init:zeros,tfp,he');
  await expect(runs(page)).toHaveCount(3);
  const labels = await runs(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
  await expect.poll(() => hashParams(page.url()).get('compare')).toBe('init:zeros,tfp,he');
  await page.reload();
  await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 20_000 });
  await expect(runs(page)).toHaveCount(3);
  expect(await runs(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))).toEqual(labels);
  expect(hashParams(page.url()).get('compare')).toBe('init:zeros,tfp,he');
  expect(hashParams(page.url()).get('dataset')).toBe('xor');

  await openApp(page, '#dataset=xor&compare=init:zeros,banana', watch);
  await expect(page.getByTestId('url-notice')).toContainText('compare');
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  expectCalm(watch);
});

test('a run opens in the single view, and the single view goes back to the comparison', async ({ page }) => {
  const watch = await openCompare(page, '#dataset=circle&compare=activation:linear,relu');
  const relu = await runByLabel(page, /relu/i);
  await relu.getByTestId('compare-open-run').click();
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  await expect.poll(() => hashParams(page.url()).get('activation')).toBe('relu');
  expect(hashParams(page.url()).has('compare')).toBe(false);
  await page.getByTestId('compare-return').click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(runs(page)).toHaveCount(2);
  expectCalm(watch);
});

test('in the single view, changing the activation keeps the last run as a faint, named ghost until dismissed', async ({ page }) => {
  const watch = await openApp(page, '#dataset=circle&speed=max&stopAt=200');
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'paused', { timeout: 30_000 });
  await expect(page.getByTestId('loss-ghost-label')).toHaveCount(0);
  await page.getByTestId('activation').selectOption('relu');
  await expect(page.getByTestId('loss-ghost-label')).toContainText(/Activation.*tanh/);
  await expect.poll(async () => (await page.getByTestId('loss-ghost').getAttribute('d')) ?? '').toMatch(/^M/);
  await page.getByTestId('loss-ghost-dismiss').click();
  await expect(page.getByTestId('loss-ghost-label')).toHaveCount(0);
  await expect.poll(async () => await page.getByTestId('loss-ghost').getAttribute('d')).toBeNull();
  expectCalm(watch);
});

test('a run whose worker goes silent shows its error and a Restart for itself, while the others train on', async ({ page, context }) => {
  let silence = true;
  // The worker of the run with learning rate 0.03 trains but never says a word (its first
  // message, in its name, carries its settings): the page's watchdog must notice.
  await context.route(/training\.worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    const mute = "try { if (JSON.parse(self.name).config.learningRate === 0.03) self.postMessage = () => {}; } catch {}\n";
    await route.fulfill({ response, headers: { ...response.headers(), 'cache-control': 'no-store' }, body: (silence ? mute : '') + (await response.text()) });
  });
  const watch = await openCompare(page, '#dataset=circle&speed=max&compare=learningRate:0.003,0.03,0.3');
  await expect(runs(page)).toHaveCount(3);
  const mute = await runByLabel(page, /(^|[^\d.])0\.03$/);
  const others = [await runByLabel(page, /0\.003$/), await runByLabel(page, /0\.3$/)];
  await page.getByTestId('play-pause').click();
  await expect(mute.getByTestId('run-status')).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
  await expect(mute.getByTestId('run-status')).toContainText(/stopped answering/);
  await expect(mute.getByTestId('restart-worker')).toBeVisible();
  for (const r of others) {
    await expect(r.getByTestId('restart-worker')).toHaveCount(0);
    const at = await value(r, 'epoch');
    await expect.poll(() => value(r, 'epoch'), { timeout: 20_000 }).toBeGreaterThan(at + 20);
    await expect(r.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
  }

  silence = false;
  await mute.getByTestId('restart-worker').click();
  await expect(mute.getByTestId('restart-worker')).toHaveCount(0);
  await expect(mute.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
  await expect.poll(() => value(mute, 'epoch'), { timeout: 20_000 }).toBeGreaterThan(20);
  for (const r of others) await expect(r.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
  expectCalm(watch);
});

test('the shared bar says the compared setting varies per run instead of offering one value for all, in both languages', async ({ page }) => {
  const watch = await openCompare(page, '#dataset=circle&compare=learningRate:0.003,0.03,0.3');
  const rate = page.getByTestId('learning-rate');
  await expect(rate).toBeDisabled();
  await expect(rate).toHaveAttribute('data-varies', 'true');
  await expect(rate.locator('option:checked')).toHaveText('varies: see runs');
  await expect(page.getByTestId('learning-rate-input')).toHaveCount(0);
  // The settings not compared stay shared and editable.
  await expect(page.getByTestId('activation')).toBeEnabled();
  await expect(page.getByTestId('regularization')).toBeEnabled();

  await openCompare(page, '#dataset=circle&lang=ja&compare=activation:linear,relu');
  const activation = page.getByTestId('activation');
  await expect(activation).toBeDisabled();
  await expect(activation.locator('option:checked')).toHaveText('ランごとに異なる');
  await expect(page.getByTestId('learning-rate')).toBeEnabled();

  // Back in the single view, the control is a control again.
  await page.getByTestId('compare-back').click();
  await expect(page.getByTestId('activation')).toBeEnabled();

  // The drawer's settings say so too: the compared optimizer is out of use, the others are not.
  await openCompare(page, '#dataset=circle&compare=optimizer:sgd,adam');
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('optimizer')).toBeDisabled();
  await expect(page.locator('.field[data-varies]')).toContainText('varies: see runs');
  await expect(page.getByTestId('init')).toBeEnabled();
  expectCalm(watch);
});
