/**
 * The page under its own Content-Security-Policy: the meta tag the build writes, and the same
 * policy sent as a header with frame-ancestors (the README's form for hosts that set headers).
 * Loading, training, the worker and every chart must work with no violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCalm, openApp, openDrawer, pause, play, readEpoch, waitForFirstLoss, watchPage } from './helpers';

/** Records every violation the page reports, from before its first script. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...console];
}

/** Loads, trains a little, and opens what draws: no violation may come of any of it. */
async function exercise(page: Page, hash: string): Promise<void> {
  const watch = watchPage(page);
  await openApp(page, hash, watch);
  await waitForFirstLoss(page);
  await play(page);
  await expect.poll(() => readEpoch(page), { timeout: 20_000 }).toBeGreaterThan(20);
  await pause(page);
  await page.getByTestId('neuron-1-0').hover();
  // The drawer's views load on demand: a chunk and its charts under the same policy.
  await openDrawer(page, 'inside');
  await page.getByTestId('gradient-check').click();
  await expect(page.getByTestId('gradient-check-result')).toBeVisible({ timeout: 20_000 });
  expectCalm(watch);
}

test('the built page carries a strict policy as a meta tag and runs under it with no violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await exercise(page, '#networkShape=4,3&batchNorm=true');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(await violations()).toEqual([]);
});

test('the same policy as a header, with frame-ancestors, lets the page run with no violation', async ({ page }) => {
  await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeTruthy();
    // Only the header this time: the meta tag goes.
    const body = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': `${policy}; frame-ancestors 'none'` } });
  });
  const violations = await recordViolations(page);
  const served = page.waitForResponse((r) => r.request().resourceType() === 'document');
  await exercise(page, '');
  expect((await served).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(await violations()).toEqual([]);
});
