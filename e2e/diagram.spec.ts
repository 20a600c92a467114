/**
 * The network diagram as a learner uses it: hover a neuron to read z = Σ wᵢxᵢ + b and a = f(z)
 * at the point under the mouse; hover a link to read its weight; click a link or a bias to type
 * a new value, which the network then uses.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCalm, openApp, parseMetric, waitForFirstLoss } from './helpers';

/** Moves the mouse over the output plot at plane point (x, y), so neurons read out that point. */
async function pointAt(page: Page, x: number, y: number): Promise<void> {
  const box = await page.getByTestId('output-heatmap').boundingBox();
  if (!box) throw new Error('no heatmap');
  await page.mouse.move(box.x + ((x + 6) / 12) * box.width, box.y + ((6 - y) / 12) * box.height);
}

test('hovering a neuron shows its own numbers, inside the window', async ({ page }) => {
  const watch = await openApp(page, '#networkShape=4,2&seed=0.5');
  await waitForFirstLoss(page);
  await pointAt(page, 2, -1);
  await page.getByTestId('neuron-2-1').hover();
  const card = page.getByTestId('network-neuron-card');
  await expect(card).toBeVisible();
  // Its numbers: z, a and b read as numbers, and one weight per neuron of layer 1.
  const text = (await card.innerText()).replace(/\s+/g, ' ');
  const z = parseMetric(/z = Σ wᵢxᵢ \+ b = (\S+)/.exec(text)?.[1] ?? null);
  const a = parseMetric(/a = f\(z\) = (\S+)/.exec(text)?.[1] ?? null);
  expect(Number.isFinite(z), text).toBe(true);
  // The default activation is tanh, so a = tanh(z) to the digits shown.
  expect(a).toBeCloseTo(Math.tanh(z), 2);
  expect(text.match(/neuron 1\.\d: -?\d/g)?.length).toBe(4);
  // Wholly inside the viewport, not clipped by the diagram.
  const box = await card.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  expectCalm(watch);
});

test('a link shows its weight on hover, and a typed weight and bias are used by the network', async ({ page }) => {
  const watch = await openApp(page, '#networkShape=4,2&seed=0.5');
  const lossBefore = await waitForFirstLoss(page);
  const link = page.getByTestId('link-1-0-0');
  const tooltip = page.getByTestId('network-tooltip');

  await link.hover({ force: true });
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/-?\d/);

  await link.click({ force: true });
  const editor = page.getByTestId('network-param-editor');
  await expect(editor).toBeVisible();
  await editor.locator('input').fill('3.5');
  await editor.locator('input').press('Enter');
  await expect(editor).toBeHidden();
  await page.mouse.move(5, 5);
  await link.hover({ force: true });
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('3.5');

  await page.getByTestId('bias-3-0').click({ force: true });
  await expect(editor).toBeVisible();
  await editor.locator('input').fill('-2');
  await editor.locator('input').press('Enter');
  // The pointer still rests on the bias: moving it a little brings the tooltip back with the new value.
  const bias = await page.getByTestId('bias-3-0').boundingBox();
  await page.mouse.move(bias!.x + bias!.width / 2 + 1, bias!.y + bias!.height / 2);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('-2');
  // The worker evaluated the edited network: the loss is not the untrained one any more.
  await expect.poll(async () => parseMetric(await page.getByTestId('loss-test').textContent())).not.toBe(lossBefore);
  expectCalm(watch);
});
