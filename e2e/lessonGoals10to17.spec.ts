/**
 * The lessons of ideas 10–17 through the page: one goal step of each, opened from its link with
 * the learner's action already applied, answered where it asks first, played, and its goal must
 * turn green by itself. The Node test (src/lessons/catalog.test.ts) shows the goals reachable in
 * the engine; this shows the page checks them against the run the worker reports.
 */
import { expect, test } from '@playwright/test';
import { CATALOG } from '../src/lessons/catalog';
import { expectCalm, openApp, play } from './helpers';

/** Per lesson, a step whose goal is reached in a few hundred epochs. */
const STEPS: readonly [id: keyof typeof CATALOG, step: number][] = [
  ['optimizers', 2],
  ['init', 2],
  ['vanishing', 4],
  ['batch-norm', 2],
  ['overfitting', 1],
  ['regularization', 3],
  ['features', 2],
  ['universal', 3],
];

for (const [id, k] of STEPS) {
  test(`lesson ${id}, step ${k}: the goal turns green once the learner's action is applied and the run plays`, async ({ page }) => {
    const mod = CATALOG[id];
    if (!mod) throw new Error(`lesson ${id} is not in the catalog`);
    const step = mod.lesson.steps[k - 1];
    expect(step.goal, 'the step has a goal').toBeTruthy();
    const hash = [`lesson=${id}`, `step=${k}`, step.setup, step.solution, 'speed=max'].filter(Boolean).join('&');
    const watch = await openApp(page, hash);

    const card = page.getByTestId('lesson-step');
    await expect(card).toHaveAttribute('data-lesson', id);
    await expect(card).toHaveAttribute('data-step', String(k));
    const goal = page.getByTestId('lesson-goal');
    await expect(goal).toHaveAttribute('data-met', 'false');

    if (step.question) {
      // Play is held until the learner has answered; any answer releases it.
      await expect(page.getByTestId('play-pause')).toBeDisabled();
      await page.getByTestId('lesson-answer').first().click();
    }
    await play(page);
    await expect(goal).toHaveAttribute('data-met', 'true', { timeout: 60_000 });
    expectCalm(watch);
  });
}
