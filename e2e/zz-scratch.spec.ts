import { test } from '@playwright/test';
for (const lang of ['en', 'ja']) for (const w of [375, 1366, 1920]) test(`inner overflow ${lang} ${w}`, async ({ page }) => {
  await page.setViewportSize({ width: w, height: 800 });
  await page.goto('/#lang=' + lang);
  await page.getByTestId('play-pause').click();
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => Array.from(document.querySelectorAll('body *')).filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX !== 'visible').map((e) => `${e.tagName}.${e.className} ${getComputedStyle(e).overflowX} ${e.scrollWidth}>${e.clientWidth}`));
  console.log(lang, w, JSON.stringify(r));
  if (w === 375) {
    await page.screenshot({ path: `/tmp/crops/top-${lang}.png`, clip: { x: 0, y: 0, width: 375, height: 700 } });
  }
});
