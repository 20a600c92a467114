/**
 * The page fits a phone, a laptop and a projector in English and Japanese: no sideways scroll,
 * nothing sticking out on the right, Japanese words in the Japanese UI. Each size also saves a
 * full-page screenshot after 1,000 epochs of training to test-results/screens/<name>.png for people
 * to look at (test-results is rebuilt by every Playwright run).
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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

/** No sideways scroll and nothing past the right edge, checked until the page has laid itself out for the size. */
async function expectFits(page: Page, when: string): Promise<void> {
  await expect(async () => {
    const o = await horizontalOverflow(page);
    expect(o.scrollWidth, `no sideways scroll ${when}; sticking out: ${o.outside.join(', ')}`).toBeLessThanOrEqual(o.clientWidth);
    expect(o.outside, `elements past the right edge ${when}`).toEqual([]);
  }).toPass({ timeout: 10_000 });
}

// One page per language, resized through the screen sizes (a fresh page per size cost a page load
// and a training each); it opens at the first size.
for (const lang of ['en', 'ja'] as const) {
  test(`${VIEWPORTS.map((v) => `${v.name} ${v.width}×${v.height}`).join(', ')} in ${lang}: fits the width, speaks ${lang}, screenshots`, async ({ page }) => {
    await page.setViewportSize(VIEWPORTS[0]);
    const watch = await openApp(page, `#lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await waitForFirstLoss(page);
    for (const viewport of VIEWPORTS) {
      await test.step(`${viewport.name} before training`, async () => {
        await page.setViewportSize(viewport);
        await expect(page.getByText(LANGS[lang].word, { exact: true }).first()).toBeVisible();
        await expect(page.getByText(LANGS[lang].other, { exact: true })).toHaveCount(0);
        await expect(page.getByTestId(`lang-${lang}`)).toHaveAttribute('aria-pressed', 'true');
        await expectFits(page, 'before training');
      });
    }

    // Train: numbers grow, the loss chart fills, the eps counter appears. At full speed, since
    // the pace is not what this test looks at (1,000 epochs at the default 60 a second took 17 s),
    // then on at the default pace, so the page checked is the default one, training.
    await page.getByTestId('speed-max').click();
    await expect(page.getByTestId('speed')).toHaveValue('max');
    await play(page);
    await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(0);
    // Until the numbers have grown (the counter has four digits) and the loss chart has filled.
    await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(1000);
    await page.getByTestId('speed-max').click();
    await expect(page.getByTestId('speed')).toHaveValue('60');
    for (const viewport of VIEWPORTS) {
      await test.step(`${viewport.name} while training`, async () => {
        await page.setViewportSize(viewport);
        await expectFits(page, 'while training');
        await page.screenshot({ path: join(SCREENS, `${viewport.name}-${viewport.width}x${viewport.height}-${lang}.png`), fullPage: true });
      });
    }
    await pause(page);
    expectCalm(watch);
  });
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
