/**
 * The network diagram as a learner uses it: hover a neuron to read z = Σ wᵢxᵢ + b and a = f(z)
 * at the point under the mouse; hover a link to read its weight; click a link or a bias to type
 * a new value, which the network then uses.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCalm, openApp, parseMetric, trainUntil, waitForFirstLoss } from './helpers';

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

/** The card's text on one line, and its z and a read as numbers. */
async function cardNumbers(page: Page): Promise<{ text: string; z: number; a: number }> {
  const text = (await page.getByTestId('network-neuron-card').innerText()).replace(/\s+/g, ' ');
  const z = parseMetric(/z = Σ wᵢxᵢ \+ b = (\S+)/.exec(text)?.[1] ?? null);
  const a = parseMetric(/a = f\(z\) = (\S+)/.exec(text)?.[1] ?? null);
  return { text, z, a };
}

test('a neuron card shows numbers at once, says at which point, and marks it on the plot', async ({ page }) => {
  const watch = await openApp(page, '#networkShape=4,2&seed=0.5');
  await waitForFirstLoss(page);
  // Straight to the neuron: the mouse never crosses the output plot.
  await page.mouse.move(5, 5);
  await page.getByTestId('neuron-1-2').hover();
  await expect(page.getByTestId('network-neuron-card')).toBeVisible();
  const first = await cardNumbers(page);
  expect(Number.isFinite(first.z), first.text).toBe(true);
  expect(first.a).toBeCloseTo(Math.tanh(first.z), 2);
  expect(first.text).toMatch(/at point \(-?\d+(\.\d)?, -?\d+(\.\d)?\)/);
  await expect(page.getByTestId('output-probe')).toBeVisible();
  // Another point, chosen on the plot, is the one the card then reads.
  await pointAt(page, 4, -4);
  await page.getByTestId('neuron-1-2').hover();
  const second = await cardNumbers(page);
  expect(second.text).toContain('at point (4.0, -4.0)');
  expect(second.z).not.toBe(first.z);
  await page.mouse.move(5, 5);
  await expect(page.getByTestId('output-probe')).toBeHidden();
  expectCalm(watch);
});

test('the Japanese card, editor and layer counter speak Japanese', async ({ page }) => {
  const watch = await openApp(page, '#networkShape=4,2&seed=0.5&lang=ja');
  await waitForFirstLoss(page);
  await page.getByTestId('neuron-2-1').hover();
  const card = page.getByTestId('network-neuron-card');
  await expect(card).toBeVisible();
  const text = await card.innerText();
  expect(text).not.toMatch(/neuron|Incoming|Layer|Hidden|value|point/i);
  expect(text).toContain('第 2 層のニューロン 2');
  expect(text).toMatch(/ニューロン 1\.1: -?\d/);
  expect(Number.isFinite((await cardNumbers(page)).z)).toBe(true);
  await page.mouse.move(5, 5);
  await page.getByTestId('link-1-0-0').click({ force: true });
  const editor = page.getByTestId('network-param-editor');
  await expect(editor).toBeVisible();
  await editor.locator('input').fill('abc');
  await editor.locator('input').press('Enter');
  await expect(editor).not.toContainText(/apply|cancel|finite/i);
  await expect(editor).toContainText('有限の数値');
  await editor.locator('input').press('Escape');
  await page.getByTestId('remove-layer').click();
  await expect(page.getByTestId('layer-count')).toHaveText('隠れ層 1 層');
  expectCalm(watch);
});

test('one hidden layer is counted in the singular', async ({ page }) => {
  const watch = await openApp(page, '#networkShape=3&seed=0.5');
  await expect(page.getByTestId('layer-count')).toHaveText('1 hidden layer');
  expectCalm(watch);
});

/** Hue in degrees (0–360) and saturation (0–1) of the most saturated pixel inside each box. */
async function boxHues(page: Page, testIds: string[]): Promise<{ hue: number; saturation: number }[]> {
  return page.getByTestId('network-diagram').evaluate((root, ids) => {
    const canvas = root.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const c = canvas.getBoundingClientRect();
    const sx = canvas.width / c.width;
    return ids.map((id) => {
      const r = root.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
      const x = Math.round((r.left - c.left + 2) * sx);
      const y = Math.round((r.top - c.top + 2) * sx);
      const w = Math.max(1, Math.round((r.width - 4) * sx));
      const { data } = ctx.getImageData(x, y, w, w);
      let best = { hue: 0, saturation: -1 };
      for (let i = 0; i < data.length; i += 4) {
        const [rr, gg, bb] = [data[i] / 255, data[i + 1] / 255, data[i + 2] / 255];
        const max = Math.max(rr, gg, bb);
        const min = Math.min(rr, gg, bb);
        const s = max === 0 ? 0 : (max - min) / max;
        if (s <= best.saturation) continue;
        const d = max - min || 1;
        const h = max === rr ? ((gg - bb) / d + 6) % 6 : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
        best = { hue: h * 60, saturation: s };
      }
      return best;
    });
  }, testIds);
}

test('multi-class: each output neuron is painted in its class colour and named like the legend', async ({ page }) => {
  const watch = await openApp(page, '#problem=multiclass&mcDataset=blobs4&networkShape=4&seed=0.5');
  await waitForFirstLoss(page);
  await trainUntil(page, 30);
  const outputs = [0, 1, 2, 3].map((k) => `neuron-2-${k}`);
  await expect.poll(async () => (await boxHues(page, outputs)).every((h) => h.saturation > 0.3), { message: 'saturated output pictures' }).toBe(true);
  const hues = (await boxHues(page, outputs)).map((h) => h.hue);
  // Four classes, four hues, each well apart from the others (blue, orange, green, purple).
  for (let i = 0; i < hues.length; i++) {
    for (let j = i + 1; j < hues.length; j++) {
      const apart = Math.min(Math.abs(hues[i] - hues[j]), 360 - Math.abs(hues[i] - hues[j]));
      expect(apart, `hues ${hues.join(', ')}`).toBeGreaterThan(30);
    }
  }
  await page.getByTestId('neuron-2-1').hover();
  await expect(page.getByTestId('network-neuron-card')).toContainText('Class 2');
  // The legend counts classes from 1, as the cards do.
  const legend = page.getByTestId('output-plot').locator('g.legend');
  await expect(legend).toContainText('Class 1');
  await expect(legend).toContainText('Class 4');
  await expect(page.getByTestId('network-hint')).toContainText('probability');
  expectCalm(watch);
});

test('a sigmoid head’s legend reads 0 … 1', async ({ page }) => {
  const watch = await openApp(page, '#outputHead=sigmoid-xent&seed=0.5');
  await waitForFirstLoss(page);
  const legend = page.getByTestId('output-plot').locator('g.legend');
  await expect(legend).toContainText('0.5');
  await expect(legend).not.toContainText('−1');
  expectCalm(watch);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('a tapped neuron shows numbers, a tap on the plot picks and marks the point, biases are big enough to tap', async ({ page }) => {
    const watch = await openApp(page, '#networkShape=4,2&seed=0.5');
    await waitForFirstLoss(page);
    const bias = await page.getByTestId('bias-1-0').boundingBox();
    expect(bias!.width).toBeGreaterThanOrEqual(24);
    expect(bias!.height).toBeGreaterThanOrEqual(24);

    await page.getByTestId('neuron-2-0').tap();
    const card = page.getByTestId('network-neuron-card');
    await expect(card).toBeVisible();
    const before = await cardNumbers(page);
    expect(Number.isFinite(before.z), before.text).toBe(true);
    expect(before.text).toContain('tap the output plot');

    const heatmap = page.getByTestId('output-heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    const box = (await heatmap.boundingBox())!;
    // Plane point (3, 3): three quarters across, a quarter down.
    await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height * 0.25);
    await expect(page.getByTestId('output-probe')).toBeVisible();
    await page.getByTestId('neuron-2-0').tap();
    await expect(card).toContainText('at point (3.0, 3.0)');
    expectCalm(watch);
  });
});
