import { expect, test } from '@playwright/test';

test('the playground loads with a play button and no page error', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));

  await page.goto('/');
  await expect(page.getByTestId('play-pause')).toBeVisible();
  await page.waitForLoadState('load');

  expect(errors.map((error) => error.message)).toEqual([]);
});
