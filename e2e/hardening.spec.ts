/**
 * Faults and hostile input the page must survive in words: a worker that goes silent, a link
 * whose notice would be a wall or would turn its own sentence around, a copy-link prompt that is
 * cancelled, a file dropped on the page.
 */
import { expect, test } from '@playwright/test';
import { expectCalm, openApp, play, readEpoch, waitForFirstLoss } from './helpers';

const WORKER_SCRIPT = /training\.worker-[^/]*\.js$/;

test('a worker that stops without a word is noticed: the error state with Restart, and restart trains on', async ({ page, context }) => {
  let silent = true;
  // The real worker, which closes itself a few seconds in: no error, no message, nothing.
  await context.route(WORKER_SCRIPT, async (route) => {
    if (!silent) return route.continue();
    const response = await route.fetch();
    const body = `${await response.text()}\nsetTimeout(() => self.close(), 3000);`;
    await route.fulfill({ response, body, headers: { ...response.headers(), 'cache-control': 'no-store' } });
  });
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await play(page);
  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 30_000 });
  await expect(status).toContainText(/stopped answering/);
  await expect(page.getByTestId('play-pause')).toBeDisabled();

  silent = false;
  await page.getByTestId('restart-worker').click();
  await expect(status).toHaveAttribute('data-state', 'idle');
  await waitForFirstLoss(page);
  await play(page);
  const epoch = await readEpoch(page);
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(epoch + 10);
  expectCalm(watch);
});

test('the notice of a broken link says how many more problems there were, and keeps its sentence the right way round', async ({ page }) => {
  const keys = Array.from({ length: 60 }, (_, i) => `bogus${i}=1`).join('&');
  const watch = await openApp(page, `#%E2%80%AEataSted=xor&${keys}`);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).toHaveCount(50);
  await expect(page.getByTestId('url-notice-more')).toContainText('11');
  const text = await notice.innerText();
  expect(text).toContain('ataSted=xor');
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expectCalm(watch);
});

test('copy link without clipboard access: a cancelled prompt does not claim the link was copied', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  const dialogs: string[] = [];
  let accept = false;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void (accept ? dialog.accept() : dialog.dismiss());
  });
  await openApp(page, '#lang=en');
  const button = page.getByTestId('copy-link');
  await button.click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toBe('prompt');
  await expect(button).toHaveText('Copy link');
  // Accepted (the learner copied it by hand from the prompt): now it may say so.
  accept = true;
  await button.click();
  await expect(button).toHaveText('Link copied');
});

test('a file that is not text dropped on the page does nothing: no navigation, the run is still there', async ({ page }) => {
  const watch = await openApp(page, '#dataset=xor');
  await waitForFirstLoss(page);
  const url = page.url();
  const prevented = await page.evaluate(() => {
    const transfer = new DataTransfer();
    // A CSV is read as the learner's own data (e2e/owndata.spec.ts); a picture is not.
    transfer.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'picture.png', { type: 'image/png' }));
    const target = document.querySelector('[data-testid="output-heatmap"]') ?? document.body;
    const results: boolean[] = [];
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true });
      target.dispatchEvent(event);
      if (type !== 'dragenter') results.push(event.defaultPrevented);
    }
    return results;
  });
  // Cancelling dragover and drop is what keeps the browser from opening the file.
  expect(prevented).toEqual([true, true]);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('dataset-xor')).toHaveAttribute('aria-checked', 'true');
  expectCalm(watch);
});
