/**
 * The lessons for ideas 1 and 3–9, in the page: the steps whose point is something the page must
 * show (a divergence named as such, a run that pauses at epoch 10, a gradient of exactly 0, a
 * formula typeset in Japanese) reach their goals through the real controls, not only in Node.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCalm, openApp, pause, play, readEpoch, settledEpoch } from './helpers';

/** Answers the step's question with its first right answer, which lets play start. */
async function answerRightly(page: Page): Promise<void> {
  await page.locator('[data-testid="lesson-answer"][data-correct="true"]').first().click();
}

const goal = (page: Page) => page.getByTestId('lesson-goal');

/** Presses play and waits for the step's stopAt to pause the run at epoch 10 (too quick to see it running). */
async function runToStop(page: Page): Promise<void> {
  await page.getByTestId('play-pause').click();
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBe(10);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'paused');
  expect(await settledEpoch(page)).toBe(10);
}

test('learning rate, step 3: η = 3 diverges, the status says so and the goal turns green', async ({ page }) => {
  const watch = await openApp(page, 'lesson=learning-rate&step=3');
  // The lesson loads on demand and then sets the step's settings: wait for it before touching them.
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step', '3');
  await expect(page.getByTestId('learning-rate')).toHaveValue('3');
  await expect(goal(page)).toHaveAttribute('data-met', 'false');
  await answerRightly(page);
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'diverged', { timeout: 20_000 });
  await expect(page.getByTestId('run-status')).toContainText('diverged');
  await expect(goal(page)).toHaveAttribute('data-met', 'true');
  expectCalm(watch);
});

test('learning rate, step 4: the run pauses at epoch 10, where 0.03 misses the goal and 0.1 meets it', async ({ page }) => {
  const watch = await openApp(page, 'lesson=learning-rate&step=4');
  // The lesson loads on demand and then sets the step's settings: wait for it before touching them.
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step', '4');
  await page.getByTestId('learning-rate').selectOption('0.03');
  await runToStop(page);
  await expect(goal(page)).toHaveAttribute('data-met', 'false');

  await page.getByTestId('reset').click();
  await expect.poll(() => readEpoch(page)).toBe(0);
  await page.getByTestId('learning-rate').selectOption('0.1');
  await runToStop(page);
  await expect(goal(page)).toHaveAttribute('data-met', 'true');
  expectCalm(watch);
});

test('step function, step 2: the first layer’s gradient reads 0 while the output’s does not', async ({ page }) => {
  const watch = await openApp(page, 'lesson=step&step=2');
  // The lesson loads on demand and then sets the step's settings: wait for it before touching them.
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step', '2');
  await expect(page.getByTestId('activation')).toHaveValue('step');
  await answerRightly(page);
  await play(page);
  await expect(goal(page)).toHaveAttribute('data-met', 'true', { timeout: 30_000 });
  await pause(page);
  await page.getByTestId('open-inside').click();
  const values = page.locator('.grad-bars .bar-value');
  await expect(values).toHaveCount(2);
  await expect(values.nth(0)).toHaveText('0');
  expect(Number(await values.nth(1).textContent())).toBeGreaterThan(0);
  expectCalm(watch);
});

test('heads, step 3 in Japanese: softmax’s formula is typeset and three blobs are learned', async ({ page }) => {
  const watch = await openApp(page, 'lesson=heads&step=3&lang=ja');
  // The lesson loads on demand and then sets the step's settings: wait for it before touching them.
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step', '3');
  await expect(page.getByTestId('lesson-step')).toContainText('ソフトマックス');
  await expect(page.getByTestId('formula').locator('math')).toHaveCount(1, { timeout: 20_000 });
  await answerRightly(page);
  await play(page);
  await expect(goal(page)).toHaveAttribute('data-met', 'true', { timeout: 30_000 });
  expectCalm(watch);
});
