/**
 * The training worker failing in a real browser: the page says so in words, keeps the
 * learner's settings, and "Restart the worker" starts a fresh one on the same configuration.
 */
import { expect, test } from '@playwright/test';
import { expectCalm, openApp, play, readEpoch, waitForFirstLoss, watchPage } from './helpers';

const WORKER_SCRIPT = /training\.worker-[^/]*\.js$/;

test('a worker that throws is reported in words, and restarting it trains the same link', async ({ page, context }) => {
  const watch = watchPage(page);
  let crash = true;
  // The worker's own script throws as it starts: the same error path as an exception while training.
  await context.route(WORKER_SCRIPT, (route) =>
    crash
      ? route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'Cache-Control': 'no-store' }, body: "throw new Error('simulated crash');" })
      : route.continue(),
  );
  await openApp(page, '#dataset=xor&networkShape=3&learningRate=0.1', watch);

  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
  await expect(status).toContainText(/training worker failed/i);
  await expect(status).not.toContainText(/NaN|undefined/);
  await expect(page.getByTestId('play-pause')).toBeDisabled();
  await expect(page.getByTestId('step')).toBeDisabled();

  crash = false;
  await page.getByTestId('restart-worker').click();
  await expect(status).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('restart-worker')).toHaveCount(0);
  await waitForFirstLoss(page);
  // The learner's link survived the failure.
  await expect(page.getByTestId('dataset-xor')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('learning-rate')).toHaveValue('0.1');
  await expect(page.getByTestId('neuron-1-2')).toBeVisible();
  await expect(page.getByTestId('neuron-1-3')).toHaveCount(0);

  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 20_000, message: 'the fresh worker trains' }).toBeGreaterThan(10);
  expectCalm(watch);
});
