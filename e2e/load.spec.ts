/**
 * The page opens, draws, and reads the links people already have: TF Playground's full links,
 * Deep Insider's (the Japanese fork) and `<control>_hide` lesson links.
 */
import { expect, test } from '@playwright/test';
import { appUrl, canvasColourCount, expectCalm, openApp, openDrawer, waitForFirstLoss } from './helpers';

/** A link exactly as TF Playground writes it (its serializer's key order). */
const TF_LINK =
  '#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.12345&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false';

/** Every value off its default, so each assertion says the link was read, not defaulted. */
const TF_LINK_UNUSUAL =
  '#activation=sigmoid&regularization=L2&batchSize=17&dataset=spiral&regDataset=reg-gauss&learningRate=0.3&regularizationRate=0.003&noise=25&networkShape=5,3,2&seed=0.98765&showTestData=true&discretize=true&percTrainData=70&x=false&y=true&xTimesY=true&xSquared=true&ySquared=false&cosX=false&sinX=true&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false';

const DEEP_INSIDER_LINK =
  '#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-gauss&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.12345&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=regression&initZero=false&hideText=false&loss=mae&batchFull=true&initOrigin=true&showTrainData=true&showValidationData=true&activspacer=false';

test('the playground loads with its defaults, draws a boundary and raises no page error', async ({ page }) => {
  const watch = await openApp(page);
  await expect(page.getByTestId('play-pause')).toBeVisible();
  await expect(page.getByTestId('play-pause')).toBeEnabled();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await expect(page.getByTestId('dataset-circle')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('layer-2')).toBeVisible();
  await expect(page.getByTestId('layer-3')).toHaveCount(0);
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  await expect(page.getByTestId('network-diagram')).toBeVisible();
  await expect(page.getByTestId('neuron-1-0')).toBeVisible();

  // The untrained network already has a loss and a picture of its output.
  const loss = await waitForFirstLoss(page);
  expect(loss).toBeGreaterThan(0);
  await expect(page.getByTestId('output-heatmap')).toBeVisible();
  await expect.poll(() => canvasColourCount(page, 'output-heatmap'), { timeout: 15_000, message: 'the heatmap is drawn' }).toBeGreaterThan(8);
  expectCalm(watch);
});

test('a full TF Playground link opens as written, without a notice', async ({ page }) => {
  const watch = await openApp(page, TF_LINK);
  await expect(page.getByTestId('dataset-xor')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('dataset-circle')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('activation')).toHaveValue('relu');
  await expect(page.getByTestId('activation-1')).toHaveValue('relu');
  await expect(page.getByTestId('activation-2')).toHaveValue('relu');
  await expect(page.getByTestId('layer-1')).toBeVisible();
  await expect(page.getByTestId('layer-2')).toBeVisible();
  await expect(page.getByTestId('layer-3')).toHaveCount(0);
  await expect(page.getByTestId('layer-count')).toContainText('2');
  await expect(page.getByTestId('learning-rate')).toHaveValue('0.03');
  await expect(page.getByTestId('problem')).toHaveValue('classification');
  await expect(page.getByTestId('feature-x')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('feature-y')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('feature-xTimesY')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('show-test')).not.toBeChecked();
  // Four neurons in the first hidden layer, two in the second, one output.
  await expect(page.getByTestId('neuron-1-3')).toBeVisible();
  await expect(page.getByTestId('neuron-1-4')).toHaveCount(0);
  await expect(page.getByTestId('neuron-2-1')).toBeVisible();
  await expect(page.getByTestId('neuron-2-2')).toHaveCount(0);
  await waitForFirstLoss(page);
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  expectCalm(watch);
});

test('a TF Playground link with every value off its default is read key by key', async ({ page }) => {
  const watch = await openApp(page, TF_LINK_UNUSUAL);
  await expect(page.getByTestId('dataset-spiral')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('activation')).toHaveValue('sigmoid');
  await expect(page.getByTestId('layer-3')).toBeVisible();
  await expect(page.getByTestId('layer-4')).toHaveCount(0);
  await expect(page.getByTestId('neuron-1-4')).toBeVisible();
  await expect(page.getByTestId('neuron-1-5')).toHaveCount(0);
  await expect(page.getByTestId('neuron-3-1')).toBeVisible();
  await expect(page.getByTestId('learning-rate')).toHaveValue('0.3');
  await expect(page.getByTestId('regularization')).toHaveValue('L2');
  await expect(page.getByTestId('regularization-rate')).toHaveValue('0.003');
  await expect(page.getByTestId('noise')).toHaveValue('25');
  await expect(page.getByTestId('perc-train')).toHaveValue('70');
  await expect(page.getByTestId('batch-size')).toHaveValue('17');
  await openDrawer(page, 'settings');
  await expect(page.getByTestId('seed')).toHaveValue('0.98765');
  await expect(page.getByTestId('show-test')).toBeChecked();
  await expect(page.getByTestId('discretize')).toBeChecked();
  for (const [feature, on] of Object.entries({ x: false, y: true, xTimesY: true, xSquared: true, ySquared: false, sinX: true, cosX: false, sinY: false, cosY: false })) {
    await expect(page.getByTestId(`feature-${feature}`), feature).toHaveAttribute('aria-pressed', String(on));
  }
  await waitForFirstLoss(page);
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  expectCalm(watch);
});

test('a Deep Insider link (loss=mae, batchFull, initOrigin, showValidationData) opens without a notice', async ({ page }) => {
  const watch = await openApp(page, DEEP_INSIDER_LINK);
  await expect(page.getByTestId('problem')).toHaveValue('regression');
  await expect(page.getByTestId('dataset-reg-gauss')).toHaveAttribute('aria-checked', 'true');
  await openDrawer(page, 'settings');
  await expect(page.getByTestId('output-head')).toHaveValue('linear-abs');
  await expect(page.getByTestId('batch-full')).toBeChecked();
  await expect(page.getByTestId('batch-size')).toBeDisabled();
  await expect(page.getByTestId('init')).toHaveValue('tfp');
  await expect(page.getByTestId('show-test')).toBeChecked();
  await expect(page.getByTestId('show-train')).toBeChecked();
  // Regression has no accuracy.
  await expect(page.getByTestId('accuracy-test')).toHaveCount(0);
  await waitForFirstLoss(page);
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  expectCalm(watch);
});

test('a Deep Insider link with initOrigin=false means its Glorot init; loss=mse keeps the classification head', async ({ page }) => {
  const watch = await openApp(page, '#dataset=xor&loss=mse&initOrigin=false&batchFull=false&showValidationData=false&showTrainData=false');
  await openDrawer(page, 'settings');
  await expect(page.getByTestId('init')).toHaveValue('glorot');
  await expect(page.getByTestId('output-head')).toHaveValue('tanh-square');
  await expect(page.getByTestId('show-train')).not.toBeChecked();
  await expect(page.getByTestId('batch-full')).not.toBeChecked();
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  expectCalm(watch);
});

test('_hide keys hide exactly the controls they name', async ({ page }) => {
  const watch = await openApp(page, '#dataset=xor&learningRate_hide=true&noise_hide=true&xTimesY_hide=true&playButton_hide=true');
  await expect(page.getByTestId('activation')).toBeVisible();
  await expect(page.getByTestId('learning-rate')).toHaveCount(0);
  await expect(page.getByTestId('learning-rate-input')).toHaveCount(0);
  await expect(page.getByTestId('noise')).toHaveCount(0);
  await expect(page.getByTestId('feature-xTimesY')).toHaveCount(0);
  await expect(page.getByTestId('play-pause')).toHaveCount(0);
  // Neighbours stay.
  await expect(page.getByTestId('perc-train')).toBeVisible();
  await expect(page.getByTestId('feature-x')).toBeVisible();
  await expect(page.getByTestId('step')).toBeVisible();
  await expect(page.getByTestId('url-notice')).toHaveCount(0);

  // Without the keys, the same controls are there.
  await openApp(page, '#dataset=xor', watch);
  await expect(page.getByTestId('learning-rate')).toBeVisible();
  await expect(page.getByTestId('noise')).toBeVisible();
  await expect(page.getByTestId('feature-xTimesY')).toBeVisible();
  await expect(page.getByTestId('play-pause')).toBeVisible();
  expectCalm(watch);
});

test('the first boundary is drawn before React loads, into the page shell, by the one worker the page keeps', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const watch = await openApp(page, '#dataset=spiral&networkShape=6,6&activation=relu');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-boundary').length)).toBe(1);
  // React has replaced the shell: one plot (the one drawn early, taken over), no placeholders left.
  await expect(page.locator('.page-shell')).toHaveCount(0);
  await expect(page.getByTestId('output-heatmap')).toHaveCount(1);
  await expect.poll(() => canvasColourCount(page, 'output-heatmap')).toBeGreaterThan(8);
  // The worker index.html started was adopted, not replaced by a second one.
  expect(workers).toHaveLength(1);
  expectCalm(watch);
});

test('without React, the shell stands in the reader’s language with the boundary drawn, inert, and says the page did not finish loading', async ({ page }) => {
  await page.route(/mountApp-[^/]*\.js$/, (route) => route.abort());
  await page.goto(appUrl('#lang=ja&dataset=xor'));
  const shell = page.locator('.page-shell');
  await expect(shell).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(shell.locator('h1')).toHaveText(/ニューラル/);
  await expect(shell).toHaveJSProperty('inert', true);
  // The shell's controls are placeholders: no test id reaches them.
  await expect(shell.locator('[data-testid]:not([data-testid^="output-"])')).toHaveCount(0);
  await expect.poll(() => canvasColourCount(page, 'output-heatmap')).toBeGreaterThan(8);
  await expect(page.getByTestId('load-failure')).toContainText('再読み込み');
});
