/**
 * The address bar is the save file: every control writes the hash (replaceState, so no
 * history spam), a hand-edited hash is read back, hostile hashes are survived and explained in
 * plain text, and the copied link reopens the same playground.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCalm, expectHashParam, hashParams, openApp, openDrawer, waitForFirstLoss, watchPage } from './helpers';

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

test('editing controls rewrites the hash without adding history entries', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  const before = await historyLength(page);

  await page.getByTestId('learning-rate').selectOption('0.1');
  await expectHashParam(page, 'learningRate', '0.1');

  await page.getByTestId('feature-xTimesY').click();
  await expect(page.getByTestId('feature-xTimesY')).toHaveAttribute('aria-pressed', 'true');
  await expectHashParam(page, 'xTimesY', 'true');

  await page.getByTestId('add-layer').click();
  await expect(page.getByTestId('layer-3')).toBeVisible();
  await expect.poll(() => hashParams(page.url()).get('networkShape')?.split(',').length, { message: 'networkShape has 3 layers' }).toBe(3);

  await page.getByTestId('dataset-spiral').click();
  await expectHashParam(page, 'dataset', 'spiral');

  await page.getByTestId('activation').selectOption('relu');
  await expectHashParam(page, 'activation', 'relu');

  await page.getByTestId('noise').fill('20');
  await expectHashParam(page, 'noise', '20');

  await page.getByTestId('show-test').check();
  await expectHashParam(page, 'showTestData', 'true');

  await page.getByTestId('problem').selectOption('regression');
  await expectHashParam(page, 'problem', 'regression');

  // A custom learning rate typed in and committed with Enter.
  const lr = page.getByTestId('learning-rate-input');
  await lr.fill('0.05');
  await lr.press('Enter');
  await expectHashParam(page, 'learningRate', '0.05');
  await expect(page.getByTestId('learning-rate')).toHaveValue('0.05');

  // All of that was replaceState: Back would leave the playground, not undo a click.
  expect(await historyLength(page)).toBe(before);
  expectCalm(watch);
});

test('removing every hidden layer writes an empty networkShape and still trains', async ({ page }) => {
  const watch = await openApp(page);
  await page.getByTestId('remove-layer').click();
  await page.getByTestId('remove-layer').click();
  await expect(page.getByTestId('layer-1')).toHaveCount(0);
  await expect(page.getByTestId('remove-layer')).toBeDisabled();
  await expectHashParam(page, 'networkShape', '');
  await waitForFirstLoss(page);
  await page.getByTestId('step').click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  expectCalm(watch);
});

test('a hash edited by hand is read back into the controls', async ({ page }) => {
  const watch = await openApp(page);
  await expect(page.getByTestId('dataset-circle')).toHaveAttribute('aria-checked', 'true');
  await page.evaluate(() => {
    window.location.hash = 'dataset=xor&activation=relu&networkShape=3&learningRate=0.3';
  });
  await expect(page.getByTestId('dataset-xor')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('activation')).toHaveValue('relu');
  await expect(page.getByTestId('learning-rate')).toHaveValue('0.3');
  await expect(page.getByTestId('layer-1')).toBeVisible();
  await expect(page.getByTestId('layer-2')).toHaveCount(0);
  await expect(page.getByTestId('neuron-1-2')).toBeVisible();
  await expect(page.getByTestId('neuron-1-3')).toHaveCount(0);
  expectCalm(watch);
});

const THOUSAND_FOURS = Array.from({ length: 1000 }, () => '4').join(',');

const HOSTILE: { name: string; hash: string; mentions: RegExp }[] = [
  { name: 'a script tag', hash: '#<script>alert(1)</script>', mentions: /script/i },
  { name: 'bad numbers and a 1000-layer network', hash: `#noise=abc&learningRate=1e999&networkShape=${THOUSAND_FOURS}`, mentions: /noise/ },
  { name: 'broken percent-encoding', hash: '#dataset=%E0%A4%A', mentions: /dataset/ },
  { name: 'markup in values', hash: '#activation=<img src=x onerror=alert(1)>&seed=<svg/onload=alert(2)>&lang=<b>ja</b>', mentions: /activation/ },
];

for (const { name, hash, mentions } of HOSTILE) {
  test(`a hostile hash (${name}) falls back to defaults and says why in plain text`, async ({ page }) => {
    const watch = watchPage(page);
    await openApp(page, hash, watch);
    await waitForFirstLoss(page);

    const notice = page.getByTestId('url-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(mentions);
    expect((await notice.innerText()).trim().length).toBeGreaterThan(10);

    // Defaults in force.
    await expect(page.getByTestId('noise')).toHaveValue('0');
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.03');
    await expect(page.getByTestId('layer-2')).toBeVisible();
    await expect(page.getByTestId('layer-3')).toHaveCount(0);
    await expect(page.getByTestId('dataset-circle')).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByTestId('activation')).toHaveValue('tanh');
    await openDrawer(page, 'settings');
    await expect(page.getByTestId('seed')).toHaveValue('0.12345');
    await expect(page.locator('html')).toHaveAttribute('lang', /^(en|ja)$/);

    // The address bar no longer carries the refused values: it is a link to what is on screen.
    await expect.poll(() => hashParams(page.url()).get('learningRate')).toBe('0.03');
    expect(page.url()).not.toMatch(/script|onerror|onload|%3C/i);

    // Nothing from the hash became markup.
    const html = await page.evaluate(() => document.body.innerHTML);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src="x"');
    expect(html).not.toContain('<svg/onload');
    expect(await page.locator('img[src="x"], body script, svg[onload]').count()).toBe(0);

    // The page still trains.
    await page.getByTestId('step').click();
    await expect(page.getByTestId('epoch')).toHaveText('1');

    await notice.getByRole('button').click();
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
    // A dialog from a late handler would show up while the page goes on: one more step, drawn.
    await page.getByTestId('step').click();
    await expect(page.getByTestId('epoch')).toHaveText('2');
    expectCalm(watch);
  });
}

test('the copied link reopens the same playground in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await openApp(page);
  await page.getByTestId('dataset-spiral').click();
  await page.getByTestId('learning-rate').selectOption('0.1');
  await page.getByTestId('activation').selectOption('sigmoid');
  await page.getByTestId('add-layer').click();
  await page.getByTestId('feature-xSquared').click();
  await page.getByTestId('regularization').selectOption('L1');
  await openDrawer(page, 'settings');
  await page.getByTestId('optimizer').selectOption('adam');
  await page.getByTestId('lang-ja').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link')).toContainText('コピー');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#/);
  const params = hashParams(link);
  expect(params.get('dataset')).toBe('spiral');
  expect(params.get('learningRate')).toBe('0.1');
  expect(params.get('lang')).toBe('ja');
  // The address bar says the same thing as the copied link.
  await expect.poll(() => page.url()).toBe(link);

  const second = await context.newPage();
  const watch2 = watchPage(second);
  await second.goto(link);
  await expect(second.getByTestId('run-status')).toBeVisible();
  await expect(second.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(second.getByTestId('dataset-spiral')).toHaveAttribute('aria-checked', 'true');
  await expect(second.getByTestId('learning-rate')).toHaveValue('0.1');
  await expect(second.getByTestId('activation')).toHaveValue('sigmoid');
  await expect(second.getByTestId('layer-3')).toBeVisible();
  await expect(second.getByTestId('layer-4')).toHaveCount(0);
  await expect(second.getByTestId('feature-xSquared')).toHaveAttribute('aria-pressed', 'true');
  await expect(second.getByTestId('regularization')).toHaveValue('L1');
  await openDrawer(second, 'settings');
  await expect(second.getByTestId('optimizer')).toHaveValue('adam');
  await expect(second.getByTestId('url-notice')).toHaveCount(0);
  // Both pages start from the same seed and network: the same untrained loss.
  expect(await waitForFirstLoss(second)).toBeCloseTo(await waitForFirstLoss(page), 6);
  await second.close();
  expectCalm(watch);
  expectCalm(watch2);
});
