/**
 * The page fits a phone, a laptop and a projector in English and Japanese: no sideways scroll,
 * nothing sticking out on the right, Japanese words in the Japanese UI. Each case also saves a
 * full-page screenshot after ~2 s of training to test-results/screens/<name>.png for people
 * to look at (test-results is rebuilt by every Playwright run).
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectCalm, horizontalOverflow, openApp, pause, play, readEpoch, waitForFirstLoss } from './helpers';

const SCREENS = join(process.cwd(), 'test-results', 'screens');

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

const LANGS = {
  en: { word: 'Learning rate', other: '学習率' },
  ja: { word: '学習率', other: 'Learning rate' },
} as const;

for (const viewport of VIEWPORTS) {
  for (const lang of ['en', 'ja'] as const) {
    test(`${viewport.name} ${viewport.width}×${viewport.height} in ${lang}: fits the width, speaks ${lang}, screenshot`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const watch = await openApp(page, `#lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByText(LANGS[lang].word, { exact: true }).first()).toBeVisible();
      await expect(page.getByText(LANGS[lang].other, { exact: true })).toHaveCount(0);
      await expect(page.getByTestId(`lang-${lang}`)).toHaveAttribute('aria-pressed', 'true');
      await waitForFirstLoss(page);

      const fresh = await horizontalOverflow(page);
      expect(fresh.scrollWidth, `no sideways scroll before training; sticking out: ${fresh.outside.join(', ')}`).toBeLessThanOrEqual(fresh.clientWidth);
      expect(fresh.outside, 'elements past the right edge before training').toEqual([]);

      // Train for about two seconds: numbers grow, the loss chart fills, the eps counter appears.
      await play(page);
      await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(0);
      // Until the numbers have grown (the counter has four digits) and the loss chart has filled.
      await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(1000);
      const trained = await horizontalOverflow(page);
      expect(trained.scrollWidth, `no sideways scroll while training; sticking out: ${trained.outside.join(', ')}`).toBeLessThanOrEqual(trained.clientWidth);
      expect(trained.outside, 'elements past the right edge while training').toEqual([]);

      await page.screenshot({ path: join(SCREENS, `${viewport.name}-${viewport.width}x${viewport.height}-${lang}.png`), fullPage: true });
      await pause(page);
      expectCalm(watch);
    });
  }
}

test('switching the language in the page switches the words, the html lang and the link', async ({ page }) => {
  const watch = await openApp(page, '#lang=en');
  await expect(page.getByText('Learning rate', { exact: true }).first()).toBeVisible();
  await page.getByTestId('lang-ja').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByText('学習率', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Learning rate', { exact: true })).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toContain('lang=ja');
  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('学習率', { exact: true })).toHaveCount(0);
  expectCalm(watch);
});

test('a Japanese browser without lang in the link gets the Japanese UI', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const watch = await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByText('学習率', { exact: true }).first()).toBeVisible();
  expectCalm(watch);
  await context.close();
});
