/**
 * The learner's own data in the browser: drawing on the output plot, CSV import (and its
 * errors), links that carry drawn points, and the code view.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCalm, hashParams, openApp, play, readEpoch, waitForFirstLoss } from './helpers';

/** Clicks at (u, v) of the heatmap, as fractions of its width and height from its top left. */
async function clickPlot(page: Page, u: number, v: number, button: 'left' | 'right' = 'left'): Promise<void> {
  const box = (await page.getByTestId('output-heatmap').boundingBox())!;
  await page.mouse.click(box.x + u * box.width, box.y + v * box.height, { button });
}

const drawCount = (page: Page) => page.getByTestId('draw-count');

/** Unfolds the own-data section (folded on the first screen), where the model and picture buttons are. */
async function openOwnData(page: Page): Promise<void> {
  const section = page.getByTestId('own-data');
  if (!(await section.evaluate((el) => (el as HTMLDetailsElement).open))) await page.getByTestId('own-data-toggle').click();
  await expect(section).toHaveJSProperty('open', true);
}

/** Every point the plot shows, train and test, as "x y fill" with x, y in plane units (the plot's size varies). */
async function plotPoints(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const side = (document.querySelector('[data-testid="output-heatmap"]') as HTMLElement).getBoundingClientRect().width;
    return Array.from(document.querySelectorAll('[data-testid="output-plot"] .train-points path, [data-testid="output-plot"] .test-points path'))
      .filter((p) => (p.parentElement as unknown as SVGGElement).style.display !== 'none')
      .map((p) => {
        const [, tx, ty] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(p.getAttribute('transform') ?? '') ?? [];
        const plane = (v: string | undefined) => ((Number(v) / side) * 12 - 6).toFixed(2);
        return `${plane(tx)} ${plane(ty)} ${p.getAttribute('fill')}`;
      })
      .sort();
  });
}

async function startDrawing(page: Page): Promise<void> {
  await page.getByTestId('draw-mode').click();
  await expect(page.getByTestId('draw-mode')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('draw-clear').click();
  await expect(drawCount(page)).toHaveAttribute('data-count', '0');
}

test('20 clicks add 20 points of the chosen class; the eraser removes one, and so does a right-click', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await startDrawing(page);
  await page.getByTestId('draw-class--1').click();
  for (let i = 0; i < 20; i++) await clickPlot(page, 0.1 + 0.04 * i, 0.15 + 0.035 * i);
  await expect(drawCount(page)).toHaveAttribute('data-count', '20');
  await expect.poll(async () => (await plotPoints(page)).length).toBe(20);
  // One class: one colour for all twenty.
  const fills = new Set((await plotPoints(page)).map((p) => p.split(' ').at(-1)));
  expect(fills.size).toBe(1);

  await page.getByTestId('draw-eraser').click();
  await clickPlot(page, 0.1, 0.15);
  await expect(drawCount(page)).toHaveAttribute('data-count', '19');
  await clickPlot(page, 0.5, 0.9); // nothing there
  await expect(drawCount(page)).toHaveAttribute('data-count', '19');
  await clickPlot(page, 0.14, 0.185, 'right');
  await expect(drawCount(page)).toHaveAttribute('data-count', '18');
  await expect.poll(async () => (await plotPoints(page)).length).toBe(18);
  expectCalm(watch);
});

test('a drawn XOR is learnt while the run goes on', async ({ page }) => {
  const watch = await openApp(page, '#learningRate=0.1&percTrainData=90&speed=1000');
  await waitForFirstLoss(page);
  await startDrawing(page);
  const quadrants: [number, number, 1 | -1][] = [[0.25, 0.25, 1], [0.75, 0.75, 1], [0.75, 0.25, -1], [0.25, 0.75, -1]];
  for (const [u, v, label] of quadrants) {
    await page.getByTestId(`draw-class-${label}`).click();
    for (const [du, dv] of [[-0.1, -0.1], [0.1, 0.1], [-0.1, 0.1], [0.1, -0.1], [0, 0], [0.05, -0.12]]) await clickPlot(page, u + du, v + dv);
  }
  await expect(drawCount(page)).toHaveAttribute('data-count', '24');
  await play(page);
  await expect
    .poll(async () => Number(await page.getByTestId('accuracy-train').getAttribute('data-value')), { timeout: 45_000, message: 'training accuracy on the drawn XOR' })
    .toBe(1);
  expect(await readEpoch(page)).toBeGreaterThan(0);
  expectCalm(watch);
});

test('a link with drawn points gives the same points after a reload', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await startDrawing(page);
  for (const [u, v, label] of [[0.2, 0.3, 1], [0.6, 0.4, -1], [0.8, 0.8, 1], [0.33, 0.71, -1], [0.5, 0.5, 1]] as const) {
    await page.getByTestId(`draw-class-${label}`).click();
    await clickPlot(page, u, v);
  }
  await expect(drawCount(page)).toHaveAttribute('data-count', '5');
  // The address bar is written a moment after each change: wait for the blob of five points (bytes 2–3 count them).
  await expect.poll(() => Buffer.from(hashParams(page.url()).get('data') ?? '', 'base64url').readUInt16BE(2)).toBe(5);
  const link = page.url();
  const before = await plotPoints(page);
  expect(before.length).toBe(5);

  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('own-using')).toHaveAttribute('data-count', '5');
  // Test points show only while drawing or with "show test data".
  await page.getByTestId('show-test').check();
  await expect.poll(() => plotPoints(page)).toEqual(before);
  expect(hashParams(page.url()).get('data')).toBe(hashParams(link).get('data'));
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  expectCalm(watch);
});

test('a CSV import error shows data-error, names the line, and leaves data and run as they were', async ({ page }) => {
  const watch = await openApp(page, '#dataset=xor');
  await waitForFirstLoss(page);
  const hash = page.url();
  await openOwnData(page);
  await page.getByTestId('csv-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('x1,x2,label\n1,2,1\n3,abc,1\n') });
  const error = page.getByTestId('data-error');
  await expect(error).toHaveAttribute('data-error', '');
  await expect(error).toContainText("line 3: 'abc' is not a number");
  await expect(page.getByTestId('dataset-xor')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('own-using')).toHaveCount(0);
  expect(page.url()).toBe(hash);

  // A good file then imports, and the error goes.
  await page.getByTestId('csv-file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from('x1;x2;label\n1,5;2;cat\n-3;2,5;dog\n0;0;cat\n') });
  await expect(page.getByTestId('own-using')).toHaveAttribute('data-count', '3');
  await expect(error).toHaveCount(0);
  expectCalm(watch);
});

test('a CSV dropped on the page is imported', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x1,x2,label\n1,2,1\n-1,-2,-1\n3,3,1\n'], 'points.csv', { type: 'text/csv' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('own-using')).toHaveAttribute('data-count', '3');
  expectCalm(watch);
});

test('the code view shows the run as a NumPy and as a PyTorch script, with comments in the page language', async ({ page }) => {
  const watch = await openApp(page, '#networkShape=3&activation=relu');
  await waitForFirstLoss(page);
  await openOwnData(page);
  await page.getByTestId('code-view-open').click();
  const view = page.getByTestId('code-view');
  await expect(view).toHaveAttribute('data-flavour', 'numpy');
  const text = page.getByTestId('code-text');
  await expect(text).toContainText('import numpy as np');
  await expect(text).toContainText('def gradient(self, x, t):');
  await expect(text).toContainText('def relu(z)');
  await page.getByTestId('code-flavour-pytorch').click();
  await expect(view).toHaveAttribute('data-flavour', 'pytorch');
  await expect(text).toContainText('nn.Sequential(');
  await expect(text).toContainText('nn.Linear(2, 3),\n    nn.ReLU(),\n    nn.Linear(3, 1)');
  await page.getByTestId('code-close').click();
  await expect(view).toHaveCount(0);

  await page.getByTestId('lang-ja').click();
  // The Japanese words arrive with their dictionary, a moment after the click.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await openOwnData(page);
  await page.getByTestId('code-view-open').click();
  await expect(text).toContainText('誤差逆伝播法');
  await page.getByTestId('code-flavour-pytorch').click();
  await expect(text).toContainText('nn.Sequential で');
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  expectCalm(watch);
});

test('data too large for a link: copy-link says so and offers the CSV', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  const rows = Array.from({ length: 1200 }, (_, i) => `${(i % 40) / 4 - 5},${Math.floor(i / 40) / 3 - 5},${i % 2 ? 1 : -1}`).join('\n');
  await openOwnData(page);
  await page.getByTestId('csv-file').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  await expect(page.getByTestId('own-using')).toHaveAttribute('data-count', '1200');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('link-too-large')).toContainText('1200 points are too many for a link (at most 1000)');
  const download = page.waitForEvent('download');
  await page.getByTestId('link-too-large-csv').click();
  expect((await download).suggestedFilename()).toBe('data.csv');
  await expect.poll(() => hashParams(page.url()).has('data')).toBe(false);
  expectCalm(watch);
});

test('a saved model loads back on a fresh page with the same losses, exactly; five broken files change nothing', async ({ page }) => {
  const watch = await openApp(page, '#networkShape=5,3&learningRate=0.1&seed=model');
  await waitForFirstLoss(page);
  await page.getByTestId('step').click();
  await page.getByTestId('step').click();
  await expect.poll(() => readEpoch(page)).toBe(2);
  const loss = async () => [await page.getByTestId('loss-train').getAttribute('data-value'), await page.getByTestId('loss-test').getAttribute('data-value')];
  const saved = await loss();
  await openOwnData(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('model-save').click();
  const text = await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(JSON.parse(text).epoch).toBe(2);

  await openApp(page, '', watch);
  await waitForFirstLoss(page);
  expect(await loss()).not.toEqual(saved);
  await openOwnData(page);
  await page.getByTestId('model-file').setInputFiles({ name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(loss).toEqual(saved);
  // The link is rewritten a moment after the configuration changes (urlSync's debounce).
  await expect.poll(() => hashParams(page.url()).get('networkShape')).toBe('5,3');

  const file = JSON.parse(text) as { parameters: unknown[] };
  const broken: [string, string][] = [
    [text.slice(0, text.length / 2), 'cut short'],
    ['x1,x2,label\n1,2,1\n', 'not JSON'],
    ['{"name": "my-app", "version": "1.0.0"}', 'not a model file of this playground'],
    [JSON.stringify({ ...file, parameters: file.parameters.slice(2) }), 'do not fit the network'],
    [JSON.stringify({ ...file, parameters: file.parameters.map((v, i) => (i === 5 ? null : v)) }), 'Weight number 6'],
  ];
  // One epoch on from the loaded model, so "as it was" is a state of its own.
  await page.getByTestId('step').click();
  await expect.poll(() => readEpoch(page)).toBe(1);
  await expect.poll(loss).not.toEqual(saved);
  const hash = page.url();
  const now = await loss();
  for (const [content, words] of broken) {
    await page.getByTestId('model-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByTestId('data-error')).toContainText(words);
    await expect(page.getByTestId('data-error')).toContainText('Nothing changed');
    expect(page.url()).toBe(hash);
    expect(await loss()).toEqual(now);
  }
  // The code view exports the start of this run: the loaded weights, and says so.
  await page.getByTestId('code-view-open').click();
  const code = page.getByTestId('code-text');
  await expect(code).toContainText("The initial weights are the loaded model file's");
  await expect(code).toContainText(String(file.parameters[0]));
  await page.getByTestId('code-close').click();
  expectCalm(watch);
});

test('pictures: the output plot and the diagram as PNG at twice their size, the loss chart as SVG', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  // A few epochs, so the loss chart has curves to draw.
  for (let i = 0; i < 3; i++) await page.getByTestId('step').click();
  await expect.poll(() => readEpoch(page)).toBe(3);
  const saved = async (testId: string) => {
    const download = page.waitForEvent('download');
    await page.getByTestId(testId).click();
    const d = await download;
    const chunks = await (await d.createReadStream()).toArray();
    return { name: d.suggestedFilename(), bytes: Buffer.concat(chunks) };
  };
  await openOwnData(page);
  for (const [testId, name, target] of [['picture-plot', 'output.png', 'output-plot'], ['picture-diagram', 'network.png', 'network-diagram']] as const) {
    const { name: file, bytes } = await saved(testId);
    expect(file).toBe(name);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const box = (await page.getByTestId(target).boundingBox())!;
    // Width and height sit at bytes 16–23 of a PNG's header.
    expect(bytes.readUInt32BE(16)).toBe(Math.ceil(box.width * 2));
    expect(bytes.readUInt32BE(20)).toBe(Math.ceil(box.height * 2));
  }
  const loss = await saved('picture-loss');
  expect(loss.name).toBe('loss.svg');
  const svg = loss.bytes.toString('utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toMatch(/<path[^>]+d="M/);
  // The legend the page shows in HTML above the chart travels inside the file: each curve's stroke, named.
  const legend = (text: string) => /<g class="legend">(.*?)<\/g>/s.exec(text)?.[1] ?? '';
  expect(legend(svg)).toMatch(/<line[^>]+stroke="#333"[^>]*\/>\s*<text[^>]*>Training loss<\/text>/);
  expect(legend(svg)).toMatch(/<line[^>]+stroke="#3d8fd1"[^>]*\/>\s*<text[^>]*>Test loss<\/text>/);
  await page.getByTestId('lang-ja').click();
  // The Japanese words arrive with their dictionary, a moment after the click.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await openOwnData(page);
  const ja = (await saved('picture-loss')).bytes.toString('utf8');
  expect(legend(ja)).toContain('>訓練損失</text>');
  expect(legend(ja)).toContain('>テスト損失</text>');
  expectCalm(watch);
});

/** A finger on the plot at (u, v) for `holdMs`, then lifted, with the click a touch screen sends after a press. */
async function touchPlot(page: Page, u: number, v: number, holdMs: number): Promise<void> {
  const box = (await page.getByTestId('output-heatmap').boundingBox())!;
  const at = { clientX: box.x + u * box.width, clientY: box.y + v * box.height };
  const target = page.getByTestId('output-heatmap');
  await target.dispatchEvent('pointerdown', { ...at, pointerType: 'touch', isPrimary: true, button: 0 });
  await page.waitForTimeout(holdMs);
  await target.dispatchEvent('pointerup', { ...at, pointerType: 'touch', isPrimary: true, button: 0 });
  await target.dispatchEvent('click', { ...at, button: 0 });
}

test('on a touch screen a tap adds a point and a long press erases one (iOS sends no contextmenu)', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await startDrawing(page);
  await touchPlot(page, 0.3, 0.3, 50);
  await touchPlot(page, 0.7, 0.7, 50);
  await expect(drawCount(page)).toHaveAttribute('data-count', '2');
  await touchPlot(page, 0.3, 0.3, 900);
  await expect(drawCount(page)).toHaveAttribute('data-count', '1');
  // Held over nothing: nothing erased, and the click that ends the press adds nothing either.
  await touchPlot(page, 0.5, 0.1, 900);
  await expect(drawCount(page)).toHaveAttribute('data-count', '1');
  await expect.poll(async () => (await plotPoints(page)).length).toBe(1);
  expectCalm(watch);
});
