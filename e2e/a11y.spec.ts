/**
 * Keyboard, touch and screen readers on the main screen: an axe-core scan finds no serious or
 * critical violation (main screen and drawer, both languages); the diagram is reachable from
 * the keyboard, a neuron's card opens on focus and a weight can be edited without a mouse; the
 * dataset picker is a radio group the arrow keys move through; tooltips show on a long press
 * and are every control's description; canvases say what they show; colours and contrast.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { expectCalm, openApp, waitForFirstLoss } from './helpers';

// axe-core is injected as a script, which the page's own Content-Security-Policy would refuse.
test.use({ bypassCSP: true });

for (const lang of ['en', 'ja'] as const) {
  test(`axe finds no serious or critical violation on the main screen and with each drawer tab open (${lang})`, async ({ page }) => {
    const watch = await openApp(page, `#lang=${lang}`);
    await waitForFirstLoss(page);
    expect(await seriousViolations(page), 'main screen').toEqual([]);
    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('drawer')).toBeVisible();
    await expect(page.getByTestId('optimizer')).toBeVisible();
    expect(await seriousViolations(page), 'settings drawer').toEqual([]);
    await page.getByTestId('drawer-tab-inside').click();
    await expect(page.getByTestId('gradient-check')).toBeVisible();
    expect(await seriousViolations(page), 'inside drawer').toEqual([]);
    expectCalm(watch);
  });
}

test('the diagram from the keyboard: arrows move between neurons, a card opens on focus, Enter walks the weights and edits one', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  // One tab stop for the whole diagram: the first input neuron.
  const first = page.getByTestId('neuron-0-0');
  await expect(first).toHaveAttribute('tabindex', '0');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const hidden = page.getByTestId('neuron-1-0');
  await expect(hidden).toBeFocused();
  await expect(page.getByTestId('network-neuron-card')).toBeVisible();
  await expect(page.getByTestId('network-neuron-card')).toContainText('z = Σ wᵢxᵢ + b');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('neuron-1-1')).toBeFocused();
  // Enter: the first incoming weight of neuron 1.2, from x₁.
  await page.keyboard.press('Enter');
  const link = page.getByTestId('link-1-1-0');
  await expect(link).toBeFocused();
  await expect(page.getByTestId('network-tooltip')).toBeVisible();
  await expect(link).toHaveAttribute('aria-label', /→/);
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('network-param-editor');
  await expect(editor).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  // Back on the link, whose value is now the one typed.
  await expect(link).toBeFocused();
  await expect.poll(async () => (await link.getAttribute('aria-label')) ?? '', { timeout: 5_000 }).toContain('1.5');
  // Escape goes back to the neuron.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('neuron-1-1')).toBeFocused();
  expectCalm(watch);
});

test('the dataset picker is a radio group: the arrow keys move the choice and the focus', async ({ page }) => {
  const watch = await openApp(page, '#dataset=circle');
  const circle = page.getByTestId('dataset-circle');
  await expect(circle).toHaveAttribute('tabindex', '0');
  await expect(page.getByTestId('dataset-xor')).toHaveAttribute('tabindex', '-1');
  await circle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('dataset-xor')).toBeFocused();
  await expect(page.getByTestId('dataset-xor')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('dataset-spiral')).toHaveAttribute('aria-checked', 'true');
  expectCalm(watch);
});

test('keyboard focus is a visible ring, unclipped, on the language switch and the dataset tiles', async ({ page }) => {
  const watch = await openApp(page);
  await page.getByTestId('lang-ja').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await page.getByTestId('lang-ja').evaluate((el) => {
    const style = getComputedStyle(el);
    let clipped = false;
    for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflow !== 'visible' && p !== document.body && p !== document.documentElement && p.id !== 'root') clipped = true;
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, clipped };
  });
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.style).not.toBe('none');
  expect(ring.clipped, 'no ancestor clips the focus ring').toBe(false);
  // A tile's focus ring is not its "selected" look: the selected tile and a focused one differ.
  const tile = page.getByTestId('dataset-xor');
  await page.getByTestId('dataset-circle').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  const focusedOutline = await page.getByTestId('dataset-circle').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(focusedOutline).not.toBe('none');
  expect(await tile.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  expectCalm(watch);
});

test('tooltips: a long press on a touch screen shows the tip without pressing the control; screen readers get it as the description', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const watch = await openApp(page, '#dataset=circle');
  const xor = page.getByTestId('dataset-xor');
  const tip = await xor.getAttribute('aria-description');
  expect(tip).toBeTruthy();
  await xor.scrollIntoViewIfNeeded();
  const box = (await xor.boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(800);
  await expect(page.getByTestId('tooltip')).toBeVisible();
  await expect(page.getByTestId('tooltip')).toHaveText(tip!);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(300);
  // The long press only showed the tip: the dataset did not change.
  await expect(page.getByTestId('dataset-circle')).toHaveAttribute('aria-checked', 'true');
  // No control relies on a title attribute any more.
  expect(await page.locator('button[title], select[title], input[title]').count()).toBe(0);
  expectCalm(watch);
  await context.close();
});

test('every canvas is hidden from screen readers or says what it shows', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await page.getByTestId('open-inside').click();
  await expect(page.getByTestId('layer-histograms')).toBeVisible();
  const unlabelled = await page.evaluate(() =>
    Array.from(document.querySelectorAll('canvas'))
      .filter((c) => !c.closest('[aria-hidden="true"]') && !(c.getAttribute('role') === 'img' && c.getAttribute('aria-label')))
      .filter((c) => !c.closest('[role="img"][aria-label]'))
      .map((c) => c.dataset.testid ?? c.parentElement?.className ?? '?'),
  );
  expect(unlabelled).toEqual([]);
  expectCalm(watch);
});

test('contrast: an unselected feature label reaches 4.5:1', async ({ page }) => {
  const watch = await openApp(page);
  const ratio = await page.getByTestId('feature-xSquared').evaluate((el) => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const label = el.querySelector('span')!;
    const fg = parse(getComputedStyle(label).color);
    const bg = parse(getComputedStyle(el).backgroundColor);
    const opacity = Number(getComputedStyle(el).opacity) * Number(getComputedStyle(label).opacity);
    const blended = fg.slice(0, 3).map((c, i) => c * opacity + bg[i] * (1 - opacity));
    const [a, b] = [lum(blended), lum(bg)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  expectCalm(watch);
});

test('multi-class points have a marker shape per class', async ({ page }) => {
  const watch = await openApp(page, '#problem=multiclass&mcDataset=blobs3');
  await waitForFirstLoss(page);
  const shapes = await page.getByTestId('output-plot').evaluate((root) => {
    const byFill = new Map<string, Set<string>>();
    for (const p of Array.from(root.querySelectorAll('.train-points path'))) {
      const fill = p.getAttribute('fill') ?? '';
      if (!byFill.has(fill)) byFill.set(fill, new Set());
      byFill.get(fill)!.add(p.getAttribute('d') ?? '');
    }
    return Array.from(byFill.values()).map((ds) => Array.from(ds)[0]);
  });
  expect(shapes.length).toBe(3);
  expect(new Set(shapes).size).toBe(3);
  expectCalm(watch);
});

test('with reduced motion asked for, nothing on the page animates its transitions', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const watch = await openApp(page);
  const durations = await page.evaluate(() =>
    Array.from(document.querySelectorAll('button, select, .drawer, .note')).map((el) => getComputedStyle(el).transitionDuration),
  );
  expect(durations.every((d) => d.split(',').every((x) => parseFloat(x) === 0))).toBe(true);
  expectCalm(watch);
  await context.close();
});
