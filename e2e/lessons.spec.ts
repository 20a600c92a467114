/**
 * Lessons through the page: a link opens its step; a question holds the run until it is
 * answered; each lesson's first goal turns green by training in the page; classroom mode's keys
 * and its one-screen layout on a projector; the embedded view; offline after one visit; axe in a
 * lesson in both languages.
 */
import { expect, test, type Page } from '@playwright/test';
import { LESSON_IDS } from '../src/config/config';
import { CATALOG } from '../src/lessons/catalog';
import { seriousViolations } from './axe';
import { expectCalm, openApp, readEpoch, type PageWatch } from './helpers';

test.use({ bypassCSP: true });

const step = (page: Page) => page.getByTestId('lesson-step');

test('a lesson link opens its step, and lesson= alone opens the first; TF Playground\'s tutorial key opens the lesson on its idea', async ({ page }) => {
  const watch = await openApp(page, '#lesson=nonlinear&step=2');
  await expect(step(page)).toHaveAttribute('data-lesson', 'nonlinear');
  await expect(step(page)).toHaveAttribute('data-step', '2');
  // The step's own settings were applied: the lesson's step 2 starts all-linear.
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  await openApp(page, '#lesson=nonlinear', watch);
  await expect(step(page)).toHaveAttribute('data-step', '1');
  await openApp(page, '#tutorial=nonlinear-activations', watch);
  await expect(step(page)).toHaveAttribute('data-lesson', 'nonlinear');
  expectCalm(watch);
});

test('predict, then see: play waits for an answer; the answer is marked and the run can start', async ({ page }) => {
  const watch = await openApp(page, '#lesson=nonlinear&step=1');
  await expect(step(page)).toBeVisible();
  const play = page.getByTestId('play-pause');
  await expect(play).toBeDisabled();
  const wrong = page.locator('[data-testid="lesson-answer"][data-correct="false"]').first();
  await wrong.click();
  await expect(wrong).toHaveClass(/wrong/);
  await expect(page.locator('.lesson-feedback')).toBeVisible();
  await expect(play).toBeEnabled();
  await play.click();
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(5);
  expectCalm(watch);
});

// One step per lesson, through the page: the first step with a goal, its setup with the
// learner's action applied (a link copied mid-lesson keeps its settings), trained at full speed.
const lessons = LESSON_IDS.flatMap((id) => {
  const mod = CATALOG[id];
  if (!mod) return [];
  const k = mod.lesson.steps.findIndex((s) => s.goal && !s.setup.includes('compare='));
  return k < 0 ? [] : [{ id, k, s: mod.lesson.steps[k] }];
});

// All in one page, one step each (a fresh context and page per lesson cost more than most goals
// take to reach); each lesson still opens by its link in a fresh load, with nothing kept from the last.
test(`each lesson's first goal turns green when reached in the page (${lessons.map((l) => l.id).join(', ')})`, async ({ page }) => {
  test.setTimeout(lessons.length * 45_000);
  let watch: PageWatch | undefined;
  for (const { id, k, s } of lessons) {
    await test.step(`lesson ${id}: the goal of step ${k + 1}`, async () => {
      // At full speed, stopping at the step's budget: the goal must be reached within it, as in the Node test.
      const hash = [`lesson=${id}`, `step=${k + 1}`, s.setup, s.solution ?? '', 'speed=max', `stopAt=${s.budget ?? 500}`].filter(Boolean).join('&');
      watch = await openApp(page, `#${hash}`, watch);
      await expect(step(page)).toHaveAttribute('data-step', String(k + 1));
      const goal = page.getByTestId('lesson-goal');
      await expect(goal).toHaveAttribute('data-met', /true|false/);
      if (s.question) await page.locator(`[data-testid="lesson-answer"][data-correct="true"]`).first().click();
      const play = page.getByTestId('play-pause');
      if ((await goal.getAttribute('data-met')) !== 'true' && !s.goal?.every((g) => g.kind === 'activation' || g.kind === 'optimizer' || g.kind === 'atMostNeurons')) {
        await expect(play).toBeEnabled();
        await play.click();
      }
      await expect(goal).toHaveAttribute('data-met', 'true', { timeout: 45_000 });
      await expect(page.getByTestId('lesson-next')).toBeEnabled();
      expectCalm(watch);
      // The next lesson starts as on a first visit: no progress or answers carried over.
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    });
  }
});

test('classroom mode: ? lists the keys, → and ← move through steps, space plays and pauses, s steps, r resets', async ({ page }) => {
  const watch = await openApp(page, '#lesson=nonlinear&step=2&classroom=true');
  await expect(step(page)).toHaveAttribute('data-step', '2');
  await expect(page.locator('html')).toHaveClass(/classroom/);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toHaveCount(0);
  await page.keyboard.press('s');
  await expect.poll(() => readEpoch(page)).toBe(1);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'running');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-state', 'running');
  await page.keyboard.press('r');
  await expect.poll(() => readEpoch(page)).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect(step(page)).toHaveAttribute('data-step', '3');
  await page.keyboard.press('ArrowLeft');
  await expect(step(page)).toHaveAttribute('data-step', '2');
  // Only the controls the step names stay: the learning rate is not one of them.
  await expect(page.getByTestId('activation')).toBeVisible();
  await expect(page.getByTestId('learning-rate')).toHaveCount(0);
  expectCalm(watch);
});

for (const [width, height] of [[1024, 768], [1280, 720]] as const) {
  test(`classroom mode at ${width} × ${height}: the step, the network and the output on one screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const watch = await openApp(page, '#lesson=nonlinear&step=2&classroom=true');
    await expect(step(page)).toBeVisible();
    for (const id of ['lesson-step', 'network-diagram', 'output-plot']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      if (!box) continue;
      expect(box.y, `${id} top`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${id} right edge`).toBeLessThanOrEqual(width + 1);
      // On screen: at least its top part (a long step scrolls inside the drawer).
      expect(box.y + Math.min(box.height, 120), `${id} below the fold`).toBeLessThanOrEqual(height);
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(scroll, 'the page does not scroll').toBeLessThanOrEqual(height + 1);
    expectCalm(watch);
  });
}

test('embed=play,output shows only the run bar and the output, with a link to the whole playground', async ({ page }) => {
  const watch = await openApp(page, '#embed=play,output');
  await expect(page.getByTestId('embedded')).toBeVisible();
  await expect(page.getByTestId('output-plot')).toBeVisible();
  await expect(page.getByTestId('play-pause')).toBeVisible();
  await expect(page.getByTestId('network-diagram')).toHaveCount(0);
  await expect(page.getByTestId('lessons-open')).toHaveCount(0);
  await page.getByTestId('play-pause').click();
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(3);
  expectCalm(watch);
});

test('the lesson index lists the lessons with their progress and gives an embed snippet', async ({ page }) => {
  const watch = await openApp(page);
  await page.getByTestId('lessons-open').click();
  const items = page.getByTestId('lesson-index-item');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBe(lessons.length === 0 ? 0 : Object.keys(CATALOG).length);
  await expect(page.getByTestId('embed-snippet')).toHaveValue(/<iframe src="[^"]*embed=play,output/);
  await items.first().locator('.lesson-open').click();
  await expect(step(page)).toHaveAttribute('data-step', '1');
  expectCalm(watch);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit: with the network cut, a reload shows the app and a lesson, and training works', async ({ page, context }) => {
    const watch = await openApp(page);
    // The service worker registers after the page is up and precaches the whole build.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (reg.active?.state !== 'activated') await new Promise((done) => reg.active?.addEventListener('statechange', done));
    });
    await context.setOffline(true);
    await openApp(page, '#lesson=nonlinear&step=2', watch);
    await expect(step(page)).toHaveAttribute('data-lesson', 'nonlinear');
    await page.getByTestId('play-pause').click();
    await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(3);
    await context.setOffline(false);
    expectCalm(watch);
  });
});

for (const lang of ['en', 'ja'] as const) {
  test(`axe finds no serious or critical violation in a lesson and in the lesson index (${lang})`, async ({ page }) => {
    const watch = await openApp(page, `#lang=${lang}&lesson=nonlinear&step=1`);
    await expect(step(page)).toBeVisible();
    await expect(page.locator('.lesson-formula .katex, .lesson-formula math').first()).toBeAttached();
    expect(await seriousViolations(page), 'lesson').toEqual([]);
    await page.getByTestId('lessons-open').click();
    await expect(page.getByTestId('lesson-index-item').first()).toBeVisible();
    expect(await seriousViolations(page), 'index').toEqual([]);
    expectCalm(watch);
  });
}

test('a tooltip typesets its formula: the activation menu shows ReLU\'s definition', async ({ page }) => {
  const watch = await openApp(page, '#activation=relu');
  await page.getByTestId('activation').hover();
  await expect(page.getByTestId('tip-formula')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('tip-formula').locator('math')).toContainText('max');
  expectCalm(watch);
});
